// SPDX-License-Identifier: Apache-2.0
package zwk.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Collections;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import zwk.io.json.DocumentStream;
import zwk.io.json.ZwkJson;
import zwk.model.sample.SampleStrategies;
import zwk.model.strategy.MunicipalStrategy;

/**
 * The ratios of {@link JsonBenchmark} (zwk against Jackson's tree on the same bytes) on a shared,
 * loaded machine: both sides are timed by the thread's CPU time, not the wall clock, alternating in
 * rounds within one JVM, and the median of the per-round ratios is printed. Run with
 * {@code java -cp benchmarks/target/benchmarks.jar zwk.benchmarks.JsonCpuTimeRatio read 1000 21}
 * ({@code read}, {@code write} or {@code stream}; operations per round; rounds). {@code tokenize}
 * times, instead of a zwk read, only walking the tokens of the same bytes with a parser configured as
 * zwk's (names interned, no duplicate detection; every string and number taken), the floor of any
 * binding on that parser. An optional fourth argument is the number of warm-up rounds (default 3): the
 * default figure includes part of the JIT warm-up (a round of 1,000 reads is about 0.1 s), a larger one
 * (e.g. {@code read 2000 15 30}) gives the steady state.
 */
public final class JsonCpuTimeRatio {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private JsonCpuTimeRatio() {}

  /**
   * Prints the median ratio zwk / Jackson.
   *
   * @param args what ({@code read}, {@code write}, {@code stream}, {@code tokenize}), operations per round,
   *     rounds, and optionally warm-up rounds (default 3)
   */
  public static void main(String[] args) {
    MunicipalStrategy barleben = SampleStrategies.barleben();
    byte[] json = ZwkJson.writeBytes(barleben);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ZwkJson.writeArray(Collections.nCopies(JsonBenchmark.ARRAY_SIZE, barleben), out);
    byte[] array = out.toByteArray();
    JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    JsonNode tree = mapper.readTree(json);
    String what = args[0];
    int n = Integer.parseInt(args[1]);
    int rounds = Integer.parseInt(args[2]);
    int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 3;
    Runnable zwk;
    Runnable jackson;
    switch (what) {
      case "read":
        zwk = () -> ZwkJson.read(json, MunicipalStrategy.class);
        jackson = () -> mapper.readTree(json);
        break;
      case "tokenize":
        JsonFactory factory = JsonFactory.builder().enable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES)
            .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        zwk = () -> {
          try (JsonParser p = factory.createParser(ObjectReadContext.empty(), json)) {
            p.nextToken();
            walk(p);
          }
        };
        jackson = () -> mapper.readTree(json);
        break;
      case "write":
        zwk = () -> ZwkJson.writeBytes(barleben);
        jackson = () -> mapper.writeValueAsBytes(tree);
        break;
      case "stream":
        zwk = () -> {
          try (DocumentStream<MunicipalStrategy> s = ZwkJson.stream(new ByteArrayInputStream(array),
              MunicipalStrategy.class)) {
            while (s.hasNext()) {
              s.next();
            }
          }
        };
        jackson = () -> mapper.readTree(array);
        break;
      default:
        throw new IllegalArgumentException("what: expected read, write, stream or tokenize, got " + what);
    }
    for (int w = 0; w < warmUp; w++) {
      time(zwk, n);
      time(jackson, n);
    }
    double[] ratios = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      ratios[r] = (double) time(zwk, n) / time(jackson, n);
    }
    Arrays.sort(ratios);
    System.out.printf("%s zwk/Jackson (CPU time): median %.2f, min %.2f, max %.2f%n", what, ratios[rounds / 2],
        ratios[0], ratios[rounds - 1]);
  }

  private static Object sink;

  /** Walks the value at the current token as a binding does: names, then values; strings and numbers taken. */
  private static void walk(JsonParser p) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      String name;
      while ((name = p.nextName()) != null) {
        sink = name;
        p.nextToken();
        walk(p);
      }
    } else if (t == JsonToken.START_ARRAY) {
      while (p.nextToken() != JsonToken.END_ARRAY) {
        walk(p);
      }
    } else if (t == JsonToken.VALUE_STRING) {
      sink = p.getString();
    } else if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      sink = p.getNumberValue();
    }
  }

  private static long time(Runnable op, int n) {
    long t0 = THREADS.getCurrentThreadCpuTime();
    for (int i = 0; i < n; i++) {
      op.run();
    }
    return THREADS.getCurrentThreadCpuTime() - t0;
  }
}
