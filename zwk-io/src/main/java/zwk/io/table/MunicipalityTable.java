// SPDX-License-Identifier: Apache-2.0
package zwk.io.table;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import zwk.io.csv.CsvCell;
import zwk.io.csv.CsvExportProfile;
import zwk.io.csv.CsvTableWriter;
import zwk.model.region.Ags;
import zwk.model.region.Ars;
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
  /** The columns in export order. */
  public static final List<Column> COLUMNS = List.of(
      Column.optional("ags", "AGS", "Gemeindeschlüssel", "Amtlicher Gemeindeschlüssel"),
      Column.optional("ars", "ARS", "Regionalschlüssel", "Amtlicher Regionalschlüssel"),
      Column.required("name", "Name", "Gemeindename", "Gemeinde"),
      Column.optional("type", "Typ", "Art", "Textkennzeichen"),
      Column.optional("population", "Einwohner", "Bevölkerung", "insgesamt"),
      Column.optional("population_male", "Einwohner männlich", "männlich", "male"),
      Column.optional("population_female", "Einwohner weiblich", "weiblich", "female"),
      Column.optional("population_date", "Stichtag Einwohner", "Stichtag"),
      Column.optional("area_km2", "Fläche km²", "Fläche", "area"),
      Column.optional("postcode", "PLZ", "Postleitzahl"),
      Column.optional("latitude", "Breitengrad", "lat"),
      Column.optional("longitude", "Längengrad", "lon", "lng"),
      Column.optional("cluster", "Cluster", "Regionalcluster"));

  private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");

  private MunicipalityTable() {}

  /** Writes the municipalities under a profile. */
  public static void write(List<Municipality> municipalities, OutputStream out, CsvExportProfile profile) {
    try (CsvTableWriter w = new CsvTableWriter(out, profile)) {
      List<String> header = new ArrayList<>();
      for (Column c : COLUMNS) {
        header.add(c.header(profile.locale()));
      }
      w.header(header);
      for (Municipality m : municipalities) {
        w.row(List.of(
            CsvCell.raw(m.ags().map(Ags::code).orElse(null)),
            CsvCell.raw(m.ars().map(Ars::code).orElse(null)),
            CsvCell.text(m.name()),
            CsvCell.raw(m.type().map(Enum::name).orElse(null)),
            CsvCell.number(m.population().map(BigDecimal::valueOf).orElse(null)),
            CsvCell.number(m.populationMale().map(BigDecimal::valueOf).orElse(null)),
            CsvCell.number(m.populationFemale().map(BigDecimal::valueOf).orElse(null)),
            CsvCell.raw(m.populationDate().map(d -> date(d, profile)).orElse(null)),
            CsvCell.number(m.areaKm2().orElse(null)),
            CsvCell.raw(m.postcode().orElse(null)),
            CsvCell.number(m.location().map(p -> BigDecimal.valueOf(p.latitude())).orElse(null)),
            CsvCell.number(m.location().map(p -> BigDecimal.valueOf(p.longitude())).orElse(null)),
            CsvCell.text(m.cluster().map(RegionalCluster::name).orElse(null))));
      }
    }
  }

  /** Writes every local authority of a register (Regions, which have none, are left out). */
  public static void write(MunicipalityRegister register, OutputStream out, CsvExportProfile profile) {
    write(register.municipalities(), out, profile);
  }

  static String date(LocalDate d, CsvExportProfile profile) {
    return profile == CsvExportProfile.EXCEL_DE ? d.format(GERMAN_DATE) : d.toString();
  }

  /**
   * Reads a municipalities table (either profile, or a hand-made file with German or English
   * headers, comma or semicolon, UTF-8 or Windows-1252).
   *
   * @throws zwk.io.csv.CsvFormatException for malformed CSV
   * @throws CsvImportException in all-or-nothing mode when a row is rejected
   */
  public static ImportResult<Municipality> read(InputStream in, String source, CsvImportOptions options) {
    return CsvTableReader.read(in, source, options, COLUMNS, false, h -> MunicipalityTable::map);
  }

  private static Municipality map(RowValues v) {
    Municipality.Builder b = Municipality.builder().name(v.text("name"));
    Optional<String> ags = v.optText("ags");
    Optional<String> ars = v.optText("ars");
    if (ags.isEmpty() && ars.isEmpty()) {
      throw new RowRejectedException(0, "", "ags: expected an AGS or an ARS, got neither");
    }
    if (ags.isPresent()) {
      try {
        b.ags(Ags.parse(ags.get()));
      } catch (IllegalArgumentException e) {
        throw v.rejectCell("ags", "an AGS of 2, 3, 5 or 8 digits");
      }
    }
    if (ars.isPresent()) {
      try {
        b.ars(Ars.parse(ars.get()));
      } catch (IllegalArgumentException e) {
        throw v.rejectCell("ars", "an ARS of 2, 3, 5, 9 or 12 digits");
      }
    }
    Optional<String> type = v.optText("type");
    if (type.isPresent()) {
      try {
        b.type(MunicipalityType.parse(type.get().strip()));
      } catch (IllegalArgumentException e) {
        throw v.rejectCell("type", "a municipality type (e.g. TOWN, Stadt, 63)");
      }
    }
    b.population(v.optLong("population")).populationMale(v.optLong("population_male"))
        .populationFemale(v.optLong("population_female")).populationDate(v.optDate("population_date"))
        .areaKm2(v.optDecimal("area_km2"));
    Optional<String> plz = v.optText("postcode").map(String::strip);
    if (plz.isPresent()) {
      String p = plz.get();
      if (p.matches("\\d{4}")) {
        p = "0" + p; // a spreadsheet dropped the leading zero
      }
      if (!p.matches("\\d{5}")) {
        throw v.rejectCell("postcode", "a PLZ of 5 digits");
      }
      b.postcode(p);
    }
    Optional<Double> lat = v.optDouble("latitude");
    Optional<Double> lon = v.optDouble("longitude");
    if (lat.isPresent() != lon.isPresent()) {
      throw v.rejectCell(lat.isPresent() ? "longitude" : "latitude", "both coordinates or none");
    }
    if (lat.isPresent()) {
      try {
        b.location(GeoPoint.of(lat.get(), lon.get()));
      } catch (IllegalArgumentException e) {
        throw v.rejectCell("latitude", "latitude -90..90 and longitude -180..180");
      }
    }
    v.optText("cluster").ifPresent(c -> b.cluster(RegionalCluster.of(c)));
    return b.build();
  }
}
