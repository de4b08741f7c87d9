package org.okrkit.examples.cli;

import org.jspecify.annotations.Nullable;
import org.okrkit.examples.tour.Tour;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code okr tour}: the guided tour, a short course in OKRs run against the library. */
@Command(
    name = "tour",
    mixinStandardHelpOptions = true,
    description = {
      "Run the guided tour: short lessons that build OKRs with the library and explain every"
          + " number they print (the scoring formula, the grade, what the linter says and why)."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  okr tour             # every lesson", "  okr tour --lesson 2  # just one", "  okr tour --list"})
final class TourCommand extends OkrSubcommand {
  @Option(names = "--lesson", paramLabel = "N", description = "Run only lesson N.")
  @Nullable Integer lesson;

  @Option(names = "--list", description = "List the lessons and exit.")
  boolean list;

  @Override
  public Integer call() {
    if (list) {
      for (int i = 0; i < Tour.lessons().size(); i++) {
        out().println((i + 1) + ". " + Tour.lessons().get(i).title());
      }
      out().flush();
      return ExitCode.OK;
    }
    Integer n = lesson;
    if (n == null) {
      Tour.runAll(out());
    } else if (n < 1 || n > Tour.lessons().size()) {
      throw CliException.usage(
          "there is no lesson " + n + "; lessons are 1.." + Tour.lessons().size() + " (see --list)");
    } else {
      Tour.run(n, out());
    }
    out().flush();
    return ExitCode.OK;
  }
}
