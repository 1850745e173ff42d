// SPDX-License-Identifier: Apache-2.0
package zwk.profile.indicator;

import java.util.Optional;
import zwk.model.statistics.Sex;
import zwk.profile.population.AgeDistribution;
import zwk.profile.population.BandSet;
import zwk.profile.reason.Reason;

/** Sexualproportion: males per 100 females, over all ages: {@code m / w × 100}. */
final class SexRatio extends PopulationIndicator {

  SexRatio() {
    super("sex_ratio", "Sexualproportion (Männer je 100 Frauen)", "Sex ratio (males per 100 females)", "je 100",
        "Männer insgesamt / Frauen insgesamt × 100", "Destatis (Sexualproportion)");
  }

  /** Ignores {@code sex}: the ratio needs both. */
  @Override
  public IndicatorResult compute(PopulationSnapshot snapshot, Sex sex) {
    Optional<AgeDistribution> m = snapshot.distribution(Sex.MALE);
    Optional<AgeDistribution> f = snapshot.distribution(Sex.FEMALE);
    if (m.isEmpty() || f.isEmpty()) {
      return IndicatorResult.notComputable(Reason.needsBothSexes());
    }
    return IndicatorResult.ratio(m.get().total(), f.get().total(), 100);
  }

  /** Compiled: men's total / women's total × 100, as {@link IndicatorResult#ratio}. */
  @Override
  CompiledIndicator compile(BandSet bands) {
    return new CompiledIndicator() {
      @Override
      public double value(BandSums b) {
        if (b.maleTotal < 0 || b.femaleTotal <= 0) { // a sex not known, or no women
          return CompiledIndicator.NOT_COMPUTABLE;
        }
        return (double) b.maleTotal / b.femaleTotal * 100.0;
      }

      @Override
      public boolean needsSexes() {
        return true;
      }
    };
  }

  @Override
  public IndicatorResult compute(AgeDistribution distribution) {
    return IndicatorResult.notComputable(Reason.needsBothSexes());
  }
}
