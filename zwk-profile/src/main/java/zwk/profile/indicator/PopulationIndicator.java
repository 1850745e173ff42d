// SPDX-License-Identifier: Apache-2.0
package zwk.profile.indicator;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import zwk.model.statistics.Sex;
import zwk.profile.population.AgeDistribution;
import zwk.profile.population.BandSet;
import zwk.profile.reason.Reason;

/** An indicator computed from the age distribution of one region, date and sex. */
public abstract class PopulationIndicator extends IndicatorDefinition {

  /** See {@link IndicatorDefinition}. */
  protected PopulationIndicator(String id, String germanName, String englishName, String unit, String formula, String source) {
    super(id, germanName, englishName, unit, formula, source);
  }

  /**
   * The indicator for one sex ({@link Sex#TOTAL} for everybody); "not computable" with a reason when
   * the distribution is absent, incomplete where it matters, or a denominator is 0.
   */
  public IndicatorResult compute(PopulationSnapshot snapshot, Sex sex) {
    Optional<AgeDistribution> d = snapshot.distribution(sex);
    if (d.isEmpty()) {
      return IndicatorResult.notComputable(Reason.noDistribution(sex));
    }
    return compute(d.get());
  }

  /** The indicator on one age distribution. */
  public abstract IndicatorResult compute(AgeDistribution distribution);

  /**
   * This indicator compiled for {@code bands} (for {@link IndicatorBatch}), or null when it has no
   * compiled form (the batch then calls {@link #compute(PopulationSnapshot, Sex)}). Package-private:
   * only zwk's own indicators (final classes of this package) are compiled, so a subclass elsewhere
   * that overrides {@code compute} is always computed by its own code.
   */
  @Nullable CompiledIndicator compile(BandSet bands) {
    return null;
  }
}
