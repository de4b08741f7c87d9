package org.okrkit.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
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
import org.okrkit.json.AtomicFile;
import org.okrkit.json.OkrCsv;
import org.okrkit.json.OkrCsvException;
import org.okrkit.json.OkrJson;
import org.okrkit.json.OkrJsonException;
import org.okrkit.json.OkrJsonLimits;
import org.okrkit.model.DocumentLimits;
import org.okrkit.model.OkrSet;
import org.okrkit.text.OkrOutline;
import org.okrkit.text.OutlineException;
import org.okrkit.text.OutlineOptions;
import org.okrkit.text.OutlineResult;
import org.okrkit.text.OutlineWarning;

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

  /** Reads a sheet from bytes already read (standard input), as {@link #readCsv}. */
  static OkrSet readCsv(String name, byte[] bytes, OkrCsv csv) {
    try {
      return csv.read(new ByteArrayInputStream(bytes), name);
    } catch (OkrCsvException e) {
      List<String> lines = new ArrayList<>();
      for (OkrCsvException.Problem p : e.problems()) {
        lines.add(withOption(p.toString()));
      }
      throw CliException.usage(lines, e);
    }
  }

  /** Standard input, read whole but never more than {@code max} bytes. */
  static byte[] stdinBytes(long max, InputStream stdin) {
    return bytes(Path.of("-"), max, stdin);
  }

  private static String place(String file, int line, int column) {
    if (line < 0) {
      return file + ": ";
    }
    return file + ":" + line + (column < 0 ? "" : ":" + column) + ": ";
  }

  /**
   * Writes {@code text} as UTF-8 to {@code target} the way every file is written ({@link
   * AtomicFile}: all or nothing, through links, keeping permissions); a failure is a usage error
   * (exit 2) naming the file and the reason in words, not an exception class.
   */
  static void writeText(Path target, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    write(target, out -> out.write(bytes));
  }

  private static void write(Path target, AtomicFile.Content content) {
    try {
      AtomicFile.write(target, content);
    } catch (IOException e) {
      throw new CliException(ExitCode.USAGE, target + ": cannot write: " + why(e), e);
    } catch (IllegalArgumentException e) {
      // a value the format cannot hold; the file is left as it was
      throw new CliException(ExitCode.USAGE, target + ": cannot write: " + e.getMessage(), e);
    }
  }

  /** Why an I/O operation failed, in words (the JDK's messages are often just the path). */
  static String why(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof AccessDeniedException a) {
      return a.getReason() == null ? "permission denied" : a.getReason();
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
   * of thousands of objectives needs little more memory than the set itself; written as {@link
   * #writeText} writes. A failure is a usage error (exit 2) naming the file and the reason.
   */
  static void writeJson(OkrSet set, Path target) {
    write(target, out -> PRETTY.write(set, out));
  }

  /** Streams the canonical, pretty-printed JSON of {@code set} to {@code out}, as {@link #writeJson}. */
  static void printJson(OkrSet set, PrintWriter out) {
    try {
      // a value the format cannot hold fails here, before a byte reaches standard output: never
      // half a document on stdout (the dry run costs one more pass, no memory)
      PRETTY.write(set, OutputStream.nullOutputStream());
    } catch (IOException | IllegalArgumentException e) {
      throw new CliException(ExitCode.USAGE, "cannot write the document as JSON: " + e.getMessage(), e);
    }
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

  /** The Markdown outline of {@code set}. */
  static String toMarkdown(OkrSet set) {
    String md;
    try {
      md = OkrOutline.write(set);
    } catch (IllegalArgumentException e) {
      // anything the outline could not hold would be refused, never dropped
      throw CliException.usage("cannot write a Markdown outline: " + e.getMessage());
    }
    return md.endsWith("\n") ? md : md + "\n";
  }

  /** The formats a document can be read in; {@code --format} names one for standard input. */
  enum Format {
    json,
    md,
    csv
  }

  /** How documents are read: the limits, the format of standard input, lenient readings. */
  record ReadOptions(DocumentLimits limits, @Nullable Format format, boolean lenient) {
    static ReadOptions defaults() {
      return new ReadOptions(DocumentLimits.defaults(), null, false);
    }
  }

  /** The name standard input goes by in messages. */
  static final String STDIN = "<stdin>";

  /** True when {@code file} means standard input ({@code -}). */
  static boolean isStdin(Path file) {
    return file.toString().equals("-");
  }

  /** The name of {@code file} in messages. */
  static String name(Path file) {
    return isStdin(file) ? STDIN : file.toString();
  }

  /** Reads with the default options; standard input is not available. */
  static OkrSet read(Path file) {
    return read(file, ReadOptions.defaults(), InputStream.nullInputStream(), new PrintWriter(Writer.nullWriter()));
  }

  /**
   * Reads an OKR document: {@code -} is standard input, in the format {@code --format} gives
   * (JSON by default); a file whose name ends in {@code .md} or {@code .markdown} is an outline,
   * anything else JSON. Unreadable or malformed input, and input beyond a limit, is a usage
   * error (exit 2) naming the file, the place and, for a limit, the option that raises it.
   * Warnings of a lenient outline reading go to {@code err}.
   */
  static OkrSet read(Path file, ReadOptions options, InputStream stdin, PrintWriter err) {
    String name = name(file);
    Format format = options.format();
    if (format == null) {
      format = isStdin(file) ? Format.json
          : isMarkdown(file) ? Format.md : isCsv(file) ? Format.csv : Format.json;
    }
    if (format == Format.csv && !isStdin(file)) {
      return readCsv(file, null, OkrCsv.defaults().withLimits(OkrJsonLimits.of(options.limits())));
    }
    if (format == Format.json && !isStdin(file)) {
      // read from the file as it is parsed, never whole into memory: a generated organisation of a
      // million key results is 1.7 GB of JSON, more than a byte array can hold
      checkSize(file, options.limits().maxDocumentBytes());
      return readJson(name, () -> Files.newInputStream(file), options.limits());
    }
    byte[] bytes = bytes(file, options.limits().maxDocumentBytes(), stdin);
    if (format == Format.csv) {
      return readCsv(name, bytes, OkrCsv.defaults().withLimits(OkrJsonLimits.of(options.limits())));
    }
    return format == Format.md
        ? readMarkdown(name, bytes, options, err)
        : readJson(name, () -> new ByteArrayInputStream(bytes), options.limits());
  }

  /** Where a JSON document's bytes come from. */
  private interface Source {
    InputStream open() throws IOException;
  }

  /**
   * Fails with the size message when the regular file {@code file} is larger than {@code max}
   * bytes; anything else (a pipe, a device) is bounded while it is read.
   */
  private static void checkSize(Path file, long max) {
    checkReadable(file);
    try {
      if (Files.isRegularFile(file) && Files.size(file) > max) {
        throw sizeError(name(file), Files.size(file) + " bytes", max);
      }
    } catch (IOException e) {
      throw new CliException(ExitCode.USAGE, name(file) + ": cannot read: " + why(e), e);
    }
  }

  /**
   * The whole document, read from the file or standard input but never more than {@code max}
   * bytes: a link to /dev/zero is a size error, not 4 GB of memory.
   */
  private static byte[] bytes(Path file, long max, InputStream stdin) {
    String name = name(file);
    if (!isStdin(file)) {
      checkSize(file, max);
    }
    try (InputStream in = isStdin(file) ? nonClosing(stdin) : Files.newInputStream(file)) {
      int cap = (int) Math.min(Integer.MAX_VALUE - 16, max + 1);
      byte[] data = in.readNBytes(cap);
      if (data.length > max) {
        throw sizeError(name, "more than " + max + " bytes", max);
      }
      return data;
    } catch (IOException e) {
      throw new CliException(ExitCode.USAGE, name + ": cannot read: " + why(e), e);
    }
  }

  private static InputStream nonClosing(InputStream in) {
    return new java.io.FilterInputStream(in) {
      @Override
      public void close() {
        // standard input belongs to the process
      }
    };
  }

  private static CliException sizeError(String name, String size, long max) {
    return CliException.usage(name + ": the document is " + size + ", more than the limit of "
        + max + " bytes; give --max-bytes N to raise it");
  }

  /** A library message naming a limit, with the option that raises it instead of the name. */
  static String withOption(String message) {
    String m = message;
    for (String[] limit : LIMIT_OPTIONS) {
      m = m.replace("(" + limit[0] + ")", "(give " + limit[1] + " N to raise it)");
    }
    return m;
  }

  private static final String[][] LIMIT_OPTIONS = {
    {"maxDocumentBytes", "--max-bytes"},
    {"maxCycles", "--max-cycles"},
    {"maxObjectives", "--max-objectives"},
    {"maxKeyResults", "--max-key-results"},
    {"maxCheckIns", "--max-check-ins"}
  };

  private static boolean isSizeLimit(String message) {
    return message.contains("(maxDocumentBytes)");
  }

  private static OkrSet readJson(String name, Source source, DocumentLimits limits) {
    try (InputStream in = source.open()) {
      // the reader stops at the document size limit, whatever the stream (a link to /dev/zero)
      return JSON.withLimits(OkrJsonLimits.of(limits)).read(in);
    } catch (OkrJsonException e) {
      List<String> lines = new ArrayList<>();
      for (OkrJsonException.Problem p : e.problems()) {
        String message = withOption(p.message());
        if (isSizeLimit(p.message())) {
          // the place where reading stopped says nothing about a document that is too large
          lines.add(name + ": " + message);
        } else {
          lines.add(place(name, p.line(), p.column())
              + (p.pointer().isEmpty() ? "" : p.pointer() + ": ") + message);
        }
      }
      if (e.isTruncated()) {
        lines.add(name + ": (stopped after " + e.problems().size() + " problems)");
      }
      throw CliException.usage(lines, e);
    } catch (IOException e) {
      throw new CliException(ExitCode.USAGE, name + ": cannot read: " + why(e), e);
    }
  }

  private static OkrSet readMarkdown(String name, byte[] bytes, ReadOptions options, PrintWriter err) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new CliException(ExitCode.USAGE, name + ": cannot read: not UTF-8 text", e);
    }
    try {
      OutlineResult r = OkrOutline.read(text, OutlineOptions.defaults()
          .withLimits(options.limits()).withLenientReadings(options.lenient()));
      for (OutlineWarning w : r.warnings()) {
        err.println(Okr.oneLine(place(name, w.line(), w.column()) + "warning: " + w.message()));
      }
      err.flush();
      return r.set();
    } catch (OutlineException e) {
      String message = String.valueOf(e.getMessage()).replaceFirst("^line \\d+, column \\d+: ", "");
      if (message.contains("read leniently")) {
        message = message.replace("read the outline leniently", "give --lenient");
      }
      if (isSizeLimit(message)) {
        throw new CliException(ExitCode.USAGE, name + ": " + withOption(message), e);
      }
      throw new CliException(ExitCode.USAGE, place(name, e.line(), e.column()) + withOption(message), e);
    } catch (IllegalArgumentException e) {
      throw new CliException(ExitCode.USAGE, name + ": " + e.getMessage(), e);
    }
  }

  /** Fails with a one-line message unless {@code file} is a readable regular file. */
  static void checkReadable(Path file) {
    if (!Files.exists(file)) {
      if (file.toString().indexOf('\uFFFD') >= 0) {
        throw CliException.usage(file + ": no such file; the name holds bytes that are not"
            + " text in this locale (shown as \uFFFD), which Java cannot open: rename the file,"
            + " or run Java in a UTF-8 locale (e.g. LANG=C.UTF-8)");
      }
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
