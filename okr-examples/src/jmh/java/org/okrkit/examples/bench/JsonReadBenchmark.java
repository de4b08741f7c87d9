package org.okrkit.examples.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.okrkit.json.OkrJson;
import org.okrkit.model.OkrSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reading an OKR document: okr-json's reader (model built, every check made) against Jackson's
 * {@code readTree} of the same bytes (a generic tree, exact decimals) and a raw {@code JsonParser}
 * token loop that brings every string and exact number into Java and builds nothing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JsonReadBenchmark {
  /** Key results in the document. */
  @Param({"10000", "100000"})
  public int keyResults;

  private byte[] document;
  private OkrJson okrJson;
  private ObjectMapper mapper;
  private JsonFactory factory;

  /** Writes the generated organisation as canonical JSON once. */
  @Setup(Level.Trial)
  public void setUp() {
    OkrSet set = Workloads.organisation(keyResults);
    document = OkrJson.defaults().write(set).getBytes(StandardCharsets.UTF_8);
    okrJson = OkrJson.defaults().withLimits(Workloads.limitsFor(document.length));
    mapper = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    factory = mapper.getFactory();
  }

  /** okr-json: bytes to a checked, immutable {@code OkrSet}. */
  @Benchmark
  public OkrSet library() throws IOException {
    return okrJson.read(new ByteArrayInputStream(document));
  }

  /** Jackson's tree model of the same bytes. */
  @Benchmark
  public JsonNode readTree() throws IOException {
    return mapper.readTree(document);
  }

  /** The physical floor: every token, every string and exact number, nothing built. */
  @Benchmark
  public long tokenLoop() throws IOException {
    return tokenLoop(factory, document);
  }

  /** The token loop over {@code document}, shared with {@link JsonReadRun}. */
  static long tokenLoop(JsonFactory factory, byte[] document) throws IOException {
    long sum = 0;
    try (JsonParser p = factory.createParser(document)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.VALUE_STRING || t == JsonToken.FIELD_NAME) {
          sum += p.getText().length();
        } else if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
          sum += p.getDecimalValue().scale();
        } else {
          sum++;
        }
      }
    }
    return sum;
  }
}
