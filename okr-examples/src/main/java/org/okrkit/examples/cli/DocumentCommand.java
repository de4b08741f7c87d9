package org.okrkit.examples.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Parameters;

/** A subcommand that reads one OKR document. */
abstract class DocumentCommand extends OkrSubcommand {
  @Parameters(index = "0", paramLabel = "FILE", description = "The OKR document (JSON).")
  Path file = Path.of("");

  /** Prints structural errors to stderr, one line each, naming the file and the place. */
  void printErrors(List<Lint.LintFinding> findings) {
    for (Lint.LintFinding f : findings) {
      if (f.isError()) {
        err().println(file + ": " + f.pointer() + ": error: " + f.message() + " [" + f.rule() + "]");
      }
    }
    err().flush();
  }
}
