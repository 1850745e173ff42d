// SPDX-License-Identifier: Apache-2.0
/**
 * Similarity of regions (<em>vergleichbare Kommunen</em>): a profile vector of indicators per region
 * ({@link zwk.profile.similarity.FeatureMatrix}), standardised over the comparison set
 * ({@link zwk.profile.similarity.Standardisation}), a weighted distance
 * ({@link zwk.profile.similarity.SimilarityModel}) and the k nearest peers with the indicators that
 * bring each peer close and those that keep it apart ({@link zwk.profile.similarity.Peer}).
 */
@NullMarked
package zwk.profile.similarity;

import org.jspecify.annotations.NullMarked;
