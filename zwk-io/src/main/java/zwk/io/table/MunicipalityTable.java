// SPDX-License-Identifier: Apache-2.0
package zwk.io.table;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import zwk.io.csv.CsvCell;
import zwk.io.csv.CsvExportProfile;
import zwk.io.csv.CsvTableWriter;
import zwk.model.region.GeoPoint;
import zwk.model.region.Municipality;
import zwk.model.region.MunicipalityRegister;
import zwk.model.region.MunicipalityType;
import zwk.model.region.RegionalCluster;

/**
 * The municipalities table (<em>Gemeindetabelle</em>): one row per {@link Municipality}.
 *
 * <p>Columns (English id / German header): {@code ags}/AGS, {@code ars}/ARS, {@code name}/Name,
 * {@code type}/Typ (enum name, e.g. {@code TOWN}; German labels and Textkennzeichen are accepted on
 * import), {@code population}/Einwohner, {@code population_male}/Einwohner männlich,
 * {@code population_female}/Einwohner weiblich, {@code population_date}/Stichtag Einwohner,
 * {@code area_km2}/Fläche km², {@code postcode}/PLZ, {@code latitude}/Breitengrad,
 * {@code longitude}/Längengrad, {@code cluster}/Cluster. Only {@code name} and one of
 * {@code ags}/{@code ars} are required. Programme memberships are not part of this flat table (they
 * live in the JSON strategy document); an import yields municipalities without memberships.
 */
public final class MunicipalityTable {
  /**
   * The override layer of the table; everything else is derived from the metamodel of
   * {@link Municipality} ({@link TableLayout}).
   */
  static final TableLayout<Municipality, ?> LAYOUT = TableLayout.of(Municipality.class)
      .german("ags", "AGS", "Gemeindeschlüssel", "Amtlicher Gemeindeschlüssel")
      .german("ars", "ARS", "Regionalschlüssel", "Amtlicher Regionalschlüssel")
      .german("name", "Name", "Gemeindename", "Gemeinde")
      .german("type", "Typ", "Art", "Textkennzeichen")
      // Also a GV-ISys Textkennzeichen (63) or a German label.
      .codec("type", CellCodecs.<MunicipalityType>single((t, p) -> CsvCell.raw(t.name()),
          (v, id) -> v.optText(id).map(t -> {
            try {
              return MunicipalityType.parse(t.strip());
            } catch (IllegalArgumentException e) {
              throw v.rejectCell(id, "a municipality type (e.g. TOWN, Stadt, 63)");
            }
          })))
      .german("population", "Einwohner", "Bevölkerung", "insgesamt")
      .german("populationMale", "Einwohner männlich", "männlich", "male")
      .german("populationFemale", "Einwohner weiblich", "weiblich", "female")
      .german("populationDate", "Stichtag Einwohner", "Stichtag")
      .german("areaKm2", "Fläche km²", "Fläche", "area")
      .german("postcode", "PLZ", "Postleitzahl")
      .codec("postcode", CellCodecs.<String>single((plz, p) -> CsvCell.raw(plz), MunicipalityTable::postcode))
      .flattened("location", List.of(Column.optional("latitude", "Breitengrad", "lat"),
          Column.optional("longitude", "Längengrad", "lon", "lng")), new LocationCells())
      .german("cluster", "Cluster", "Regionalcluster")
      .codec("cluster", CellCodecs.<RegionalCluster>single((c, p) -> CsvCell.text(c.name()),
          (v, id) -> v.optText(id).map(RegionalCluster::of)))
      .omit("programmeMemberships", "memberships live in the JSON strategy document; an import yields none")
      .build();

  /** The columns in export order. */
  public static final List<Column> COLUMNS = LAYOUT.columns();

  private MunicipalityTable() {}

  /** Writes the municipalities under a profile. */
  public static void write(List<Municipality> municipalities, OutputStream out, CsvExportProfile profile) {
    try (CsvTableWriter w = new CsvTableWriter(out, profile)) {
      w.header(LAYOUT.header(profile));
      for (Municipality m : municipalities) {
        w.row(LAYOUT.cells(m, profile));
      }
    }
  }

  /** Writes every local authority of a register (Regions, which have none, are left out). */
  public static void write(MunicipalityRegister register, OutputStream out, CsvExportProfile profile) {
    write(register.municipalities(), out, profile);
  }

  /**
   * Reads a municipalities table (either profile, or a hand-made file with German or English
   * headers, comma or semicolon, UTF-8 or Windows-1252).
   *
   * @throws zwk.io.csv.CsvFormatException for malformed CSV
   * @throws CsvImportException in all-or-nothing mode when a row is rejected
   */
  public static ImportResult<Municipality> read(InputStream in, String source, CsvImportOptions options) {
    return CsvTableReader.read(in, source, options, COLUMNS, false, h -> v -> build(LAYOUT, v));
  }

  private static <B> Municipality build(TableLayout<Municipality, B> layout, RowValues v) {
    if (v.optText("ags").isEmpty() && v.optText("ars").isEmpty()) {
      throw new RowRejectedException(0, "", "ags: expected an AGS or an ARS, got neither");
    }
    return layout.meta().build().apply(layout.read(v));
  }

  /** A PLZ of five digits; four are taken as a PLZ whose leading zero a spreadsheet dropped. */
  private static Optional<String> postcode(RowValues v, String id) {
    return v.optText(id).map(String::strip).map(p -> {
      String plz = p.matches("\\d{4}") ? "0" + p : p;
      if (!plz.matches("\\d{5}")) {
        throw v.rejectCell(id, "a PLZ of 5 digits");
      }
      return plz;
    });
  }

  /** A location in {@code latitude} and {@code longitude}: both or neither. */
  private static final class LocationCells implements CellCodec<GeoPoint> {
    @Override
    public void write(GeoPoint p, CsvExportProfile profile, List<CsvCell> out) {
      out.add(CsvCell.number(BigDecimal.valueOf(p.latitude())));
      out.add(CsvCell.number(BigDecimal.valueOf(p.longitude())));
    }

    @Override
    public Optional<GeoPoint> read(RowValues v, List<String> columns) {
      Optional<Double> lat = v.optDouble(columns.get(0));
      Optional<Double> lon = v.optDouble(columns.get(1));
      if (lat.isPresent() != lon.isPresent()) {
        throw v.rejectCell(lat.isPresent() ? columns.get(1) : columns.get(0), "both coordinates or none");
      }
      if (lat.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(GeoPoint.of(lat.get(), lon.get()));
      } catch (IllegalArgumentException e) {
        throw v.rejectCell(columns.get(0), "latitude -90..90 and longitude -180..180");
      }
    }
  }
}
