package org.okrkit.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.Arrays;

/**
 * The layout of canonical and pretty documents: two-space indentation, {@code "name": value},
 * LF line ends, the same bytes on every platform and Jackson version. In the pretty layout the
 * small leaf objects the writer marks (cycles, check-ins, object-form baselines and targets) go
 * on one line each, so a key result with twelve check-ins stays readable.
 *
 * <p>Stateful: one instance per generator.
 */
final class OkrPrettyPrinter implements PrettyPrinter {
  // Separators as pre-encoded strings, and each line break with its indentation as one raw write:
  // the layout is written between every two tokens of a document of millions of them.
  private static final SerializableString COLON = new SerializedString(": ");
  private static final SerializableString COMMA_SPACE = new SerializedString(", ");
  // A line feed and the indentation of each of the first levels, pre-encoded: a raw write of
  // pre-encoded bytes is a copy, where a raw write of chars encodes them one by one.
  private static final SerializableString[] LINE_BREAKS = lineBreaks(32);

  private final boolean inlineLeaves;
  /** A line feed followed by spaces: the first {@code 1 + 2 * level} characters break a line. */
  private char[] lineBreak = lineBreak(0); // grown for levels past LINE_BREAKS
  private int depth;
  private int inlineDepth = -1;
  private boolean pendingInline;

  OkrPrettyPrinter(boolean inlineLeaves) {
    this.inlineLeaves = inlineLeaves;
  }

  /** Asks for the next object or array to be written on one line, if this layout does that. */
  void inlineNext() {
    pendingInline = inlineLeaves;
  }

  private boolean inline() {
    return inlineDepth >= 0 && depth >= inlineDepth;
  }

  private static SerializableString[] lineBreaks(int levels) {
    char[] chars = lineBreak(levels);
    SerializableString[] breaks = new SerializableString[levels];
    for (int level = 0; level < levels; level++) {
      breaks[level] = new SerializedString(new String(chars, 0, 1 + 2 * level));
    }
    return breaks;
  }

  private static char[] lineBreak(int levels) {
    char[] chars = new char[1 + 2 * levels];
    Arrays.fill(chars, ' ');
    chars[0] = '\n';
    return chars;
  }

  private void newline(JsonGenerator g, int level) throws IOException {
    if (level < LINE_BREAKS.length) {
      g.writeRaw(LINE_BREAKS[level]);
      return;
    }
    int length = 1 + 2 * level;
    if (length > lineBreak.length) {
      lineBreak = lineBreak(2 * level);
    }
    g.writeRaw(lineBreak, 0, length);
  }

  private void open(JsonGenerator g, char c) throws IOException {
    depth++;
    if (pendingInline) {
      pendingInline = false;
      if (inlineDepth < 0) {
        inlineDepth = depth;
      }
    }
    g.writeRaw(c);
  }

  private void close(JsonGenerator g, char c, int entries, boolean spaced) throws IOException {
    if (entries > 0) {
      if (inline()) {
        if (spaced) {
          g.writeRaw(' ');
        }
      } else {
        newline(g, depth - 1);
      }
    }
    g.writeRaw(c);
    if (depth == inlineDepth) {
      inlineDepth = -1;
    }
    depth--;
  }

  @Override
  public void writeRootValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw('\n');
  }

  @Override
  public void writeStartObject(JsonGenerator g) throws IOException {
    open(g, '{');
  }

  @Override
  public void beforeObjectEntries(JsonGenerator g) throws IOException {
    if (inline()) {
      g.writeRaw(' ');
    } else {
      newline(g, depth);
    }
  }

  @Override
  public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(COLON);
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
    separator(g);
  }

  @Override
  public void writeEndObject(JsonGenerator g, int entries) throws IOException {
    close(g, '}', entries, true);
  }

  @Override
  public void writeStartArray(JsonGenerator g) throws IOException {
    open(g, '[');
  }

  @Override
  public void beforeArrayValues(JsonGenerator g) throws IOException {
    if (!inline()) {
      newline(g, depth);
    }
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
    separator(g);
  }

  /** Between two entries or values: on one line when inline, else a comma and a new line. */
  private void separator(JsonGenerator g) throws IOException {
    if (inline()) {
      g.writeRaw(COMMA_SPACE);
    } else {
      g.writeRaw(',');
      newline(g, depth);
    }
  }

  @Override
  public void writeEndArray(JsonGenerator g, int entries) throws IOException {
    close(g, ']', entries, false);
  }
}
