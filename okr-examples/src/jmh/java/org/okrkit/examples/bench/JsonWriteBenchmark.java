package org.okrkit.examples.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.OutputStream;
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
 * Writing an OKR document: okr-json's canonical writer against Jackson writing the document's
 * tree back with its default pretty printer, both into a sink that counts bytes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JsonWriteBenchmark {
  /** Key results in the document. */
  @Param({"10000", "100000"})
  public int keyResults;

  private OkrSet set;
  private JsonNode tree;
  private ObjectWriter treeWriter;
  private final OkrJson okrJson = OkrJson.defaults();

  /** Generates the organisation and its JSON tree once. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    set = Workloads.organisation(keyResults);
    ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    tree = mapper.readTree(okrJson.write(set));
    treeWriter = mapper.writerWithDefaultPrettyPrinter();
  }

  /** okr-json: the canonical pretty document. */
  @Benchmark
  public long library() throws IOException {
    CountingSink sink = new CountingSink();
    okrJson.write(set, sink);
    return sink.count;
  }

  /** Jackson: the same document's tree written back. */
  @Benchmark
  public long treeWriteBack() throws IOException {
    CountingSink sink = new CountingSink();
    treeWriter.writeValue(sink, tree);
    return sink.count;
  }

  /** Discards bytes, counting them so the work cannot be optimised away. */
  static final class CountingSink extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
