// SPDX-License-Identifier: Apache-2.0
package zwk.model.profile;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import zwk.model.ZwkStyle;

/**
 * A tool of the Werkzeugkoffer recommended for the profile's weaknesses and threats, with its score
 * (the sum of named parts) and the reasons, one per part, in German and English.
 *
 * <p>Invariants: rank ≥ 1; the score is finite.
 */
@Value.Immutable
@ZwkStyle
abstract class RecommendedToolDef {

  /** 1 for the best. */
  abstract int rank();

  /** Id of the tool in its toolbox. */
  abstract String toolId();

  /** Title of the tool. */
  abstract Optional<String> title();

  /** The score. */
  abstract double score();

  /** The reasons in German, one per part of the score. */
  abstract List<String> reasons();

  /** The reasons in English. */
  abstract List<String> reasonsEnglish();

  @Value.Check
  void check() {
    if (rank() < 1) {
      throw new IllegalArgumentException("rank: expected >= 1, got " + rank());
    }
    if (!Double.isFinite(score())) {
      throw new IllegalArgumentException("score: expected a finite number, got " + score());
    }
  }
}
