package zwk.io.register;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zwk.io.csv.CsvFormatException;
import zwk.io.csv.CsvReadOptions;
import zwk.io.csv.CsvRow;
import zwk.io.csv.CsvRows;
import zwk.model.region.Ars;
import zwk.model.region.GeoPoint;
import zwk.model.region.Municipality;
import zwk.model.region.MunicipalityRegister;
import zwk.model.region.MunicipalityType;
import zwk.model.region.RecordType;
import zwk.model.region.RegisterEntry;

/**
 * Reader of the GV-ISys extract {@code Auszug_GV} as a spreadsheet saves it to CSV
 * (e.g. {@code 31122021_Auszug_GV.csv}).
 *
 * <p>Format: UTF-8 (BOM allowed) or Windows-1252, {@code ;}, one header row (its labels are retyped
 * and not relied on), 20 columns by position: Satzart, Textkennzeichen, Land, RB, Kreis, VB
 * (Gemeindeverband), Gem, Gemeindename, area in km² (column without header), population total, male,
 * female, per km², PLZ, Längengrad, Breitengrad, key_travel, Reisegebiete, Schlüssel (degree of
 * urbanisation code), Grad der Verstädterung. The spreadsheet damage is repaired: leading zeros of
 * key parts and the 4-digit PLZ are restored, blanks as thousands separators removed, decimal commas
 * read. Columns 13 and 17–20 are kept verbatim in {@link RegisterEntry#attributes()}.
 *
 * <p>The population reference date is taken from a {@code ddmmyyyy_} prefix of the file name (the
 * extract's Stichtag); without it the date is left empty.
 */
public final class GvCsvReader {
  private static final int COLUMNS = 20;
  private static final String[] ATTRIBUTE_COLUMNS = {
    null, null, null, null, null, null, null, null, null, null, null, null,
    "Einwohner je km²", null, null, null, "key_travel", "Reisegebiete", "Schlüssel Verstädterung",
    "Grad der Verstädterung"
  };
  private static final Pattern DATE_PREFIX = Pattern.compile("^(\\d{8})_");

  private GvCsvReader() {}

  /**
   * Reads the extract.
   *
   * @throws CsvFormatException located at line and column for any malformed record
   */
  public static MunicipalityRegister read(InputStream in, String sourceName) {
    Optional<LocalDate> date = dateFromName(sourceName);
    List<RegisterEntry> entries = new ArrayList<>();
    try (CsvRows rows = CsvRows.open(in, sourceName, CsvReadOptions.defaults().withSeparator(';'))) {
      CsvRow header = rows.next();
      if (header == null || !header.get(0).replace("-", "").strip().equalsIgnoreCase("Satzart")) {
        throw new CsvFormatException(CsvFormatException.Kind.BAD_HEADER, sourceName, 1, 1,
            "expected a header starting with 'Satz-art', got '"
                + CsvFormatException.clip(header == null ? "" : header.get(0)) + "'");
      }
      for (CsvRow row = rows.next(); row != null; row = rows.next()) {
        if (row.isBlank()) {
          continue;
        }
        if (row.size() != COLUMNS) {
          throw new CsvFormatException(CsvFormatException.Kind.RAGGED_ROW, sourceName, row.line(),
              Math.min(row.size(), COLUMNS) + 1, "expected " + COLUMNS + " fields, got " + row.size());
        }
        entries.add(entry(row, sourceName, date));
      }
    }
    try {
      return MunicipalityRegister.of(sourceName, date, entries);
    } catch (IllegalArgumentException e) {
      throw new CsvFormatException(CsvFormatException.Kind.BAD_STRUCTURE, sourceName, 0, 0,
          CsvFormatException.clip(e.getMessage()), e);
    }
  }

