package org.okrkit.examples.cli;

import java.math.BigDecimal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import org.okrkit.model.DocumentLimits;
import picocli.CommandLine.Parameters;

/** {@code okr kr}: how the library reads one key-result sentence. */
@Command(
    name = "kr",
    mixinStandardHelpOptions = true,
    description = {
      "Read one key-result sentence the way people write them and show its structure: kind"
          + " (metric, threshold, milestone), direction, baseline, target, unit, and what could"
          + " not be determined. Nothing is guessed silently: unstated parts are null, with a note."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  okr kr \"Increase the customer satisfaction score from 4.1 to 4.8\"",
      "  okr kr \"Reduce average task turnaround time from five days to three\" --json",
      "  okr kr \"Keep uptime at or above 99.9%%\""
    })
final class KrCommand extends OkrSubcommand {
  @Parameters(index = "0", paramLabel = "SENTENCE", description = "The key result, in quotes.")
  String sentence = "";

  @Option(
      names = "--json",
      description =
          "Print JSON: {\"kind\", \"direction\", \"baseline\", \"target\", \"unit\", \"relative\","
              + " \"confidence\", \"notes\"}, null where not stated: the"
              + " KeyResultReading as OkrJsonModule writes it.")
  boolean json;

  @Override
  public Integer call() {
    if (sentence.isBlank()) {
      throw CliException.usage("the sentence is empty; write a key result such as \"Increase NPS from 30 to 45\"");
    }
    checkLimits(sentence);
    if (json) {
      out().print(JsonOut.of(g -> JsonOut.value(g, Sentences.parse(sentence))));
    } else {
      Sentences.Reading r = Sentences.read(sentence);
      out().println("kind:       " + r.kind());
      out().println("direction:  " + r.direction().orElse("-"));
      out().println("baseline:   " + r.baseline().map(BigDecimal::toPlainString).orElse("(not stated)"));
      out().println("target:     " + r.target().map(BigDecimal::toPlainString).orElse("(not stated)"));
      out().println("unit:       " + r.unit().orElse("(none)"));
      r.relative().ifPresent(x -> out().println("relative:   " + x));
      out().println("confidence: " + r.confidence().toPlainString());
      for (String n : r.notes()) {
        out().println("note:       " + n);
      }
    }
    out().flush();
    return ExitCode.OK;
  }

  /**
   * A sentence is a title: it keeps to the limits of every document ({@link
   * DocumentLimits#maxStringLength()} characters, numbers of at most {@link
   * DocumentLimits#MODEL_MAX_DIGITS} digits), checked in one pass before the parser reads it.
   */
  static void checkLimits(String sentence) {
    DocumentLimits limits = DocumentLimits.defaults();
    if (sentence.length() > limits.maxStringLength()) {
      throw CliException.usage("the sentence is " + sentence.length() + " characters, more than"
          + " the limit of " + limits.maxStringLength() + " for a key-result title");
    }
    int digits = 0;
    for (int i = 0; i < sentence.length(); i++) {
      char c = sentence.charAt(i);
      if (Character.isDigit(c)) {
        digits++;
        if (digits > DocumentLimits.MODEL_MAX_DIGITS) {
          throw CliException.usage("the sentence holds a number of more than "
              + DocumentLimits.MODEL_MAX_DIGITS + " digits, more than any value can have");
        }
      } else if (c != ',' && c != '.' && c != '_' && c != '\'' && c != ' ' && c != '\u00a0') {
        digits = 0;
      }
    }
  }
}
