// SPDX-License-Identifier: Apache-2.0
package zwk.model.profile;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import zwk.model.ZwkStyle;

/**
 * The Kommunalprofil (stage 2 of the Fünfstufen-Systematik): official statistics as indicator
 * values with reference values, the inventory of existing measures (<em>Bestandsaufnahme</em>), the
 * findings of qualitative interviews and a one-to-two-page SWOT that names candidate action fields.
 */
@Value.Immutable
@ZwkStyle
abstract class MunicipalProfileDef {

  /** Key (AGS/ARS) of the profiled region. */
  abstract Optional<String> regionKey();

  /** Name of the profiled region. */
  abstract Optional<String> regionName();

  /** Date the profile was compiled (<em>Stand</em>); the validator checks its age. */
  abstract Optional<LocalDate> asOf();

  /** Definitions of the indicators used (so a document explains itself). */
  abstract List<Indicator> indicators();

  /** Indicator values with references. */
  abstract List<IndicatorValue> indicatorValues();

  /** Inventory of existing measures. */
  abstract List<ExistingMeasure> inventory();

  /** Number of qualitative interviews held (no names: personal data stays out). */
  abstract Optional<Integer> interviewCount();

  /** Key findings of the interviews, as free text. */
  abstract List<String> interviewFindings();

  /** The SWOT. */
  abstract List<SwotEntry> swot();

  /** The most similar regions (zwk-profile's similarity model), nearest first. */
  abstract List<PeerRegion> peers();

  /** Tools of the Werkzeugkoffer recommended for the weaknesses and threats, best first. */
  abstract List<RecommendedTool> recommendedTools();

  /** The entries of one category. */
  public List<SwotEntry> swot(SwotCategory category) {
    return swot().stream().filter(e -> e.category() == category).collect(java.util.stream.Collectors.toList());
  }

  /** The value of an indicator, if present. */
  public Optional<IndicatorValue> indicatorValue(String indicatorId) {
    return indicatorValues().stream().filter(v -> v.indicatorId().equals(indicatorId)).findFirst();
  }

  @Value.Check
  void check() {
    if (interviewCount().isPresent() && interviewCount().get() < 0) {
      throw new IllegalArgumentException("interviewCount: expected >= 0, got " + interviewCount().get());
    }
  }
}
