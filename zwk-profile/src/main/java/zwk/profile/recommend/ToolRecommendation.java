// SPDX-License-Identifier: Apache-2.0
package zwk.profile.recommend;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import zwk.model.toolbox.Tool;

/**
 * A recommended tool: its rank, its score and the named parts the score is the sum of.
 *
 * @param rank 1 for the best
 * @param tool the tool
 * @param score the sum of the parts' points
 * @param parts the parts, in the order action field, target group, size, type, origin similarity
 */
public record ToolRecommendation(int rank, Tool tool, double score, List<ScorePart> parts) {

  /** Checks the parts. */
  public ToolRecommendation {
    Objects.requireNonNull(tool, "tool");
    parts = List.copyOf(parts);
  }

  /** The reasons in {@code locale}, joined with {@code "; "}. */
  public String reasons(Locale locale) {
    return parts.stream().map(p -> p.reason(locale)).collect(Collectors.joining("; "));
  }
}
