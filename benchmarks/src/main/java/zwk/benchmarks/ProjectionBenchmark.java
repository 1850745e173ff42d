// SPDX-License-Identifier: Apache-2.0
package zwk.benchmarks;

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
import zwk.model.statistics.Sex;
import zwk.profile.population.BandSet;
import zwk.profile.population.PopulationTable;
import zwk.profile.population.PopulationTables;
import zwk.profile.projection.CohortComponentProjection;
import zwk.profile.projection.Cohorts;
import zwk.profile.projection.Fertility;
import zwk.profile.projection.Migration;
import zwk.profile.projection.Mortality;
import zwk.profile.projection.ProjectionResult;
import zwk.profile.projection.ProjectionYear;

/**
 * Cohort-component projection of all ~10,800 municipalities of Germany 20 years ahead, by sex and
 * single year of age (0 … 99, 100+), each with its own start population and net migration, shared
 * mortality (Gompertz-like {@code q_x}) and fertility (TFR 1.55). Measures the projection alone and
 * the projection with the results turned into one rounded {@link PopulationTable} (21 dates).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ProjectionBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class ProjectionBenchmark {
  static final int YEARS = 20;
  static final BandSet BANDS = BandSet.singleYears(100);

  List<String> regions;
  List<Cohorts> starts;
  List<ProjectionYear> assumptions;

  /** Deterministic start populations, mortality, fertility and per-municipality migration. */
  @Setup(Level.Trial)
  public void setUp() {
    regions = PopulationTableBenchmark.municipalityKeys();
    int n = BANDS.size();
    double[] qm = new double[n];
    double[] qf = new double[n];
    for (int x = 0; x < n; x++) {
      qm[x] = Math.min(1, x == 0 ? 0.0035 : 0.0002 + 0.00004 * Math.exp(0.095 * x));
      qf[x] = Math.min(1, x == 0 ? 0.003 : 0.0001 + 0.00002 * Math.exp(0.1 * x));
    }
    qm[n - 1] = qf[n - 1] = 0.6;
    Mortality mortality = Mortality.ofQx(qm, qf);
    double[] rates = new double[35];
    double g = 0;
    for (int a = 15; a <= 49; a++) {
      rates[a - 15] = Math.exp(-Math.pow((a - 31) / 6.5, 2)); // bell-shaped around age 31
      g += rates[a - 15];
    }
    for (int i = 0; i < rates.length; i++) {
      rates[i] *= 1550 / g; // Σ f_a = 1,550 per 1,000 women: TFR 1.55
    }
    Fertility fertility = Fertility.ofRates(15, rates);
    starts = new ArrayList<>(regions.size());
    assumptions = new ArrayList<>(regions.size());
    for (int r = 0; r < regions.size(); r++) {
      double[] m = new double[n];
      double[] f = new double[n];
      for (int x = 0; x < n; x++) {
        double base = 10 + (r % 97) + (x < 60 ? 40 : Math.max(0, 100 - x));
        m[x] = base;
        f[x] = base + (x > 70 ? 5 : 0);
      }
      starts.add(Cohorts.of(BANDS, m, f));
      double[] w = new double[n];
      for (int x = 18; x <= 34; x++) {
        w[x] = 1;
      }
      assumptions.add(ProjectionYear.of(mortality, fertility, Migration.distribute((r % 21) - 10, w, w)));
    }
  }

  /** 10,800 municipalities × 20 years; returns the sum of the final totals. */
  @Benchmark
  public double projectAllMunicipalities() {
    double sum = 0;
    for (int r = 0; r < starts.size(); r++) {
      sum += CohortComponentProjection.project(starts.get(r), assumptions.get(r), YEARS).last().total();
    }
    return sum;
  }

  /** As above, each result rounded into a table (21 dates) and all concatenated into one table. */
  @Benchmark
  public PopulationTable projectAllIntoOneTable() {
    List<PopulationTable> tables = new ArrayList<>(starts.size());
    LocalDate base = LocalDate.of(2021, 12, 31);
    for (int r = 0; r < starts.size(); r++) {
      ProjectionResult p = CohortComponentProjection.project(starts.get(r), assumptions.get(r), YEARS);
      tables.add(p.toTable(regions.get(r), base));
    }
    PopulationTable all = PopulationTables.concat(tables);
    if (all.count(0, YEARS, Sex.TOTAL, 0) < 0) {
      throw new IllegalStateException("negative count");
    }
    return all;
  }
}
