package org.okrkit.examples.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.okrkit.examples.generate.OrganisationGenerator;
import org.okrkit.model.OkrSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code okr generate}: a synthetic but realistic organisation's OKR document, deterministic per seed. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Generate a synthetic but realistic organisation's OKRs for Q4 2026: company objectives,"
          + " then departments, teams and individuals aligned beneath them, each with 2-5 key"
          + " results of every kind (increasing and decreasing metrics, thresholds, milestones)"
          + " and weekly check-ins with confidence.",
      "The same seed always gives the same document: use it for tests, demos and benchmarks."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  okr generate --objectives 12 --depth 3 --seed 42",
      "  okr generate -n 10000 -d 4 -s 1 -o big.json",
      "  okr generate -n 40 --weeks 0 > fresh-quarter.json"
    })
final class GenerateCommand extends OkrSubcommand {
  @Option(
      names = {"-n", "--objectives"},
      paramLabel = "N",
      defaultValue = "12",
      description = "How many objectives (default: ${DEFAULT-VALUE}).")
  int objectives;

  @Option(
      names = {"-d", "--depth"},
      paramLabel = "D",
      defaultValue = "3",
      description =
          "Levels of the alignment tree: 1 company only, 2 + departments, 3 + teams, 4 +"
              + " individuals (default: ${DEFAULT-VALUE}).")
  int depth;

  @Option(
      names = {"-s", "--seed"},
      paramLabel = "S",
      defaultValue = "1",
      description = "Random seed; the same seed gives the same document (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--weeks",
      paramLabel = "W",
      defaultValue = "12",
      description = "Weekly check-ins per key result, 0 for a freshly set quarter (default: ${DEFAULT-VALUE}).")
  int weeks;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the document to FILE instead of standard output.")
  @Nullable Path output;

  @Override
  public Integer call() {
    OkrSet set;
    try {
      set = OrganisationGenerator.of(objectives, depth, seed).withWeeks(weeks).generate();
    } catch (IllegalArgumentException e) {
      throw CliException.usage(String.valueOf(e.getMessage()));
    }
    Path target = output;
    if (target == null) {
      Documents.printJson(set, out());
    } else {
      Documents.writeJson(set, target);
      err().println(
          "wrote "
              + target
              + ": "
              + set.objectives().size()
              + " objectives, "
              + set.keyResultCount()
              + " key results");
    }
    return ExitCode.OK;
  }
}
