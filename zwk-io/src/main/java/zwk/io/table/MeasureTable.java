// SPDX-License-Identifier: Apache-2.0
package zwk.io.table;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import zwk.io.csv.CsvCell;
import zwk.io.csv.CsvExportProfile;
import zwk.io.csv.CsvTableWriter;
import zwk.model.common.Period;
import zwk.model.plan.Budget;
import zwk.model.plan.Measure;
import zwk.model.plan.MeasureStatus;

/**
 * The measures of a Werkstattplan as a flat table (<em>Maßnahmenliste</em>), in the spirit of the
 * Decidim accountability CSV: export, edit in Excel, import again, and rows update the measures with
 * the same external id (or id) instead of adding duplicates ({@link #merge}).
 *
 * <p>Columns (English id / German header; Decidim names accepted on import): {@code id}/ID,
 * {@code external_id}/Externe ID, {@code parent_id}/Übergeordnete ID, {@code title}/Titel,
 * {@code description}/Beschreibung, {@code action_fields}/Handlungsfelder,
 * {@code lead_department}/Federführung, {@code start}/Beginn ({@code start_date}),
 * {@code end}/Ende ({@code end_date}), {@code status}/Status, {@code progress}/Fortschritt (0–100),
 * {@code weight}/Gewichtung, {@code budget_eur}/Budget EUR, {@code no_cost}/Kostenneutral (ja/nein).
 * Further fields of a measure (goals, target groups, partners, steps, indicators, tools, ideas,
 * Demografie-Check, funding of the budget) are not in the table; {@link #merge} keeps them.
 */
public final class MeasureTable {
  /** The columns in export order. */
  public static final List<Column> COLUMNS = List.of(
      Column.required("id", "ID", "Kennung"),
      Column.optional("external_id", "Externe ID", "external id", "externalid"),
      Column.optional("parent_id", "Übergeordnete ID", "parent", "Elternelement"),
      Column.required("title", "Titel", "title/de", "title/en", "Maßnahme"),
      Column.optional("description", "Beschreibung", "description/de", "description/en"),
      Column.optional("action_fields", "Handlungsfelder", "Handlungsfeld", "category", "category/id"),
      Column.optional("lead_department", "Federführung", "lead department"),
      Column.optional("start", "Beginn", "start_date", "Start"),
      Column.optional("end", "Ende", "end_date"),
      Column.optional("status", "Status"),
      Column.optional("progress", "Fortschritt", "Fortschritt %"),
      Column.optional("weight", "Gewichtung", "Gewicht"),
      Column.optional("budget_eur", "Budget EUR", "Budget", "budget"),
      Column.optional("no_cost", "Kostenneutral"));

  private MeasureTable() {}

  /** Writes the measures. */
  public static void write(List<Measure> measures, OutputStream out, CsvExportProfile profile) {
    try (CsvTableWriter w = new CsvTableWriter(out, profile)) {
      List<String> header = new ArrayList<>();
      for (Column c : COLUMNS) {
        header.add(c.header(profile.locale()));
      }
      w.header(header);
      boolean german = profile == CsvExportProfile.EXCEL_DE;
      for (Measure m : measures) {
        Optional<Budget> budget = m.budget();
        w.row(List.of(
            CsvCell.text(m.id()),
            CsvCell.text(m.externalId().orElse(null)),
            CsvCell.text(m.parentId().orElse(null)),
            CsvCell.text(m.title()),
            CsvCell.text(m.description().orElse(null)),
            CsvCell.text(ListCodec.join(m.actionFieldIds())),
            CsvCell.text(m.leadDepartmentId().orElse(null)),
            CsvCell.raw(m.period().start().map(d -> MunicipalityTable.date(d, profile)).orElse(null)),
            CsvCell.raw(m.period().end().map(d -> MunicipalityTable.date(d, profile)).orElse(null)),
            CsvCell.raw(m.status().name()),
            CsvCell.number(m.progressPercent().map(MeasureTable::percent).orElse(null)),
            CsvCell.number(m.weight().map(BigDecimal::valueOf).orElse(null)),
            CsvCell.number(budget.flatMap(Budget::amountEur).orElse(null)),
            CsvCell.raw(budget.map(b -> b.noCost() ? (german ? "ja" : "true") : (german ? "nein" : "false")).orElse(null))));
      }
    }
  }

