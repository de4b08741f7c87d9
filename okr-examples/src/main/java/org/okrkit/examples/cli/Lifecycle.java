package org.okrkit.examples.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.OkrSet;

/** What {@code close} and {@code carry} share: writing the whole document as JSON. */
final class Lifecycle {
  private Lifecycle() {}

  /**
   * Writes {@code set} as pretty JSON to {@code output}, or to the command's standard output when
   * it is null. An outline target is refused: the outline cannot hold close-outs or carried links.
   */
  static void write(OkrSet set, @Nullable Path output, Path input, OkrSubcommand command) {
    if (output == null) {
      Documents.printJson(set, command.out());
      return;
    }
    if (Documents.isMarkdown(output)) {
      throw CliException.usage(output + ": cannot write a Markdown outline: it has no syntax for"
          + " close-outs and carried links; write JSON (-o " + input.getFileName() + ".json)");
    }
    Documents.writeJson(set, output);
  }
}
