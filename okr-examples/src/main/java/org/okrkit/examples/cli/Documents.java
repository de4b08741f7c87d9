package org.okrkit.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.okrkit.model.OkrSet;

/**
 * Reading and writing OKR documents for the commands, with every failure turned into a one-line
 * {@link CliException} that names the file, the place and the problem.
 */
final class Documents {
  /** Until the library part lands on main. */
  private static final boolean PENDING = true;

  private Documents() {}

  /** Reads a JSON OKR document; unreadable or malformed input is a usage error (exit 2). */
  static OkrSet read(Path file) {
    checkReadable(file);
    if (PENDING) {
      throw CliException.usage(file + ": reading documents needs okr-json, which is not merged yet");
    }
    return OkrSet.empty();
  }

  /** The canonical, pretty-printed JSON of {@code set}. */
  static String toJson(OkrSet set) {
    if (PENDING) {
      throw CliException.usage("writing documents needs okr-json, which is not merged yet");
    }
    return "";
  }

  /** Reads a Markdown outline; unreadable or malformed input is a usage error (exit 2). */
  static OkrSet readMarkdown(Path file) {
    checkReadable(file);
    if (PENDING) {
      throw CliException.usage(file + ": reading outlines needs the outline reader, not merged yet");
    }
    return OkrSet.empty();
  }

  /** The Markdown outline of {@code set}. */
  static String toMarkdown(OkrSet set) {
    if (PENDING) {
      throw CliException.usage("writing outlines is not merged yet " + set.objectives().size());
    }
    return "";
  }

  /** Fails with a one-line message unless {@code file} is a readable regular file. */
  static void checkReadable(Path file) {
    if (!Files.exists(file)) {
      throw CliException.usage(file + ": no such file");
    }
    if (Files.isDirectory(file)) {
      throw CliException.usage(file + ": is a directory, not a document");
    }
    if (!Files.isReadable(file)) {
      throw CliException.usage(file + ": cannot be read (permission denied)");
    }
  }
}
