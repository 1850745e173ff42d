// SPDX-License-Identifier: Apache-2.0
package zwk.profile.typology;

/**
 * The type of one region and how sure it is.
 *
 * @param key the region
 * @param type the type number
 * @param distance distance to the type's centroid (the {@link zwk.profile.similarity.SimilarityModel}
 *     distance, in units of the standardised features): the confidence, smaller is surer
 * @param given true when the type was given (an official typology), false when zwk assigned the
 *     nearest type
 */
public record TypeAssignment(String key, int type, double distance, boolean given) {}
