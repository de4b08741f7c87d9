package org.okrkit.examples.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.OkrSet;

/** What {@code close} and {@code carry} share: writing the whole document. */
final class Lifecycle {
  private Lifecycle() {}

  /**
   * Writes {@code set} as pretty JSON to {@code output}, or to the command's standard output when
   * it is null; an output ending in {@code .md} gets the Markdown outline, which carries
   * close-outs, carried links, changes, initiatives and KPIs too.
   */
  static void write(OkrSet set, @Nullable Path output, Path input, OkrSubcommand command) {
    if (output == null) {
      Documents.printJson(set, command.out());
      return;
    }
    if (Documents.isMarkdown(output)) {
      Documents.writeText(output, Documents.toMarkdown(set));
      return;
    }
    Documents.writeJson(set, output);
  }
}
