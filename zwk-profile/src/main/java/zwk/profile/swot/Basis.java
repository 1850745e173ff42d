// SPDX-License-Identifier: Apache-2.0
package zwk.profile.swot;

/**
 * What a {@link ThresholdRule} compares: the region's value itself, its difference to the Land,
 * to Germany or to the median of its peers, or its percentile rank among the peers.
 */
public enum Basis {
  /** The region's own value. */
  VALUE,
  /** Own value − Land value (in the indicator's unit, e.g. points). */
  DIFFERENCE_TO_STATE,
  /** Own value − Germany's value. */
  DIFFERENCE_TO_GERMANY,
  /** Own value − the median of the peers ({@link zwk.profile.compare.Comparison#peerMedian()}). */
  DIFFERENCE_TO_PEERS,
  /** Percentile rank among the peers, 0–100 ({@link zwk.profile.compare.Percentiles#rank}). */
  PERCENTILE_AMONG_PEERS
}
