// SPDX-License-Identifier: Apache-2.0
package zwk.io.table;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
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
  private static final String KEPT_BY_MERGE = "not in the Maßnahmenliste; MeasureTable.merge keeps it";

  /**
   * The override layer of the table; everything else is derived from the metamodel of
   * {@link Measure} ({@link TableLayout}).
   */
  static final TableLayout<Measure, ?> LAYOUT = TableLayout.of(Measure.class)
      .german("id", "ID", "Kennung")
      // a row matched by its external id keeps the measure's id, so references to it stay valid
      .merge("id", (String old, String row) -> old)
      .german("externalId", "Externe ID", "external id", "externalid")
      .merge("externalId", (Optional<String> old, Optional<String> row) -> row.isPresent() ? row : old)
      .german("parentId", "Übergeordnete ID", "parent", "Elternelement")
      .german("title", "Titel", "title/de", "title/en", "Maßnahme")
      .german("description", "Beschreibung", "description/de", "description/en")
      .omit("goalIds", KEPT_BY_MERGE)
      .renamed("actionFieldIds", "action_fields", "Handlungsfelder", "Handlungsfeld", "category", "category/id")
      .omit("targetGroups", KEPT_BY_MERGE)
      .renamed("leadDepartmentId", "lead_department", "Federführung", "lead department")
      .omit("partnerDepartmentIds", KEPT_BY_MERGE)
      .omit("partnerActorIds", KEPT_BY_MERGE)
      .flattened("period", List.of(Column.optional("start", "Beginn", "start_date", "Start"),
          Column.optional("end", "Ende", "end_date")), new PeriodCells())
      // Only amount and no-cost flag; funding kind and source are kept by merge. Last in the file
      // since the first version of the table (the golden files fix the order).
      .flattened("budget", List.of(Column.optional("budget_eur", "Budget EUR", "Budget", "budget"),
          Column.optional("no_cost", "Kostenneutral")), new BudgetCells())
      .after("budget", "weight")
      .merge("budget", (Optional<Budget> old, Optional<Budget> row) -> row.map(b -> old
          .map(o -> o.withAmountEur(b.amountEur()).withNoCost(b.noCost())).orElse(b)))
      .german("status", "Status")
      .renamed("progressPercent", "progress", "Fortschritt", "Fortschritt %")
      .codec("progressPercent", CellCodecs.<Double>single((p, profile) -> CsvCell.number(percent(p)),
          (v, id) -> v.optDouble(id).map(p -> {
            if (!(p >= 0 && p <= 100)) {
              throw v.rejectCell(id, "a percentage 0..100");
            }
            return p;
          })))
      .german("weight", "Gewichtung", "Gewicht")
      .omit("steps", KEPT_BY_MERGE)
      .omit("indicators", KEPT_BY_MERGE)
      .omit("toolIds", KEPT_BY_MERGE)
      .omit("ideaIds", KEPT_BY_MERGE)
      .omit("linkedMeasureIds", KEPT_BY_MERGE)
      .omit("demographyCheck", KEPT_BY_MERGE)
      .omit("councilPaper", KEPT_BY_MERGE)
      // the Decidim profile (zwk.io.decidim) has columns of its own for it
      .omit("externalRecord", KEPT_BY_MERGE)
      .build();

  /** The columns in export order. */
  public static final List<Column> COLUMNS = LAYOUT.columns();

  private MeasureTable() {}

  /** A period in {@code start} and {@code end}. */
  private static final class PeriodCells implements CellCodec<Period> {
    @Override
    public void write(Period p, CsvExportProfile profile, List<CsvCell> out) {
      out.add(CsvCell.raw(p.start().map(d -> CellCodecs.date(d, profile)).orElse(null)));
      out.add(CsvCell.raw(p.end().map(d -> CellCodecs.date(d, profile)).orElse(null)));
    }

    @Override
    public Optional<Period> read(RowValues v, List<String> columns) {
      Optional<LocalDate> start = v.optDate(columns.get(0));
      Optional<LocalDate> end = v.optDate(columns.get(1));
      try {
        return Optional.of(Period.builder().start(start).end(end).build());
      } catch (IllegalArgumentException e) {
        throw v.rejectCell(columns.get(1), "an end not before the start");
      }
    }
  }

  /** A budget's amount in {@code budget_eur} and its no-cost flag in {@code no_cost}. */
  private static final class BudgetCells implements CellCodec<Budget> {
    @Override
    public void write(Budget b, CsvExportProfile profile, List<CsvCell> out) {
      boolean german = profile == CsvExportProfile.EXCEL_DE;
      out.add(CsvCell.number(b.amountEur().orElse(null)));
      out.add(CsvCell.raw(b.noCost() ? (german ? "ja" : "true") : (german ? "nein" : "false")));
    }

    @Override
    public Optional<Budget> read(RowValues v, List<String> columns) {
      Optional<BigDecimal> amount = v.optDecimal(columns.get(0));
      boolean hasFlag = v.optText(columns.get(1)).isPresent();
      if (amount.isEmpty() && !hasFlag) {
        return Optional.empty();
      }
      try {
        return Optional.of(Budget.builder().amountEur(amount).noCost(v.flag(columns.get(1))).build());
      } catch (IllegalArgumentException e) {
        throw v.rejectCell(columns.get(0), "an amount >= 0 that agrees with no_cost");
      }
    }
  }

  /** Writes the measures. */
  public static void write(List<Measure> measures, OutputStream out, CsvExportProfile profile) {
    try (CsvTableWriter w = new CsvTableWriter(out, profile)) {
      w.header(LAYOUT.header(profile));
      for (Measure m : measures) {
        w.row(LAYOUT.cells(m, profile));
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
      Measure m = build(LAYOUT, v);
      if (!ids.add(m.id())) {
        throw v.rejectCell("id", "an id not used by an earlier row");
      }
      return m;
    });
  }

  private static <B> Measure build(TableLayout<Measure, B> layout, RowValues v) {
    return layout.meta().build().apply(layout.read(v));
  }

  /**
   * Applies imported rows to existing measures: a row updates the measure with the same external id
   * (if the row has one) or else the same id, replacing only the table's fields (the id and, when the row has
   * none, the external id are kept; the budget's funding kind and source are kept) and keeping all
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
        updates.put(target, LAYOUT.merge(out.get(target), row));
      }
    }
    updates.forEach(out::set);
    out.addAll(added);
    return List.copyOf(out);
  }
}
