// SPDX-License-Identifier: Apache-2.0
package zwk.profile.indicator;

import java.util.Optional;
import zwk.model.statistics.Sex;
import zwk.profile.population.AgeDistribution;
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

  @Override
  public IndicatorResult compute(AgeDistribution distribution) {
    return IndicatorResult.notComputable(Reason.needsBothSexes());
  }
}