  static Optional<LocalDate> dateFromName(String name) {
    String file = name.replace('\\', '/');
    file = file.substring(file.lastIndexOf('/') + 1);
    Matcher m = DATE_PREFIX.matcher(file);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(m.group(1), DateTimeFormatter.ofPattern("ddMMuuuu")));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static RegisterEntry entry(CsvRow row, String src, Optional<LocalDate> date) {
    long line = row.line();
    RecordType type;
    try {
      type = RecordType.ofCode(row.get(0).strip());
    } catch (IllegalArgumentException e) {
      throw new CsvFormatException(CsvFormatException.Kind.BAD_VALUE, src, line, 1, e.getMessage(), e);
    }
    String land = RegisterValues.keyPart(row.get(2), 2, "Land", src, line, 3);
    StringBuilder key = new StringBuilder(land);
    if (type != RecordType.STATE) {
      key.append(RegisterValues.keyPart(row.get(3), 1, "RB", src, line, 4));
    }
    if (type == RecordType.REGION) {
      key.append(RegisterValues.keyPart(row.get(4), 1, "Region", src, line, 5));
    } else if (type.keyLength() >= 5) {
      key.append(RegisterValues.keyPart(row.get(4), 2, "Kreis", src, line, 5));
    }
    if (type.keyLength() >= 9) {
      key.append(RegisterValues.keyPart(row.get(5), 4, "VB", src, line, 6));
    }
    if (type.keyLength() == 12) {
      key.append(RegisterValues.keyPart(row.get(6), 3, "Gem", src, line, 7));
    }
    String name = row.get(7).strip();
    Map<String, String> attributes = new LinkedHashMap<>();
    for (int i = 0; i < COLUMNS; i++) {
      if (ATTRIBUTE_COLUMNS[i] != null && !row.get(i).isBlank()) {
        attributes.put(ATTRIBUTE_COLUMNS[i], row.get(i).strip());
      }
    }
    RegisterEntry.Builder b = RegisterEntry.builder().recordType(type).key(key.toString()).name(name)
        .attributes(attributes).line(line);
    if (type != RecordType.REGION) {
      b.municipality(municipality(type, key.toString(), name, row, src, date));
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new CsvFormatException(CsvFormatException.Kind.BAD_VALUE, src, line, 1, e.getMessage(), e);
    }
  }

  private static Municipality municipality(RecordType type, String key, String name, CsvRow row,
      String src, Optional<LocalDate> date) {
    long line = row.line();
    try {
      Ars ars = Ars.of(key);
      Municipality.Builder m = Municipality.builder().ars(ars).name(name);
      if (ars.hasAgs()) {
        m.ags(ars.toAgs());
      }
      m.type(type(type, row.get(1).strip()));
      Long total = RegisterValues.count(row.get(9), "insgesamt", src, line, 10);
      Long male = RegisterValues.count(row.get(10), "männlich", src, line, 11);
      Long female = RegisterValues.count(row.get(11), "weiblich", src, line, 12);
      m.population(Optional.ofNullable(total)).populationMale(Optional.ofNullable(male))
          .populationFemale(Optional.ofNullable(female));
      if (total != null) {
        m.populationDate(date);
      }
      BigDecimal area = RegisterValues.decimal(row.get(8), "Fläche", src, line, 9);
      m.areaKm2(Optional.ofNullable(area));
      String plz = row.get(13).strip();
      if (!plz.isEmpty()) {
        m.postcode(RegisterValues.keyPart(plz, 5, "PLZ", src, line, 14));
      }
      BigDecimal lon = RegisterValues.decimal(row.get(14), "Längengrad", src, line, 15);
      BigDecimal lat = RegisterValues.decimal(row.get(15), "Breitengrad", src, line, 16);
      if (lon != null && lat != null) {
        m.location(GeoPoint.of(lat.doubleValue(), lon.doubleValue()));
      }
      return m.build();
    } catch (IllegalArgumentException e) {
      throw new CsvFormatException(CsvFormatException.Kind.BAD_VALUE, src, line, 1,
          CsvFormatException.clip(e.getMessage()), e);
    }
  }

  /** The type of a record: from the Textkennzeichen, or from the Satzart for Land and RB. */
  static MunicipalityType type(RecordType recordType, String textCode) {
    switch (recordType) {
      case STATE:
        return MunicipalityType.STATE;
      case GOVERNMENT_REGION:
        return MunicipalityType.GOVERNMENT_REGION;
      default:
        return MunicipalityType.ofTextCode(textCode);
    }
  }

}
