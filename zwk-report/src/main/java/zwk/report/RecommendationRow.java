// SPDX-License-Identifier: Apache-2.0
package zwk.report;

import java.util.List;
import java.util.Objects;

/**
 * One recommended tool in the report.
 *
 * @param rank 1 for the best
 * @param title the tool's title
 * @param origin its origin municipality (may be empty)
 * @param score the score
 * @param reasons the parts of the score, each as "points: reason", in the report's language
 */
public record RecommendationRow(int rank, String title, String origin, double score, List<String> reasons) {
  /** Checks the parts. */
  public RecommendationRow {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(origin, "origin");
    reasons = List.copyOf(reasons);
  }
}
