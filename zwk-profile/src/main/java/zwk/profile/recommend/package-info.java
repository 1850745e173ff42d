// SPDX-License-Identifier: Apache-2.0
/**
 * Recommendation: tools of the Werkzeugkoffer for a profile's weaknesses and threats
 * ({@link zwk.profile.recommend.ToolRecommender}) and mentors among programme municipalities
 * ({@link zwk.profile.recommend.MentorMatcher}). Every score is a sum of named parts
 * ({@link zwk.profile.recommend.ScorePart}), each with its reason in German and English.
 */
@NullMarked
package zwk.profile.recommend;

import org.jspecify.annotations.NullMarked;
