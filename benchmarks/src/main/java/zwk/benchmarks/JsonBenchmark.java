// SPDX-License-Identifier: Apache-2.0
package zwk.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Collections;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import zwk.io.json.DocumentStream;
import zwk.io.json.ZwkJson;
import zwk.model.sample.SampleStrategies;
import zwk.model.strategy.MunicipalStrategy;

/**
 * JSON documents (zwk-io): reading and writing the Barleben strategy (about 15 KB), and streaming
 * an array of 1,000 Barleben strategies; as the reference, Jackson's own tree model parses and writes
 * the same bytes ({@code jacksonTree*}: no binding, no checks, so a floor for what a binding can reach;
 * the ratios zwk/Jackson are what {@code docs/performance.md} records, since the machine is shared;
 * {@link JsonCpuTimeRatio} times the same operations by CPU time when the machine is loaded).
 * Run with
 * {@code java -jar benchmarks/target/benchmarks.jar JsonBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JsonBenchmark {

  /** Number of strategies in the streamed array. */
  static final int ARRAY_SIZE = 1_000;

  private MunicipalStrategy barleben;
  private byte[] barlebenJson;
  private byte[] arrayJson;
  private JsonMapper mapper;
  private JsonNode barlebenTree;

  /** Prepares the documents. */
  @Setup
  public void setUp() {
    barleben = SampleStrategies.barleben();
    barlebenJson = ZwkJson.writeBytes(barleben);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ZwkJson.writeArray(Collections.nCopies(ARRAY_SIZE, barleben), out);
    arrayJson = out.toByteArray();
    mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    barlebenTree = mapper.readTree(barlebenJson);
  }

  /** Reference: Jackson parses the same bytes into its tree model. */
  @Benchmark
  public JsonNode jacksonTreeReadBarleben() {
    return mapper.readTree(barlebenJson);
  }

  /** Reference: Jackson writes that tree (indented, as zwk's canonical output is). */
  @Benchmark
  public byte[] jacksonTreeWriteBarleben() {
    return mapper.writeValueAsBytes(barlebenTree);
  }

  /** Reads the Barleben strategy from UTF-8 bytes (strict mode, default limits). */
  @Benchmark
  public MunicipalStrategy readBarleben() {
    return ZwkJson.read(barlebenJson, MunicipalStrategy.class);
  }

  /** Writes the Barleben strategy as canonical UTF-8 JSON. */
  @Benchmark
  public byte[] writeBarleben() {
    return ZwkJson.writeBytes(barleben);
  }

  /** Reference for the stream: Jackson parses the same array of 1,000 strategies into one tree. */
  @Benchmark
  public JsonNode jacksonTreeReadThousandStrategies() {
    return mapper.readTree(arrayJson);
  }

  /** Streams an array of 1,000 Barleben strategies, one element at a time. */
  @Benchmark
  public int streamThousandStrategies() {
    int n = 0;
    try (DocumentStream<MunicipalStrategy> s = ZwkJson.stream(new ByteArrayInputStream(arrayJson), MunicipalStrategy.class)) {
      while (s.hasNext()) {
        n += s.next().plan().isPresent() ? 1 : 0;
      }
    }
    return n;
  }
}
