// SPDX-License-Identifier: Apache-2.0
/**
 * zwk's domain model: immutable, validated value types (Immutables) for municipalities, action
 * fields, tools, stages, participation, profiles, the Werkstattplan and programmes, plus the
 * exception root and typed diagnostics every zwk module uses.
 *
 * <p>Exports every API package; {@code zwk.model.internal} (shared invariant checks) stays
 * inside. The packages whose types carry Jakarta constraints or {@code @Valid} cascades are opened
 * to Hibernate Validator only, which reads them reflectively for the strategy validator.
 */
module zwk.model {
  requires jakarta.validation;
  requires static org.immutables.value;
  requires static org.jspecify;

  exports zwk.model;
  exports zwk.model.catalogue;
  exports zwk.model.check;
  exports zwk.model.common;
  exports zwk.model.council;
  exports zwk.model.diagnostic;
  // the metamodel (MetaType, ModelMetamodel) that zwk-io's JSON binding and the testkit read
  exports zwk.model.meta;
  exports zwk.model.participation;
  exports zwk.model.plan;
  exports zwk.model.profile;
  exports zwk.model.programme;
  exports zwk.model.region;
  exports zwk.model.sample;
  exports zwk.model.stage;
  exports zwk.model.statistics;
  exports zwk.model.strategy;
  exports zwk.model.toolbox;

  opens zwk.model.catalogue to org.hibernate.validator;
  opens zwk.model.participation to org.hibernate.validator;
  opens zwk.model.plan to org.hibernate.validator;
  opens zwk.model.profile to org.hibernate.validator;
  opens zwk.model.region to org.hibernate.validator;
  opens zwk.model.strategy to org.hibernate.validator;
  opens zwk.model.toolbox to org.hibernate.validator;
}
