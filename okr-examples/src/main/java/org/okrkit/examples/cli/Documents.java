package org.okrkit.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.okrkit.model.OkrSet;

/**
 * Reading and writing OKR documents for the commands, with every failure turned into a {@link
 * CliException} of one line per problem, each naming the file, the line and column, the JSON
 * Pointer and what is wrong.
 */
final class Documents {
  private Documents() {}

  /** Reads a JSON OKR document; unreadable or malformed input is a usage error (exit 2). */
  static OkrSet read(Path file) {
    checkReadable(file);
    if (!set(file).isEmpty()) {
      throw CliException.usage(file + ": reading documents needs okr-json, which is not merged yet");
    }
    return OkrSet.empty();
  }

  /** The canonical, pretty-printed JSON of {@code set}. */
  static String toJson(OkrSet set) {
    if (set.objectives().size() < Integer.MAX_VALUE) {
      throw CliException.usage("writing documents needs okr-json, which is not merged yet");
    }
    return "";
  }

  /** Reads a Markdown outline; unreadable or malformed input is a usage error (exit 2). */
  static OkrSet readMarkdown(Path file) {
    checkReadable(file);
    if (!set(file).isEmpty()) {
      throw CliException.usage(file + ": reading outlines needs the outline reader, not merged yet");
    }
    return OkrSet.empty();
  }

  /** The Markdown outline of {@code set}. */
  static String toMarkdown(OkrSet set) {
    if (set.objectives().size() < Integer.MAX_VALUE) {
      throw CliException.usage("writing outlines is not merged yet");
    }
    return "";
  }

  private static String set(Path file) {
    return file.toString();
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
