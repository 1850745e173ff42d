// SPDX-License-Identifier: Apache-2.0
package zwk.io.json;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import zwk.model.catalogue.ActionFieldCatalogue;
import zwk.model.profile.MunicipalProfile;
import zwk.model.programme.ProgrammeDirectory;
import zwk.model.strategy.MunicipalStrategy;
import zwk.model.toolbox.Toolbox;
import zwk.profile.projection.assumption.ProjectionAssumptions;
import zwk.strategy.ValidationReport;
import zwk.strategy.rule.RuleSetConfig;

/**
 * The built-in document formats of zwk. A new document type is added here: one binding in
 * {@code ModelCodecs}, one constant, one entry in {@link #all()}, and its generated schema
 * resource.
 */
public final class DocumentFormats {
  private DocumentFormats() {}

  private static final String SCHEMA_DIR = "zwk/io/json/schema/";

  /** {@code zwk.strategy}: a {@link MunicipalStrategy}. */
  public static final DocumentFormat<MunicipalStrategy> STRATEGY = of("zwk.strategy", MunicipalStrategy.class,
      ModelCodecs.STRATEGY, "strategy");

  /** {@code zwk.toolbox}: a {@link Toolbox}. */
  public static final DocumentFormat<Toolbox> TOOLBOX = of("zwk.toolbox", Toolbox.class, ModelCodecs.TOOLBOX, "toolbox");

  /** {@code zwk.profile}: a {@link MunicipalProfile}. */
  public static final DocumentFormat<MunicipalProfile> PROFILE = of("zwk.profile", MunicipalProfile.class,
      ModelCodecs.PROFILE, "profile");

  /** {@code zwk.action-fields}: an {@link ActionFieldCatalogue}. */
  public static final DocumentFormat<ActionFieldCatalogue> ACTION_FIELDS = of("zwk.action-fields",
      ActionFieldCatalogue.class, ModelCodecs.CATALOGUE, "action-fields");

  /** {@code zwk.programmes}: a {@link ProgrammeDirectory} (programmes, participants, clusters). */
  public static final DocumentFormat<ProgrammeDirectory> PROGRAMMES = of("zwk.programmes", ProgrammeDirectory.class,
      ModelCodecs.PROGRAMME_DIRECTORY, "programmes");

  /** {@code zwk.report}: a {@link ValidationReport} of zwk-strategy. */
  public static final DocumentFormat<ValidationReport> REPORT = of("zwk.report", ValidationReport.class,
      ModelCodecs.REPORT, "report");

  /** {@code zwk.rules}: a rule-set configuration ({@link RuleSetConfig}) of zwk-strategy. */
  public static final DocumentFormat<RuleSetConfig> RULES = of("zwk.rules", RuleSetConfig.class, ModelCodecs.RULES,
      "rules");

  /**
   * {@code zwk.projection-assumptions}: the assumptions of one population projection variant
   * ({@link ProjectionAssumptions} of zwk-profile); the bundled variants are read by
   * {@code zwk.io.projection.BundledAssumptions}. Version 2 (the mortality method and improvement
   * pattern); version 1 documents are read through {@code ProjectionAssumptionCodecs.V1_TO_V2}.
   */
  public static final DocumentFormat<ProjectionAssumptions> PROJECTION_ASSUMPTIONS = of("zwk.projection-assumptions",
      ProjectionAssumptions.class, ProjectionAssumptionCodecs.ASSUMPTIONS, "projection-assumptions")
      .nextVersion(ProjectionAssumptionCodecs.V1_TO_V2, SCHEMA_DIR + "projection-assumptions-2.schema.json");

  private static final List<DocumentFormat<?>> ALL = List.of(STRATEGY, TOOLBOX, PROFILE, ACTION_FIELDS, PROGRAMMES, REPORT,
      RULES, PROJECTION_ASSUMPTIONS);

  private static <T> DocumentFormat<T> of(String name, Class<T> type, ObjectCodec<T, ?> codec, String file) {
    return new DocumentFormat<>(name, 1, type, codec, SCHEMA_DIR + file + "-1.schema.json", Map.of());
  }

  /** All built-in formats. */
  public static List<DocumentFormat<?>> all() {
    return ALL;
  }

  /** The built-in format of a model type. */
  @SuppressWarnings("unchecked")
  public static <T> Optional<DocumentFormat<T>> forType(Class<T> type) {
    return ALL.stream().filter(f -> f.type().equals(type)).map(f -> (DocumentFormat<T>) f).findFirst();
  }

  /** The built-in format with the given {@code "format"} name. */
  public static Optional<DocumentFormat<?>> forName(String name) {
    return ALL.stream().filter(f -> f.name().equals(name)).findFirst();
  }
}
