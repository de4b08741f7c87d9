package org.okrkit.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.okrkit.json.OkrJsonException.Problem;
import org.okrkit.model.OkrSet;

/**
 * Reads and writes OKR documents (format 1.0) without any Jackson knowledge: a whole {@link
 * OkrSet} from a {@link Path}, an {@link InputStream} or a {@code String}, ready for scoring and
 * validation, and back to JSON in the canonical, pretty or compact layout.
 *
 * <p>Reading is strict by default: unknown fields (other than {@code x-} extensions) are errors,
 * and every {@link OkrJsonLimits limit} is enforced while streaming. Every problem in a document
 * surfaces as one {@link OkrJsonException} listing all problems found. Documents must be UTF-8
 * without a byte order mark, hold exactly one JSON object, and use ISO-8601 dates.
 *
 * <pre>{@code
 * OkrJson json = OkrJson.defaults();
 * OkrSet set = json.read(Path.of("okrs.json"));
 * String canonical = json.write(set);
 * }</pre>
 *
 * <p>Immutable and thread-safe: configure once with the {@code with*} methods, share freely.
 */
public final class OkrJson {
  private static final String SCHEMA_RESOURCE = "okr-1.0.schema.json";
  private static final OkrJson DEFAULTS =
      new OkrJson(OkrJsonLimits.defaults(), false, Style.CANONICAL);

  /** How a written document is laid out; every layout reads back into an equal set. */
  public enum Style {
    /**
     * The stable form for version control and comparison: canonical field order, defaults left
     * out, one field per line, two-space indentation, LF line ends and a final newline.
     */
    CANONICAL,
    /** Like canonical, but cycles, check-ins and object-form baselines and targets on one line. */
    PRETTY,
    /** No whitespace at all, for the network. */
    COMPACT
  }

  private final OkrJsonLimits limits;
  private final boolean lenient;
  private final Style style;
  private final JsonFactory factory;

  private OkrJson(OkrJsonLimits limits, boolean lenient, Style style) {
    this.limits = limits;
    this.lenient = lenient;
    this.style = style;
    this.factory =
        JsonFactory.builder()
            .streamReadConstraints(constraints(limits))
            // the caller owns the streams it passes in
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
  }

  static StreamReadConstraints constraints(OkrJsonLimits limits) {
    return StreamReadConstraints.builder()
        .maxDocumentLength(limits.maxDocumentBytes())
        .maxNestingDepth(limits.maxDepth())
        .maxStringLength(limits.maxStringLength())
        .maxNameLength(limits.maxStringLength())
        // a backstop on the text; the reader's own check on digits gives the precise message
        .maxNumberLength(numberBackstop(limits))
        .build();
  }

  /** The parser's limit on a number's text: a backstop to the reader's check on its digits. */
  static int numberBackstop(OkrJsonLimits limits) {
    return limits.maxNumberLength() * 2 + 10;
  }

  /**
   * {@return strict reading with {@linkplain OkrJsonLimits#defaults() default limits}; canonical
   * writing}
   */
  public static OkrJson defaults() {
    return DEFAULTS;
  }

  /** {@return the limits enforced while reading} */
  public OkrJsonLimits limits() {
    return limits;
  }

  /**
   * True when unknown fields are ignored instead of reported.
   *
   * @return {@code true} when unknown fields are ignored instead of reported
   */
  public boolean isLenient() {
    return lenient;
  }

  /**
   * {@return the layout of {@link #write(OkrSet, OutputStream)} and {@link #write(OkrSet, Path)}}
   */
  public Style style() {
    return style;
  }

  /**
   * Returns a copy that enforces these limits while reading.
   *
   * @param limits the document limits
   * @return a copy that enforces these limits while reading
   */
  public OkrJson withLimits(OkrJsonLimits limits) {
    return new OkrJson(Objects.requireNonNull(limits, "limits"), lenient, style);
  }

  /**
   * Returns a copy that ignores unknown fields ({@code lenient = true}), for documents written by
   * a newer or sloppier tool, or reports them as errors ({@code false}, the default).
   *
   * @param lenient {@code true} to be lenient
   * @return a copy that ignores unknown fields
   */
  public OkrJson withLenientUnknownFields(boolean lenient) {
    return new OkrJson(limits, lenient, style);
  }

  /**
   * Returns a copy that writes streams and files in this layout.
   *
   * @param style the style
   * @return a copy that writes streams and files in this layout
   */
  public OkrJson withStyle(Style style) {
    return new OkrJson(limits, lenient, Objects.requireNonNull(style, "style"));
  }

