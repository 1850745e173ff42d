// SPDX-License-Identifier: Apache-2.0
/**
 * Demographic analysis for the Kommunalprofil: population tables, indicators, vital statistics,
 * reference comparison, SWOT derivation and population projection. Pure computation, no I/O.
 */
module zwk.profile {
  requires transitive zwk.model;
  requires static org.jspecify;

  exports zwk.profile;
  exports zwk.profile.compare;
  exports zwk.profile.indicator;
  exports zwk.profile.population;
  exports zwk.profile.projection;
  exports zwk.profile.projection.assumption;
  exports zwk.profile.reason;
  exports zwk.profile.recommend;
  exports zwk.profile.similarity;
  exports zwk.profile.swot;
  exports zwk.profile.typology;
  exports zwk.profile.vital;
}
