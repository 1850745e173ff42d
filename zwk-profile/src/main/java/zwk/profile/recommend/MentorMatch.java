// SPDX-License-Identifier: Apache-2.0
package zwk.profile.recommend;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A suggested mentor.
 *
 * @param rank 1 for the first
 * @param mentor the candidate
 * @param proximity same cluster, same Land or elsewhere (the first sort key)
 * @param score the sum of the parts' points (the second sort key)
 * @param parts the named parts
 */
public record MentorMatch(int rank, MentorCandidate mentor, Proximity proximity, double score, List<ScorePart> parts) {

  /** Where the mentor is, seen from the mentee: the matcher lists nearer ones first. */
  public enum Proximity {
    /** In the same regional cluster of the programme network. */
    SAME_CLUSTER,
    /** In the same Land (and not the same cluster). */
    SAME_STATE,
    /** Elsewhere. */
    ELSEWHERE
  }

  /** Checks the parts. */
  public MentorMatch {
    Objects.requireNonNull(mentor, "mentor");
    Objects.requireNonNull(proximity, "proximity");
    parts = List.copyOf(parts);
  }

  /** The reasons in {@code locale}, joined with {@code "; "}. */
  public String reasons(Locale locale) {
    return parts.stream().map(p -> p.reason(locale)).collect(Collectors.joining("; "));
  }
}
