// SPDX-License-Identifier: Apache-2.0
package zwk.io.table;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zwk.model.plan.Measure;
import zwk.model.region.Municipality;
import zwk.model.toolbox.Tool;

/**
 * The override layer of the flat tables: for every attribute of the model type of a table, the
 * columns that carry it (flattened properties such as a measure's {@code period} have two), or why
 * it is not in the table. The columns themselves, with their German headers and accepted aliases,
 * are the tables' {@code COLUMNS}. {@code TableCoverageTest} checks these declarations against the
 * metamodel ({@code zwk.model.meta.ModelMetamodel}): a new attribute of {@link Measure},
 * {@link Tool} or {@link Municipality} fails it until it is given a column here (and in the table's
 * reader and writer) or a reason why the table leaves it out.
 */
final class TableAttributes {
  private TableAttributes() {}

  /** One attribute: its columns, or none and the reason. */
  static final class Binding {
    final List<String> columns;
    final String omittedBecause;

    private Binding(List<String> columns, String omittedBecause) {
      this.columns = columns;
      this.omittedBecause = omittedBecause;
    }
  }

  private static Binding columns(String... ids) {
    return new Binding(List.of(ids), null);
  }

  private static Binding omitted(String reason) {
    return new Binding(List.of(), reason);
  }

  private static final String KEPT_BY_MERGE = "not in the Maßnahmenliste; MeasureTable.merge keeps it";

  /** Per table type, every attribute in declaration order. */
  static final Map<Class<?>, Map<String, Binding>> BY_TYPE = Map.of(
      Measure.class, measure(),
      Tool.class, tool(),
      Municipality.class, municipality());

  private static Map<String, Binding> measure() {
    Map<String, Binding> m = new LinkedHashMap<>();
    m.put("id", columns("id"));
    m.put("externalId", columns("external_id"));
    m.put("parentId", columns("parent_id"));
    m.put("title", columns("title"));
    m.put("description", columns("description"));
    m.put("goalIds", omitted(KEPT_BY_MERGE));
    m.put("actionFieldIds", columns("action_fields"));
    m.put("targetGroups", omitted(KEPT_BY_MERGE));
    m.put("leadDepartmentId", columns("lead_department"));
    m.put("partnerDepartmentIds", omitted(KEPT_BY_MERGE));
    m.put("partnerActorIds", omitted(KEPT_BY_MERGE));
    m.put("period", columns("start", "end"));
    // Only amount and no-cost flag; funding kind and source are kept by merge.
    m.put("budget", columns("budget_eur", "no_cost"));
    m.put("status", columns("status"));
    m.put("progressPercent", columns("progress"));
    m.put("weight", columns("weight"));
    m.put("steps", omitted(KEPT_BY_MERGE));
    m.put("indicators", omitted(KEPT_BY_MERGE));
    m.put("toolIds", omitted(KEPT_BY_MERGE));
    m.put("ideaIds", omitted(KEPT_BY_MERGE));
    m.put("linkedMeasureIds", omitted(KEPT_BY_MERGE));
    m.put("demographyCheck", omitted(KEPT_BY_MERGE));
    m.put("councilPaper", omitted(KEPT_BY_MERGE));
    // the Decidim profile (zwk.io.decidim) has columns of its own for it
    m.put("externalRecord", omitted(KEPT_BY_MERGE));
    return m;
  }

  private static Map<String, Binding> tool() {
    Map<String, Binding> m = new LinkedHashMap<>();
    m.put("id", columns("id"));
    m.put("title", columns("title"));
    m.put("kind", columns("kind"));
    m.put("problem", columns("problem"));
    m.put("description", columns("description"));
    m.put("originAgs", columns("origin_ags"));
    m.put("originName", columns("origin_name"));
    m.put("actionFieldIds", columns("action_fields"));
    m.put("keywords", columns("keywords"));
    m.put("targetGroups", columns("target_groups"));
    m.put("suitableSizes", columns("suitable_sizes"));
    m.put("suitableTypes", columns("suitable_types"));
    m.put("effort", columns("effort"));
    m.put("transferability", columns("transferability"));
    m.put("url", columns("url"));
    m.put("sources", columns("sources"));
    return m;
  }

  private static Map<String, Binding> municipality() {
    Map<String, Binding> m = new LinkedHashMap<>();
    m.put("ags", columns("ags"));
    m.put("ars", columns("ars"));
    m.put("name", columns("name"));
    m.put("type", columns("type"));
    m.put("population", columns("population"));
    m.put("populationMale", columns("population_male"));
    m.put("populationFemale", columns("population_female"));
    m.put("populationDate", columns("population_date"));
    m.put("areaKm2", columns("area_km2"));
    m.put("postcode", columns("postcode"));
    m.put("location", columns("latitude", "longitude"));
    m.put("cluster", columns("cluster"));
    m.put("programmeMemberships", omitted("memberships live in the JSON strategy document; an import yields none"));
    return m;
  }

  /** The table's columns, for the check. */
  static List<Column> columnsOf(Class<?> type) {
    if (type == Measure.class) {
      return MeasureTable.COLUMNS;
    } else if (type == Tool.class) {
      return ToolTable.COLUMNS;
    } else if (type == Municipality.class) {
      return MunicipalityTable.COLUMNS;
    }
    throw new IllegalArgumentException("no flat table for " + type.getName());
  }
}
