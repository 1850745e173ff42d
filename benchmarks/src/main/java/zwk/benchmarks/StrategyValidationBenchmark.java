// SPDX-License-Identifier: Apache-2.0
package zwk.benchmarks;

import java.time.LocalDate;
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
import zwk.model.sample.SampleStrategies;
import zwk.model.strategy.MunicipalStrategy;
import zwk.strategy.StrategyValidator;
import zwk.strategy.ValidationReport;

/**
 * Validating a strategy with the full catalogue (Hibernate Validator field constraints plus all
 * cross-object rules): the bundled Barleben example and a synthetic strategy with 10,000 measures.
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar StrategyValidationBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StrategyValidationBenchmark {
  private StrategyValidator validator;
  private MunicipalStrategy barleben;
  private MunicipalStrategy large;
  private MunicipalStrategy largeParallel;

  /** Builds the validator and the two strategies once. */
  @Setup
  public void setUp() {
    validator = StrategyValidator.builder().referenceDate(LocalDate.of(2024, 6, 30)).build();
    barleben = SampleStrategies.barleben();
    large = LargeStrategies.withMeasures(10_000, false);
    largeParallel = LargeStrategies.withMeasures(10_000, true);
  }

  /** The Barleben example (4 measures). */
  @Benchmark
  public ValidationReport barleben() {
    return validator.validate(barleben);
  }

  /** 10,000 coordinated measures (about 1,000 findings). */
  @Benchmark
  public ValidationReport tenThousandMeasures() {
    return validator.validate(large);
  }

  /** 10,000 measures with rotating leads (about 50,000 parallel-structure findings). */
  @Benchmark
  public ValidationReport tenThousandMeasuresManyParallel() {
    return validator.validate(largeParallel);
  }
}
