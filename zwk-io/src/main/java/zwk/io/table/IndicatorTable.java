// SPDX-License-Identifier: Apache-2.0
package zwk.io.table;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import zwk.io.csv.CsvCell;
import zwk.io.csv.CsvExportProfile;
import zwk.io.csv.CsvTableWriter;

/**
 * A wide indicator table (<em>Kennzahlentabelle</em>): one row per region, one column per indicator.
 *
 * <p>Columns: {@code region_key}/Schlüssel, {@code region_name}/Name, {@code date}/Stichtag, then
 * one column per indicator id (the header is the id itself, e.g. {@code jugendquotient}). Values are
 * decimals exactly as given; an empty cell is a missing value. Deliberately generic so that any
 * indicator result (e.g. the profile module's) can be written by mapping it to
 * {@link IndicatorRow}s.
 *
 * <p>Invariants: indicator ids are non-empty and unique and do not collide with the fixed columns;
 * every row has a value entry (possibly empty) for exactly these ids.
 */
public final class IndicatorTable {
  /** The fixed leading columns. */
  public static final List<Column> FIXED = List.of(
      Column.required("region_key", "Schlüssel", "AGS", "ARS", "Regionalschlüssel", "key"),
      Column.optional("region_name", "Name", "Region", "Gemeinde"),
      Column.optional("date", "Stichtag", "Datum", "reference_date"));

  private final List<String> indicatorIds;
  private final List<IndicatorRow> rows;

  /**
   * A table.
   *
   * @throws IllegalArgumentException when an invariant is broken
   */
  public IndicatorTable(List<String> indicatorIds, List<IndicatorRow> rows) {
    this.indicatorIds = List.copyOf(indicatorIds);
    this.rows = List.copyOf(rows);
    Set<String> seen = new LinkedHashSet<>();
    for (String id : this.indicatorIds) {
      if (id.isEmpty() || !seen.add(id)) {
        throw new IllegalArgumentException("indicatorIds: expected unique non-empty ids, got '" + id + "'");
      }
      for (Column c : FIXED) {
        if (c.matches(id)) {
          throw new IllegalArgumentException("indicatorIds: expected an id other than a fixed column, got '" + id + "'");
        }
      }
    }
    for (IndicatorRow r : this.rows) {
      if (!r.values().keySet().equals(seen)) {
        throw new IllegalArgumentException("rows: expected values for exactly " + seen + ", got " + r.values().keySet()
            + " for region " + r.regionKey());
      }
    }
  }

  /** The indicator ids in column order. */
  public List<String> indicatorIds() {
    return indicatorIds;
  }

  /** The rows. */
  public List<IndicatorRow> rows() {
    return rows;
  }

  /** Writes the table under a profile. */
  public void write(OutputStream out, CsvExportProfile profile) {
    try (CsvTableWriter w = new CsvTableWriter(out, profile)) {
      List<String> header = new ArrayList<>();
      for (Column c : FIXED) {
        header.add(c.header(profile.locale()));
      }
      header.addAll(indicatorIds);
      w.header(header);
      for (IndicatorRow r : rows) {
        List<CsvCell> cells = new ArrayList<>();
        cells.add(CsvCell.text(r.regionKey()));
        cells.add(CsvCell.text(r.regionName().isEmpty() ? null : r.regionName()));
        cells.add(CsvCell.raw(r.date().map(d -> CellCodecs.date(d, profile)).orElse(null)));
        for (String id : indicatorIds) {
          cells.add(CsvCell.number(r.values().get(id).orElse(null)));
        }
        w.row(cells);
      }
    }
  }

  /**
   * Reads a wide indicator table; every column that is not one of the fixed ones is an indicator.
   *
   * @throws zwk.io.csv.CsvFormatException for malformed CSV
   * @throws CsvImportException in all-or-nothing mode when a row is rejected
   */
  public static IndicatorTable read(InputStream in, String source, CsvImportOptions options) {
    return readResult(in, source, options).table;
  }

  /** Like {@link #read} but also returns the rejections of a collect-and-continue import. */
  public static Result readResult(InputStream in, String source, CsvImportOptions options) {
    List<String> ids = new ArrayList<>();
    ImportResult<IndicatorRow> r = CsvTableReader.read(in, source, options, FIXED, true, header -> {
      Map<String, Integer> idColumns = new LinkedHashMap<>();
      header.others.forEach((c, name) -> {
        idColumns.put(name, c);
        ids.add(name);
      });
      return values -> map(values, idColumns);
    });
    try {
      return new Result(new IndicatorTable(ids, r.rows()), r);
    } catch (IllegalArgumentException e) {
      throw new zwk.io.csv.CsvFormatException(zwk.io.csv.CsvFormatException.Kind.BAD_HEADER, source, 1, 0,
          zwk.io.csv.CsvFormatException.clip(e.getMessage()), e);
    }
  }

  private static IndicatorRow map(RowValues v, Map<String, Integer> idColumns) {
    Map<String, Optional<BigDecimal>> values = new LinkedHashMap<>();
    for (String id : idColumns.keySet()) {
      values.put(id, v.optIndicator(id, idColumns.get(id)));
    }
    return new IndicatorRow(v.text("region_key"), v.optText("region_name").orElse(""), v.optDate("date"), values);
  }

  /** An indicator table read together with the import report. */
  public static final class Result {
    private final IndicatorTable table;
    private final ImportResult<IndicatorRow> report;

    Result(IndicatorTable table, ImportResult<IndicatorRow> report) {
      this.table = table;
      this.report = report;
    }

    /** The table of the rows taken. */
    public IndicatorTable table() {
      return table;
    }

    /** Rejections and warnings. */
    public ImportResult<IndicatorRow> report() {
      return report;
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IndicatorTable && ((IndicatorTable) o).indicatorIds.equals(indicatorIds)
        && ((IndicatorTable) o).rows.equals(rows);
  }

  @Override
  public int hashCode() {
    return Objects.hash(indicatorIds, rows);
  }

  /** Size only. */
  @Override
  public String toString() {
    return "IndicatorTable{" + indicatorIds.size() + " indicators, " + rows.size() + " rows}";
  }
}
