package org.okrkit.json;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.OkrSet;

/**
 * OKRs in spreadsheets: reads and writes an {@link OkrSet} as two CSV sheets, the way most teams
 * keep OKRs before they adopt a tool.
 *
 * <p>The <b>key-results sheet</b> has one row per key result, its objective's columns repeated
 * (or left blank to continue the objective above): {@code cycle, cycle_start, cycle_end,
 * objective_id, objective, objective_owner, level, type, parent, key_result_id, key_result, kind,
 * unit, baseline, target, at_least, at_most, commit, stretch, weight, current}. Headers match
 * ignoring case, spaces and punctuation, and the names of the common templates are understood
 * ({@code Objective, Key Result, Owner, Quarter, Start Value, Starting Value, Target Value,
 * Current Value, Progress, Confidence, Notes}). The <b>check-ins sheet</b> is the append-only log:
 * {@code date, key_result_id, value, confidence, note}.
 *
 * <p>Values are exact decimals ({@code 4.10} stays 4.10), dates ISO-8601; a quarter such as
 * {@code Q4 2026} or {@code 2026-Q4} names the cycle and gives its dates; missing ids are derived
 * stably from the titles. Text is UTF-8 with or without a byte order mark, CRLF or LF, with quoted
 * cells holding commas and line breaks. Every problem is reported at once as an {@link
 * OkrCsvException} naming the file, row and column, and the {@link OkrJsonLimits} bound what a
 * hostile sheet can cost. Writing says first, through {@link #losses}, what a sheet cannot carry.
 *
 * <p>Immutable and thread-safe; every {@code with…} returns a copy.
 *
 * <pre>{@code
 * OkrSet set = OkrCsv.defaults()
 *     .withCurrentDate(LocalDate.of(2026, 11, 20))  // the date of the "Current Value" column
 *     .read(Path.of("okrs.csv"));
 * }</pre>
 */
public final class OkrCsv {
  private static final OkrCsv DEFAULTS = new OkrCsv(OkrJsonLimits.defaults(), null, false, null);

  private final OkrJsonLimits limits;
  private final @Nullable LocalDate currentDate;
  private final boolean clampCurrentDate;
  private final @Nullable Locale locale;

  private OkrCsv(
      OkrJsonLimits limits, @Nullable LocalDate currentDate, boolean clamp, @Nullable Locale locale) {
    this.limits = limits;
    this.currentDate = currentDate;
    this.clampCurrentDate = clamp;
    this.locale = locale;
  }

  /**
   * Default options: default limits, no current date (a {@code current} column then needs a
   * check-ins sheet or {@link #withCurrentDate}), numbers with a decimal point.
   *
   * @return the default reader and writer
   */
  public static OkrCsv defaults() {
    return DEFAULTS;
  }

  /**
   * The limits a sheet must stay within: size (in characters), cell length, number length,
   * counts and the problem cap.
   *
   * @return the limits
   */
  public OkrJsonLimits limits() {
    return limits;
  }

  /**
   * The date a {@code current} value is recorded on when there is no check-ins sheet.
   *
   * @return the date, if one was given
   */
  public Optional<LocalDate> currentDate() {
    return Optional.ofNullable(currentDate);
  }

  /**
   * Whether the current date is moved into each key result's cycle (see {@link
   * #withCurrentDateClamped}).
   *
   * @return true when clamped
   */
  public boolean clampsCurrentDate() {
    return clampCurrentDate;
  }

  /**
   * The locale whose decimal separator numbers are read with; empty for a decimal point.
   *
   * @return the locale, if one was given
   */
  public Optional<Locale> locale() {
    return Optional.ofNullable(locale);
  }

  /**
   * A copy with other limits.
   *
   * @param limits the limits
   * @return the copy
   */
  public OkrCsv withLimits(OkrJsonLimits limits) {
    return new OkrCsv(Objects.requireNonNull(limits, "limits"), currentDate, clampCurrentDate, locale);
  }

  /**
   * A copy that records a {@code current} value (without a check-ins sheet) as a check-in on
   * {@code date}, exactly.
   *
   * @param date the day the current values were measured
   * @return the copy
   */
  public OkrCsv withCurrentDate(LocalDate date) {
    return new OkrCsv(limits, Objects.requireNonNull(date, "date"), false, locale);
  }

  /**
   * A copy that records a {@code current} value on {@code today} moved into the key result's
   * cycle: its first day for a cycle not started yet, its last for one that is over (the {@code
   * okr} command's default).
   *
   * @param today the day the sheet is read
   * @return the copy
   */
  public OkrCsv withCurrentDateClamped(LocalDate today) {
    return new OkrCsv(limits, Objects.requireNonNull(today, "today"), true, locale);
  }

  /**
   * A copy that reads numbers with {@code locale}'s decimal separator and grouping ({@code 4,5}
   * and {@code 1.000,5} under {@link Locale#GERMANY}); without it a decimal comma is an error.
   * Writing always uses a decimal point.
   *
   * @param locale the sheet's locale
   * @return the copy
   */
  public OkrCsv withLocale(Locale locale) {
    return new OkrCsv(limits, currentDate, clampCurrentDate, Objects.requireNonNull(locale, "locale"));
  }

  // ---- reading ----

  /**
   * Reads a key-results sheet.
   *
   * @param keyResults the CSV file
   * @return the set
   * @throws OkrCsvException naming every problem with file, row and column
   * @throws IOException if the file cannot be read
   */
  public OkrSet read(Path keyResults) throws IOException {
    try (Reader in = utf8(Files.newInputStream(keyResults))) {
      return new CsvSheetReader(this).read(in, keyResults.toString(), null, "");
    }
  }

