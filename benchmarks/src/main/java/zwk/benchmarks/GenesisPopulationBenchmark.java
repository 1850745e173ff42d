// SPDX-License-Identifier: Apache-2.0
package zwk.benchmarks;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import zwk.io.genesis.GenesisReader;
import zwk.profile.population.PopulationTable;
import zwk.profile.population.PopulationTables;
import zwk.profile.population.StatisticsImport;

/**
 * File → {@link PopulationTable}: the direct path ({@code GenesisReader.readPopulation}) against the
 * record path ({@code GenesisReader.read} then {@code PopulationTables.fromStatistics}), on a
 * municipality-sized file in the GENESIS-Online 12411-0018 layout written in the setup the way
 * {@code ../shared/bench/make_scaled.py} writes it (each real Kreis row split into 26 municipalities
 * with 8-digit keys, {@code dates} reference dates; counts divided, no jitter). Throughput in MB/s =
 * the printed file size / the time per operation.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar GenesisPopulationBenchmark -p dataDir=/path/to/shared/data}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class GenesisPopulationBenchmark {
  @Param({"../shared/data"})
  public String dataDir;

  /** Reference dates: 5 = 1/4 of the issue-10 workload (9 MB), 20 = the workload (36 MB). */
  @Param({"5"})
  public int dates;

  private Path file;

  @Setup
  public void write() throws IOException {
    List<String> lines = Files.readAllLines(Path.of(dataDir, "genesis/12411-0018_kreise_2019.csv"),
        StandardCharsets.ISO_8859_1);
    List<String> head = new ArrayList<>();
    List<String[]> rows = new ArrayList<>();
    List<String> foot = new ArrayList<>();
    for (String l : lines) {
      if (l.startsWith("31.12.2019;")) {
        String[] f = l.split(";", -1);
        boolean numeric = true;
        for (int c = 3; c < 37 && numeric; c++) {
          numeric = f[c].matches("\\d+");
        }
        if (numeric) {
          rows.add(f);
        }
      } else if (rows.isEmpty()) {
        head.add(l);
      } else {
        foot.add(l);
      }
    }
    int per = Math.max(1, 10800 / rows.size());
    file = Files.createTempFile("zwk-genesis-bench", ".csv");
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.ISO_8859_1)) {
      for (String h : head) {
        w.write(h + "\r\n");
      }
      for (int d = 0; d < dates; d++) {
        String date = "31.12." + (2019 - dates + 1 + d);
        for (String[] f : rows) {
          String key = "0".repeat(Math.max(0, 5 - f[1].length())) + f[1];
          for (int j = 1; j <= per; j++) {
            StringBuilder sb = new StringBuilder(date).append(';').append(key).append(String.format("%03d", j))
                .append(';').append(f[2]).append(' ').append(j);
            for (int c = 3; c < 37; c++) {
              sb.append(';').append(Long.parseLong(f[c]) / per);
            }
            w.write(sb.append("\r\n").toString());
          }
        }
      }
      for (String l : foot) {
        w.write(l + "\r\n");
      }
    }
    System.out.printf("%nGenesisPopulationBenchmark: %s, %.1f MB%n", file, Files.size(file) / 1e6);
  }

  @TearDown
  public void delete() throws IOException {
    Files.deleteIfExists(file);
  }

  @Benchmark
  public PopulationTable direct() {
    return GenesisReader.readPopulation(file, StatisticsImport.defaults()).table();
  }

  @Benchmark
  public PopulationTable viaRecords() {
    return PopulationTables.fromStatistics(GenesisReader.read(file), StatisticsImport.defaults());
  }
}
