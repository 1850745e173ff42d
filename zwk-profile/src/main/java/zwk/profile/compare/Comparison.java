// SPDX-License-Identifier: Apache-2.0
package zwk.profile.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import zwk.model.profile.IndicatorValue;
import zwk.model.profile.ReferenceValue;
import zwk.model.region.RegionLevel;
import zwk.profile.indicator.IndicatorResult;

/**
 * One indicator for one region beside its reference regions, with the percentile rank among peers.
 */
public final class Comparison {
  private final String indicatorId;
  private final String regionKey;
  private final LocalDate date;
  private final IndicatorResult own;
  private final List<Reference> references;
  private final String peerGroupId;
  private final double peerMedian;
  private final double percentile;
  private final int peerCount;

  Comparison(String indicatorId, String regionKey, LocalDate date, IndicatorResult own, List<Reference> references,
      String peerGroupId, double peerMedian, double percentile, int peerCount) {
    this.indicatorId = Objects.requireNonNull(indicatorId, "indicatorId");
    this.regionKey = Objects.requireNonNull(regionKey, "regionKey");
    this.date = date;
    this.own = Objects.requireNonNull(own, "own");
    this.references = List.copyOf(references);
    this.peerGroupId = peerGroupId;
    this.peerMedian = peerMedian;
    this.percentile = percentile;
    this.peerCount = peerCount;
  }

  /** A comparison without references or peers (e.g. for an indicator only the region has). */
  public static Comparison ownOnly(String indicatorId, String regionKey, LocalDate date, IndicatorResult own) {
    return new Comparison(indicatorId, regionKey, date, own, List.of(), null, Double.NaN, Double.NaN, 0);
  }

  /** Indicator id. */
  public String indicatorId() {
    return indicatorId;
  }

  /** The profiled region. */
  public String regionKey() {
    return regionKey;
  }

  /** Reference date; empty when unknown. */
  public Optional<LocalDate> date() {
    return Optional.ofNullable(date);
  }

  /** The region's own value. */
  public IndicatorResult own() {
    return own;
  }

  /** The reference regions, finest first (Kreis, Land, Germany). */
  public List<Reference> references() {
    return references;
  }

  /** The reference of one level, if present. */
  public Optional<Reference> reference(RegionLevel level) {
    return references.stream().filter(r -> r.level() == level).findFirst();
  }

  /** {@code own − reference(level)}, when both are computable. */
  public OptionalDouble differenceTo(RegionLevel level) {
    return reference(level).map(Reference::difference).orElse(OptionalDouble.empty());
  }

  /** Percentile rank among peers (0–100), when the own value and at least one peer are computable. */
  public OptionalDouble percentile() {
    return peerCount > 0 && own.isComputable() ? OptionalDouble.of(percentile) : OptionalDouble.empty();
  }

  /** Number of peers with a computable value. */
  public int peerCount() {
    return peerCount;
  }

  /** Median of the peers' values, when there are peers. */
  public OptionalDouble peerMedian() {
    return peerCount > 0 ? OptionalDouble.of(peerMedian) : OptionalDouble.empty();
  }

  /**
   * The model's value: own value (or reason), one {@link ReferenceValue} per computable reference,
   * and one for the peer group ({@code peers:<id>}: value = peer median, percentile = the region's
   * rank). A reason is written in German; see {@link #toIndicatorValue(Locale)}.
   */
  public IndicatorValue toIndicatorValue() {
    return toIndicatorValue(Locale.GERMAN);
  }

  /**
   * As {@link #toIndicatorValue()}, with a "not computable" reason written in {@code locale}
   * (English for {@code en}, German otherwise).
   */
  public IndicatorValue toIndicatorValue(Locale locale) {
    List<ReferenceValue> refs = new ArrayList<>();
    for (Reference r : references) {
      if (r.value().isComputable()) {
        refs.add(ReferenceValue.builder().regionKey(r.regionKey()).value(r.value().value()).build());
      }
    }
    if (percentile().isPresent()) {
      refs.add(ReferenceValue.builder().regionKey("peers:" + peerGroupId).value(peerMedian).percentile(percentile).build());
    }
    return own.toIndicatorValue(indicatorId, regionKey, date, locale).withReferences(refs);
  }

  @Override
  public String toString() {
    return indicatorId + "@" + regionKey + "=" + own + " " + references;
  }
}
