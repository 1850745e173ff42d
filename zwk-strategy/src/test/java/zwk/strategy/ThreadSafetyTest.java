// SPDX-License-Identifier: Apache-2.0
package zwk.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import zwk.model.sample.SampleStrategies;

/** One validator, many threads: every thread gets the same report. */
class ThreadSafetyTest {

  @Test
  void sharedValidatorGivesEqualReportsOnAllThreads() throws Exception {
    StrategyValidator v = Fixtures.validator();
    ValidationReport expected = v.validate(SampleStrategies.barleben());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<ValidationReport>> futures = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        futures.add(pool.submit(() -> v.validate(SampleStrategies.barleben())));
      }
      for (Future<ValidationReport> f : futures) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