  /** A progress as written: whole numbers without a fraction ({@code 50}), others as they are ({@code 46.33}). */
  private static BigDecimal percent(double p) {
    return p == Math.rint(p) ? BigDecimal.valueOf((long) p) : BigDecimal.valueOf(p);
  }

  /**
   * Reads measures (only the table's fields are set). A row whose id was already taken is rejected.
   *
   * @throws zwk.io.csv.CsvFormatException for malformed CSV
   * @throws CsvImportException in all-or-nothing mode when a row is rejected
   */
  public static ImportResult<Measure> read(InputStream in, String source, CsvImportOptions options) {
    Set<String> ids = new HashSet<>();
    return CsvTableReader.read(in, source, options, COLUMNS, false, h -> v -> {
      Measure m = map(v);
      if (!ids.add(m.id())) {
        throw v.rejectCell("id", "an id not used by an earlier row");
      }
      return m;
    });
  }

  private static Measure map(RowValues v) {
    Measure.Builder b = Measure.builder()
        .id(v.text("id"))
        .externalId(v.optText("external_id"))
        .parentId(v.optText("parent_id"))
        .title(v.text("title"))
        .description(v.optText("description"))
        .actionFieldIds(v.list("action_fields"))
        .leadDepartmentId(v.optText("lead_department"))
        .progressPercent(v.optDouble("progress").map(p -> {
          if (!(p >= 0 && p <= 100)) {
            throw v.rejectCell("progress", "a percentage 0..100");
          }
          return p;
        }))
        .weight(v.optDouble("weight"));
    try {
      b.period(Period.builder().start(v.optDate("start")).end(v.optDate("end")).build());
    } catch (IllegalArgumentException e) {
      throw v.rejectCell("end", "an end not before the start");
    }
    v.optEnum("status", MeasureStatus.values()).ifPresent(b::status);
    Optional<BigDecimal> amount = v.optDecimal("budget_eur");
    boolean hasFlag = v.optText("no_cost").isPresent();
    if (amount.isPresent() || hasFlag) {
      try {
        b.budget(Budget.builder().amountEur(amount).noCost(v.flag("no_cost")).build());
      } catch (IllegalArgumentException e) {
        throw v.rejectCell("budget_eur", "an amount >= 0 that agrees with no_cost");
      }
    }
    return b.build();
  }

  /**
   * Applies imported rows to existing measures: a row updates the measure with the same external id
   * (if the row has one) or else the same id, replacing only the table's fields and keeping all
   * others; rows that match nothing are added at the end. Order of existing measures is kept.
   */
  public static List<Measure> merge(List<Measure> existing, List<Measure> imported) {
    Map<String, Integer> byExternal = new HashMap<>();
    Map<String, Integer> byId = new HashMap<>();
    List<Measure> out = new ArrayList<>(existing);
    for (int i = 0; i < out.size(); i++) {
      int idx = i;
      out.get(i).externalId().ifPresent(x -> byExternal.putIfAbsent(x, idx));
      byId.putIfAbsent(out.get(i).id(), i);
    }
    Map<Integer, Measure> updates = new LinkedHashMap<>();
    List<Measure> added = new ArrayList<>();
    for (Measure row : imported) {
      Integer target = row.externalId().map(byExternal::get).orElse(null);
      if (target == null) {
        target = byId.get(row.id());
      }
      if (target == null) {
        added.add(row);
      } else {
        updates.put(target, apply(out.get(target), row));
      }
    }
    updates.forEach(out::set);
    out.addAll(added);
    return List.copyOf(out);
  }

  private static Measure apply(Measure m, Measure row) {
    Optional<Budget> budget = row.budget().map(b -> m.budget()
        .map(old -> old.withAmountEur(b.amountEur()).withNoCost(b.noCost()))
        .orElse(b));
    return m
        .withExternalId(row.externalId().isPresent() ? row.externalId() : m.externalId())
        .withParentId(row.parentId())
        .withTitle(row.title())
        .withDescription(row.description())
        .withActionFieldIds(row.actionFieldIds())
        .withLeadDepartmentId(row.leadDepartmentId())
        .withPeriod(row.period())
        .withStatus(row.status())
        .withProgressPercent(row.progressPercent())
        .withWeight(row.weight())
        .withBudget(budget);
  }
}
