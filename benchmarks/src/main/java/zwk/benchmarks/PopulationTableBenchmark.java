// SPDX-License-Identifier: Apache-2.0
package zwk.benchmarks;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import zwk.model.region.RegionLevel;
import zwk.model.statistics.Sex;
import zwk.profile.indicator.AgeBounds;
import zwk.profile.indicator.Indicators;
import zwk.profile.indicator.PopulationIndicator;
import zwk.profile.indicator.PopulationSnapshot;
import zwk.profile.population.AgeDistribution;
import zwk.profile.population.BandSet;
import zwk.profile.population.PopulationTable;
import zwk.profile.population.PopulationTables;

/**
 * A Germany-sized {@link PopulationTable}: 10,800 municipalities × 30 reference dates × 3 sexes ×
 * 101 single years of age (98.2 million cells). Measures building, iterating every distribution,
 * computing an indicator for every municipality, and aggregating to the Länder. The setup prints
 * the footprint: the bytes of the cell arrays and the retained heap measured after a GC.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar PopulationTableBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class PopulationTableBenchmark {
  static final int REGIONS = 10_800;
  static final int DATES = 30;
  static final BandSet BANDS = BandSet.singleYears(100);

  List<String> regions;
  List<LocalDate> dates;
  PopulationTable table;
  PopulationIndicator oldAgeRatio = Indicators.oldAgeRatio(AgeBounds.DESTATIS);

  /** Keys of 10,800 distinct municipalities spread over 16 Länder and 40 Kreise each. */
  static List<String> municipalityKeys() {
    List<String> keys = new ArrayList<>(REGIONS);
    for (int i = 0; i < REGIONS; i++) {
      keys.add(String.format("%02d0%02d%03d", 1 + i % 16, 1 + (i / 16) % 40, 1 + i / 640));
    }
    return keys;
  }

  static List<LocalDate> dates() {
    List<LocalDate> d = new ArrayList<>(DATES);
    for (int y = 0; y < DATES; y++) {
      d.add(LocalDate.of(1992 + y, 12, 31));
    }
    return d;
  }

  /** Deterministic counts: a smooth age profile varied by region and date. */
  static PopulationTable build(List<String> regions, List<LocalDate> dates) {
    PopulationTable.Builder b = PopulationTable.builder(regions, dates, BANDS);
    for (int r = 0; r < regions.size(); r++) {
      for (int d = 0; d < dates.size(); d++) {
        for (int a = 0; a < BANDS.size(); a++) {
          int base = 10 + (r % 97) + (a < 60 ? 40 : 100 - a) + d;
          b.set(r, d, Sex.MALE, a, base);
          b.set(r, d, Sex.FEMALE, a, base + (a > 70 ? 5 : 0));
        }
      }
    }
    return b.build();
  }

  @Setup(Level.Trial)
  public void setUp() {
    regions = municipalityKeys();
    dates = dates();
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    table = build(regions, dates);
    System.gc();
    long after = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    System.out.printf("%nfootprint: %,d cells, cell arrays %,d bytes (%.1f MiB), retained heap after GC ~%.1f MiB (max heap %.0f MiB)%n",
        (long) table.cellCount(), table.arrayBytes(), table.arrayBytes() / 1048576.0, (after - before) / 1048576.0,
        rt.maxMemory() / 1048576.0);
  }

  /** Builds the whole table (every cell set through the builder, totals derived). */
  @Benchmark
  public PopulationTable buildGermany() {
    return build(regions, dates);
  }

  /** Reads every distribution (10,800 × 30 × 3) and sums it. */
  @Benchmark
  public long iterateAllDistributions() {
    long sum = 0;
    for (int r = 0; r < regions.size(); r++) {
      for (int d = 0; d < dates.size(); d++) {
        for (Sex s : Sex.values()) {
          AgeDistribution dist = table.distribution(r, d, s);
          sum += dist.total().value();
        }
      }
    }
    return sum;
  }

  /** Altenquotient for every municipality at every date (324,000 values). */
  @Benchmark
  public void oldAgeRatioEverywhere(Blackhole bh) {
    for (String r : regions) {
      for (LocalDate d : dates) {
        bh.consume(oldAgeRatio.compute(PopulationSnapshot.of(table, r, d), Sex.TOTAL));
      }
    }
  }

  /** Sums the municipalities into the 16 Länder. */
  @Benchmark
  public PopulationTable aggregateToLaender() {
    return PopulationTables.aggregate(table, RegionLevel.MUNICIPALITY, RegionLevel.STATE);
  }

  /** Regroups single years into the 17 official age groups. */
  @Benchmark
  public PopulationTable regroupTo17Groups() {
    return table.regroup(BandSet.fromLowerBounds(0, 3, 6, 10, 15, 18, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 75));
  }
}
