package org.okrkit.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The UTF-8 bytes of a streaming writer (such as {@code OkrJson.write(set, stream)}) decoded
 * into a {@link Writer} as they come, so a large document goes to standard output without first
 * being built as one huge string.
 */
final class Utf8Sink extends OutputStream {
  private final Writer out;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE);
  private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024);
  private final CharBuffer chars = CharBuffer.allocate(16 * 1024);

  Utf8Sink(Writer out) {
    this.out = out;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    int at = off;
    int left = len;
    while (left > 0) {
      int n = Math.min(left, bytes.remaining());
      bytes.put(b, at, n);
      at += n;
      left -= n;
      decode();
    }
  }

  /** Decodes what the buffer holds; an incomplete character at its end waits for the next bytes. */
  private void decode() throws IOException {
    bytes.flip();
    CoderResult r;
    do {
      r = decoder.decode(bytes, chars, false);
      chars.flip();
      out.write(chars.array(), chars.arrayOffset() + chars.position(), chars.remaining());
      chars.clear();
    } while (r.isOverflow());
    bytes.compact();
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }
}
