package org.okrkit.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.okrkit.json.OkrJson;
import org.okrkit.json.OkrJsonException;
import org.okrkit.model.OkrSet;

/**
 * Reading and writing OKR documents for the commands, with every failure turned into a {@link
 * CliException} of one line per problem, each naming the file, the line and column, the JSON
 * Pointer and what is wrong.
 */
final class Documents {
  private static final OkrJson JSON = OkrJson.defaults();

  private Documents() {}

  /** Reads a JSON OKR document; unreadable or malformed input is a usage error (exit 2). */
  static OkrSet read(Path file) {
    checkReadable(file);
    try {
      return JSON.read(file);
    } catch (OkrJsonException e) {
      List<String> lines = new ArrayList<>();
      for (OkrJsonException.Problem p : e.problems()) {
        lines.add(place(file, p.line(), p.column()) + (p.pointer().isEmpty() ? "" : p.pointer() + ": ") + p.message());
      }
      if (e.isTruncated()) {
        lines.add(file + ": (stopped after " + e.problems().size() + " problems)");
      }
      throw CliException.usage(lines, e);
    } catch (NoSuchFileException e) {
      throw CliException.usage(file + ": no such file");
    } catch (IOException e) {
      throw new CliException(ExitCode.USAGE, file + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static String place(Path file, int line, int column) {
    if (line < 0) {
      return file + ": ";
    }
    return file + ":" + line + (column < 0 ? "" : ":" + column) + ": ";
  }

  /** The canonical, pretty-printed JSON of {@code set}. */
  static String toJson(OkrSet set) {
    String json = JSON.writePretty(set);
    return json.endsWith("\n") ? json : json + "\n";
  }

  /** Reads a Markdown outline; unreadable or malformed input is a usage error (exit 2). */
  static OkrSet readMarkdown(Path file) {
    checkReadable(file);
    if (!file.toString().isEmpty()) {
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