  /**
   * Reads the OKR document in the file at {@code path}.
   *
   * @param path the path
   * @return the OKR document in the file at {@code path}
   * @throws OkrJsonException if the document is not a valid OKR document
   * @throws IOException if the file cannot be read
   */
  public OkrSet read(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      return read(in);
    }
  }

  /**
   * Reads one OKR document from {@code in}, which must hold UTF-8 and nothing after the
   * document; the stream is not closed.
   *
   * @param in the in
   * @return one OKR document from {@code in}, which must hold UTF-8 and nothing after the document
   * @throws OkrJsonException if the document is not a valid OKR document
   * @throws IOException if the stream cannot be read
   */
  public OkrSet read(InputStream in) throws IOException {
    PushbackInputStream source = new PushbackInputStream(in, 4);
    byte[] head = new byte[4];
    int n = 0;
    while (n < head.length) {
      int r = source.read(head, n, head.length - n);
      if (r < 0) {
        break;
      }
      n += r;
    }
    checkEncoding(head, n);
    source.unread(head, 0, n);
    try (JsonParser p = factory.createParser(source)) {
      return new OkrReader(p, limits, lenient).readDocument();
    }
  }

  /**
   * Reads the OKR document in {@code json}.
   *
   * @param json the json
   * @return the OKR document in {@code json}
   * @throws OkrJsonException if the document is not a valid OKR document
   */
  public OkrSet read(String json) throws OkrJsonException {
    if (!json.isEmpty() && json.charAt(0) == '\uFEFF') {
      throw encoding("a byte order mark (U+FEFF) before the document; remove it");
    }
    try (JsonParser p = factory.createParser(json)) {
      return new OkrReader(p, limits, lenient).readDocument();
    } catch (OkrJsonException e) {
      throw e;
    } catch (IOException e) {
      // reading a String does no I/O: anything else is the parser rejecting the text
      throw new OkrJsonException(List.of(new Problem("", -1, -1, String.valueOf(e))), false);
    }
  }

  private static void checkEncoding(byte[] head, int n) throws OkrJsonException {
    if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF) {
      throw encoding("a UTF-8 byte order mark before the document; save it without one");
    }
    if (n >= 2 && ((head[0] & 0xFF) == 0xFE || (head[0] & 0xFF) == 0xFF)) {
      throw encoding("a UTF-16 byte order mark; OKR documents are UTF-8");
    }
    for (int i = 0; i < n; i++) {
      if (head[i] == 0) {
        // JSON text starts with ASCII; a zero byte there means UTF-16 or UTF-32
        throw encoding("a zero byte near the start (UTF-16 or UTF-32?); OKR documents are UTF-8");
      }
    }
  }

  private static OkrJsonException encoding(String got) {
    return new OkrJsonException(
        List.of(new Problem("", 1, 1, "expected a UTF-8 JSON document, got " + got)), false);
  }

  /**
   * The set as a canonical document: the stable form for files under version control.
   *
   * @param set the OKR set
   * @return the set as a canonical document: the stable form for files under version control
   */
  public String write(OkrSet set) {
    return asString(set, Style.CANONICAL);
  }

  /**
   * The set as a pretty document: canonical, with small leaf objects kept on one line.
   *
   * @param set the OKR set
   * @return the set as a pretty document
   */
  public String writePretty(OkrSet set) {
    return asString(set, Style.PRETTY);
  }

  /**
   * The set as a compact document, without any whitespace.
   *
   * @param set the OKR set
   * @return the set as a compact document, without any whitespace
   */
  public String writeCompact(OkrSet set) {
    return asString(set, Style.COMPACT);
  }

  /**
   * Writes the set as UTF-8 to {@code out} in this instance's {@link #style()}; the stream is
   * flushed, not closed.
   *
   * @param set the OKR set
   * @param out the out
   * @throws IOException if writing to the stream fails
   * @throws IllegalArgumentException if a date lies outside the years 0000–9999, or an extension
   *     value is not a single JSON value
   */
  public void write(OkrSet set, OutputStream out) throws IOException {
    try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
      write(set, g, style);
    }
  }

  /**
   * Writes the set as UTF-8 to the file at {@code path} in this instance's {@link #style()},
   * the way {@link AtomicFile} writes every file: the existing file is replaced only once the
   * whole document is written (on failure it is left as it was), a symbolic link is followed,
   * and the file keeps its permissions.
   *
   * @param set the OKR set
   * @param path the path
   * @throws IOException if the file cannot be written, is a directory or is read-only
   * @throws IllegalArgumentException if a date lies outside the years 0000–9999, or an extension
   *     value is not a single JSON value
   */
  public void write(OkrSet set, Path path) throws IOException {
    Objects.requireNonNull(set, "set");
    AtomicFile.write(path, out -> write(set, out));
  }

  private String asString(OkrSet set, Style layout) {
    Objects.requireNonNull(set, "set");
    StringWriter out = new StringWriter();
    try (JsonGenerator g = factory.createGenerator(out)) {
      write(set, g, layout);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void write(OkrSet set, JsonGenerator g, Style layout) throws IOException {
    if (layout != Style.COMPACT) {
      g.setPrettyPrinter(new OkrPrettyPrinter(layout == Style.PRETTY));
    }
    new OkrWriter(g).write(set);
    if (layout != Style.COMPACT) {
      g.writeRaw('\n');
    }
    g.flush();
  }

  /**
   * The Jackson module with this instance's options (limits on counts, leniency), for an
   * application's own {@code ObjectMapper}.
   *
   * @return the Jackson module with this instance's options
   */
  public OkrJsonModule module() {
    return new OkrJsonModule(limits, lenient);
  }

  /**
   * {@return a new {@code ObjectMapper} that reads and writes {@link OkrSet}s with this instance's
   * options, its parser limited by all of this instance's {@link OkrJsonLimits}}
   */
  public ObjectMapper newObjectMapper() {
    JsonFactory mapperFactory =
        JsonFactory.builder().streamReadConstraints(constraints(limits)).build();
    return new ObjectMapper(mapperFactory).registerModule(module());
  }

  /**
   * The JSON Schema (draft 2020-12) of the OKR document format 1.0, as text.
   *
   * @return the JSON Schema (draft 2020-12) of the OKR document format 1.0, as text
   */
  public static String schema() {
    try (InputStream in = OkrJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + SCHEMA_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