  /**
   * Reads a key-results sheet and its check-ins sheet.
   *
   * @param keyResults the key-results CSV file
   * @param checkIns the check-ins CSV file
   * @return the set, each key result with its check-ins in sheet order
   * @throws OkrCsvException naming every problem with file, row and column
   * @throws IOException if a file cannot be read
   */
  public OkrSet read(Path keyResults, Path checkIns) throws IOException {
    try (Reader in = utf8(Files.newInputStream(keyResults));
        Reader log = utf8(Files.newInputStream(checkIns))) {
      return new CsvSheetReader(this).read(in, keyResults.toString(), log, checkIns.toString());
    }
  }

  /**
   * Reads a key-results sheet from a stream of UTF-8 bytes.
   *
   * @param keyResults the CSV bytes (not closed)
   * @param name the name problems give for the sheet
   * @return the set
   * @throws OkrCsvException naming every problem with row and column
   */
  public OkrSet read(InputStream keyResults, String name) {
    return new CsvSheetReader(this).read(utf8(keyResults), Objects.requireNonNull(name, "name"), null, "");
  }

  /**
   * Reads a key-results sheet given as text.
   *
   * @param keyResults the CSV text
   * @return the set
   * @throws OkrCsvException naming every problem with row and column (the file is "key results")
   */
  public OkrSet read(String keyResults) {
    return new CsvSheetReader(this).read(new StringReader(keyResults), "key results", null, "");
  }

  /**
   * Reads a key-results sheet and a check-ins sheet given as text.
   *
   * @param keyResults the key-results CSV text
   * @param checkIns the check-ins CSV text
   * @return the set
   * @throws OkrCsvException naming every problem with row and column (the files are "key
   *     results" and "check-ins")
   */
  public OkrSet read(String keyResults, String checkIns) {
    return new CsvSheetReader(this)
        .read(new StringReader(keyResults), "key results", new StringReader(checkIns), "check-ins");
  }

  // ---- writing ----

  /**
   * What writing {@code set} as sheets would not carry, one sentence each (an objective's
   * description, extension fields, a baseline's date, check-ins other than the current one when
   * no check-ins sheet is written…); empty when the sheets hold everything.
   *
   * @param set the set to write
   * @param withCheckInSheet whether the check-ins sheet is written too
   * @return the losses, in document order
   */
  public List<String> losses(OkrSet set, boolean withCheckInSheet) {
    return CsvSheetWriter.losses(Objects.requireNonNull(set, "set"), withCheckInSheet);
  }

  /**
   * The key-results sheet of {@code set}; {@code current} is each key result's latest value.
   *
   * @param set the set
   * @param withCheckInSheet whether a check-ins sheet goes with it (without one, the current
   *     value's confidence and note get columns of their own)
   * @return the CSV text (LF line ends, a header row)
   */
  public String writeKeyResults(OkrSet set, boolean withCheckInSheet) {
    Objects.requireNonNull(set, "set");
    return CsvSheetWriter.toText(out -> CsvSheetWriter.keyResults(set, withCheckInSheet, out));
  }

  /**
   * The check-ins sheet of {@code set}: every check-in of every key result, in document order.
   *
   * @param set the set
   * @return the CSV text (LF line ends, a header row)
   */
  public String writeCheckIns(OkrSet set) {
    Objects.requireNonNull(set, "set");
    return CsvSheetWriter.toText(out -> CsvSheetWriter.checkIns(set, out));
  }

  /**
   * Writes the key-results sheet as UTF-8 to {@code out} (not closed).
   *
   * @param set the set
   * @param withCheckInSheet whether a check-ins sheet goes with it
   * @param out where to write
   * @throws IOException if writing fails
   */
  public void writeKeyResults(OkrSet set, boolean withCheckInSheet, OutputStream out) throws IOException {
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    CsvSheetWriter.keyResults(Objects.requireNonNull(set, "set"), withCheckInSheet, new NonClosing(w));
    w.flush();
  }

  /**
   * Writes the check-ins sheet as UTF-8 to {@code out} (not closed).
   *
   * @param set the set
   * @param out where to write
   * @throws IOException if writing fails
   */
  public void writeCheckIns(OkrSet set, OutputStream out) throws IOException {
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    CsvSheetWriter.checkIns(Objects.requireNonNull(set, "set"), new NonClosing(w));
    w.flush();
  }

  /** Jackson's sequence writer closes its target; the caller owns the stream. */
  private static final class NonClosing extends java.io.FilterWriter {
    NonClosing(Writer out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

  /** Strict UTF-8 (a malformed byte is an error, not a replacement character), BOM skipped. */
  private static Reader utf8(InputStream in) {
    return new BufferedReader(
        new InputStreamReader(
            in,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)));
  }

  /** A value quoted in a message: at most 40 characters, control characters escaped. */
  static String shorten(String text) {
    StringBuilder s = new StringBuilder();
    int n = 0;
    for (int i = 0; i < text.length() && n < 40; i++, n++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        s.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        s.append(c);
      }
    }
    return n < text.length() ? s + "…" : s.toString();
  }

  @Override
  public String toString() {
    return "OkrCsv{limits=" + limits + ", currentDate=" + currentDate
        + (clampCurrentDate ? " (clamped into the cycle)" : "") + ", locale=" + locale + "}";
  }
}
