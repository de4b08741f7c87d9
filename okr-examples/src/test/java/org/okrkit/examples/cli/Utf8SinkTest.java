package org.okrkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8SinkTest {
  @Test
  void charactersSplitAcrossWritesArriveWhole() throws Exception {
    String text = "Q4 – 日本 😀 é\n".repeat(3000);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    StringWriter byOne = new StringWriter();
    try (Utf8Sink sink = new Utf8Sink(byOne)) {
      for (byte b : bytes) {
        sink.write(b);
      }
    }
    assertEquals(text, byOne.toString());
    StringWriter inChunks = new StringWriter();
    try (Utf8Sink sink = new Utf8Sink(inChunks)) {
      for (int i = 0; i < bytes.length; i += 7) {
        sink.write(bytes, i, Math.min(7, bytes.length - i));
      }
    }
    assertEquals(text, inChunks.toString());
  }
}
