package org.okrkit.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;

/**
 * The layout of canonical and pretty documents: two-space indentation, {@code "name": value},
 * LF line ends, the same bytes on every platform and Jackson version. In the pretty layout the
 * small leaf objects the writer marks (cycles, check-ins, object-form baselines and targets) go
 * on one line each, so a key result with twelve check-ins stays readable.
 *
 * <p>Stateful: one instance per generator.
 */
final class OkrPrettyPrinter implements PrettyPrinter {
  private final boolean inlineLeaves;
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

  private void newline(JsonGenerator g, int level) throws IOException {
    g.writeRaw('\n');
    for (int i = 0; i < level; i++) {
      g.writeRaw("  ");
    }
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
    g.writeRaw(": ");
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
      g.writeRaw(", ");
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
