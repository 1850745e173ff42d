// SPDX-License-Identifier: Apache-2.0
package zwk.io.json;

import static zwk.io.json.Codecs.DATE;
import static zwk.io.json.Codecs.DOUBLE;
import static zwk.io.json.Codecs.INT;
import static zwk.io.json.Codecs.STRING;

import tools.jackson.databind.node.ObjectNode;
import zwk.profile.projection.assumption.FertilityAssumption;
import zwk.profile.projection.assumption.MigrationAssumption;
import zwk.profile.projection.assumption.MortalityAssumption;
import zwk.profile.projection.assumption.MortalityMethod;
import zwk.profile.projection.assumption.ProjectionAssumptions;
import zwk.profile.projection.assumption.YearValue;

/**
 * The binding of {@code zwk.projection-assumptions} (zwk-profile's {@link ProjectionAssumptions}),
 * kept apart from {@code ModelCodecs} so that it moves on its own when the bindings are generated
 * from a metamodel. Property names are the accessor names, as everywhere.
 *
 * <p>Version 2 (this binding) added {@code mortality.method} and {@code mortality.improvementMale} /
 * {@code improvementFemale}; {@link #V1_TO_V2} reads version 1 documents, whose mortality was always
 * proportional. The version was raised (instead of only adding an optional property) so that a zwk
 * that knows only version 1 refuses a document with an improvement pattern ("a newer zwk is needed")
 * rather than skipping the unknown properties and projecting with the proportional method.
 */
final class ProjectionAssumptionCodecs {
  private ProjectionAssumptionCodecs() {}

  static final ObjectCodec<YearValue, YearValue.Builder> YEAR_VALUE = ObjectCodec.of(YearValue.class, YearValue::builder,
          YearValue.Builder::build)
      .required("year", INT, YearValue::year, YearValue.Builder::year)
      .required("value", DOUBLE, YearValue::value, YearValue.Builder::value)
      .optional("source", STRING, YearValue::source, YearValue.Builder::source)
      .build();

  static final ObjectCodec<FertilityAssumption, FertilityAssumption.Builder> FERTILITY = ObjectCodec.of(
          FertilityAssumption.class, FertilityAssumption::builder, FertilityAssumption.Builder::build)
      .list("totalFertilityRate", YEAR_VALUE, FertilityAssumption::totalFertilityRate, FertilityAssumption.Builder::totalFertilityRate)
      .required("scheduleFromAge", INT, FertilityAssumption::scheduleFromAge, FertilityAssumption.Builder::scheduleFromAge)
      .list("schedulePer1000", DOUBLE, FertilityAssumption::schedulePer1000, FertilityAssumption.Builder::schedulePer1000)
      .defaulted("timingShiftPerYear", DOUBLE, FertilityAssumption::timingShiftPerYear,
          FertilityAssumption.Builder::timingShiftPerYear)
      .defaulted("sexRatioAtBirth", DOUBLE, FertilityAssumption::sexRatioAtBirth, FertilityAssumption.Builder::sexRatioAtBirth)
      .optional("source", STRING, FertilityAssumption::source, FertilityAssumption.Builder::source)
      .build();

  static final ObjectCodec<MortalityAssumption, MortalityAssumption.Builder> MORTALITY = ObjectCodec.of(
          MortalityAssumption.class, MortalityAssumption::builder, MortalityAssumption.Builder::build)
      .list("lifeExpectancyMale", YEAR_VALUE, MortalityAssumption::lifeExpectancyMale, MortalityAssumption.Builder::lifeExpectancyMale)
      .list("lifeExpectancyFemale", YEAR_VALUE, MortalityAssumption::lifeExpectancyFemale,
          MortalityAssumption.Builder::lifeExpectancyFemale)
      .list("baseQxMale", DOUBLE, MortalityAssumption::baseQxMale, MortalityAssumption.Builder::baseQxMale)
      .list("baseQxFemale", DOUBLE, MortalityAssumption::baseQxFemale, MortalityAssumption.Builder::baseQxFemale)
      .defaulted("method", Codecs.enumOf(MortalityMethod.class), MortalityAssumption::method, MortalityAssumption.Builder::method)
      .list("improvementMale", DOUBLE, MortalityAssumption::improvementMale, MortalityAssumption.Builder::improvementMale)
      .list("improvementFemale", DOUBLE, MortalityAssumption::improvementFemale, MortalityAssumption.Builder::improvementFemale)
      .optional("source", STRING, MortalityAssumption::source, MortalityAssumption.Builder::source)
      .build();

  static final ObjectCodec<MigrationAssumption, MigrationAssumption.Builder> MIGRATION = ObjectCodec.of(
          MigrationAssumption.class, MigrationAssumption::builder, MigrationAssumption.Builder::build)
      .list("netMigration", YEAR_VALUE, MigrationAssumption::netMigration, MigrationAssumption.Builder::netMigration)
      .list("profileMale", DOUBLE, MigrationAssumption::profileMale, MigrationAssumption.Builder::profileMale)
      .list("profileFemale", DOUBLE, MigrationAssumption::profileFemale, MigrationAssumption.Builder::profileFemale)
      .optional("source", STRING, MigrationAssumption::source, MigrationAssumption.Builder::source)
      .build();

  /** Version 1 → 2: the mortality of a version 1 document is proportional; say so explicitly. */
  static final DocumentMigration V1_TO_V2 = doc -> {
    if (doc.get("mortality") instanceof ObjectNode m && !m.has("method")) {
      m.put("method", MortalityMethod.PROPORTIONAL.name());
    }
    return doc;
  };

  static final ObjectCodec<ProjectionAssumptions, ProjectionAssumptions.Builder> ASSUMPTIONS = ObjectCodec.of(
          ProjectionAssumptions.class, ProjectionAssumptions::builder, ProjectionAssumptions.Builder::build)
      .required("id", STRING, ProjectionAssumptions::id, ProjectionAssumptions.Builder::id)
      .optional("name", STRING, ProjectionAssumptions::name, ProjectionAssumptions.Builder::name)
      .required("baseDate", DATE, ProjectionAssumptions::baseDate, ProjectionAssumptions.Builder::baseDate)
      .required("fertility", FERTILITY, ProjectionAssumptions::fertility, ProjectionAssumptions.Builder::fertility)
      .required("mortality", MORTALITY, ProjectionAssumptions::mortality, ProjectionAssumptions.Builder::mortality)
      .required("migration", MIGRATION, ProjectionAssumptions::migration, ProjectionAssumptions.Builder::migration)
      .list("notes", STRING, ProjectionAssumptions::notes, ProjectionAssumptions.Builder::notes)
      .build();
}
