package org.okrkit.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.okrkit.json.OkrCsv;
import org.okrkit.json.OkrCsvException;
import org.okrkit.json.OkrJson;
import org.okrkit.json.OkrJsonException;
import org.okrkit.model.OkrSet;
import org.okrkit.text.OkrOutline;
import org.okrkit.text.OutlineException;

/**
 * Reading and writing OKR documents for the commands, with every failure turned into a {@link
 * CliException} of one line per problem, each naming the file, the line and column, the JSON
 * Pointer and what is wrong.
 */
final class Documents {
  private static final OkrJson JSON = OkrJson.defaults();
  private static final OkrJson PRETTY = JSON.withStyle(OkrJson.Style.PRETTY);

  private Documents() {}

  /** True for a Markdown outline ({@code .md}, {@code .markdown}); anything else is JSON. */
  static boolean isMarkdown(Path file) {
    Path name = file.getFileName();
    String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    return lower.endsWith(".md") || lower.endsWith(".markdown");
  }

  /** True for a spreadsheet ({@code .csv}). */
  static boolean isCsv(Path file) {
    Path name = file.getFileName();
    return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".csv");
  }

  /**
   * Reads a key-results sheet (and its check-ins sheet, if given); unreadable or malformed input
   * is a usage error (exit 2) with one line per problem naming the file, row and column.
   */
  static OkrSet readCsv(Path file, @Nullable Path checkIns, OkrCsv csv) {
    checkReadable(file);
    if (checkIns != null) {
      checkReadable(checkIns);
    }
    try {
      return checkIns == null ? csv.read(file) : csv.read(file, checkIns);
    } catch (OkrCsvException e) {
      List<String> lines = new ArrayList<>();
      for (OkrCsvException.Problem p : e.problems()) {
        lines.add(p.toString());
      }
      if (e.isTruncated()) {
        lines.add(file + ": (stopped after " + e.problems().size() + " problems)");
      }
      throw CliException.usage(lines, e);
    } catch (IOException e) {
      throw new CliException(ExitCode.USAGE, file + ": cannot read: " + why(e), e);
    }
  }

  /**
   * Reads an OKR document, a Markdown outline when the name ends in {@code .md} or {@code
   * .markdown}, else JSON; unreadable or malformed input is a usage error (exit 2).
   */
  static OkrSet read(Path file) {
    return isMarkdown(file) ? readMarkdown(file) : readJson(file);
  }

  /** Reads a JSON OKR document; unreadable or malformed input is a usage error (exit 2). */
  static OkrSet readJson(Path file) {
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
      throw new CliException(ExitCode.USAGE, file + ": cannot read: " + why(e), e);
    }
  }

  private static String place(Path file, int line, int column) {
    if (line < 0) {
      return file + ": ";
    }
    return file + ":" + line + (column < 0 ? "" : ":" + column) + ": ";
  }

  /**
   * Writes {@code text} as UTF-8 to {@code target}; a failure is a usage error (exit 2) naming the
   * file and the reason in words, not an exception class.
   */
  static void writeText(Path target, String text) {
    try {
      Files.writeString(target, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CliException(ExitCode.USAGE, target + ": cannot write: " + why(e), e);
    }
  }

  /** Why an I/O operation failed, in words (the JDK's messages are often just the path). */
  static String why(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof MalformedInputException) {
      return "not UTF-8 text";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return String.valueOf(e.getMessage());
  }

  /**
   * Streams the canonical, pretty-printed JSON of {@code set} (the bytes of {@link #toJson}) to
   * {@code target} without building it as one string first, so a generated organisation of tens
   * of thousands of objectives needs little more memory than the set itself. A regular file is
   * replaced only once the whole document is written; a device or pipe ({@code /dev/stdout}) is
   * written to directly. A failure is a usage error (exit 2) naming the file and the reason.
   */
  static void writeJson(OkrSet set, Path target) {
    try {
      if (Files.isDirectory(target)) {
        throw new CliException(ExitCode.USAGE, target + ": cannot write: is a directory");
      }
      if (Files.exists(target) && !Files.isRegularFile(target)) {
        try (OutputStream out = Files.newOutputStream(target)) {
          PRETTY.write(set, out);
        }
      } else {
        PRETTY.write(set, target);
      }
    } catch (IOException e) {
      throw new CliException(ExitCode.USAGE, target + ": cannot write: " + why(e), e);
    }
  }

  /** Streams the canonical, pretty-printed JSON of {@code set} to {@code out}, as {@link #writeJson}. */
  static void printJson(OkrSet set, PrintWriter out) {
    try {
      PRETTY.write(set, new Utf8Sink(out));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.flush();
  }

  /** The canonical, pretty-printed JSON of {@code set}. */
  static String toJson(OkrSet set) {
    String json = JSON.writePretty(set);
    return json.endsWith("\n") ? json : json + "\n";
  }

  /** Reads a Markdown outline; unreadable or malformed input is a usage error (exit 2). */
  static OkrSet readMarkdown(Path file) {
    checkReadable(file);
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CliException(ExitCode.USAGE, file + ": cannot read: " + why(e), e);
    }
    try {
      return OkrOutline.read(text);
    } catch (OutlineException e) {
      String message = String.valueOf(e.getMessage()).replaceFirst("^line \\d+, column \\d+: ", "");
      throw new CliException(ExitCode.USAGE, place(file, e.line(), e.column()) + message, e);
    } catch (IllegalArgumentException e) {
      throw new CliException(ExitCode.USAGE, file + ": " + e.getMessage(), e);
    }
  }

  /** The Markdown outline of {@code set}. */
  static String toMarkdown(OkrSet set) {
    String md;
    try {
      md = OkrOutline.write(set);
    } catch (IllegalArgumentException e) {
      // what the outline cannot hold (close-outs, initiatives…) is refused, never dropped
      throw CliException.usage("cannot write a Markdown outline: " + e.getMessage());
    }
    return md.endsWith("\n") ? md : md + "\n";
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
