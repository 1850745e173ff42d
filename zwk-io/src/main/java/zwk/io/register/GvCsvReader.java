// SPDX-License-Identifier: Apache-2.0
package zwk.io.register;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
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
 * <p>Format: UTF-8 (BOM allowed) or Windows-1252, {@code ;} or {@code ,} (detected), either one
 * header row or the whole sheet (title lines, the three header lines of the official layout,
 * footnotes after the records); header labels are retyped by users and not relied on beyond the
 * first cell ("Satz-art"). Every key column holds digits or nothing; a key may occur only once.
 * 20 columns by position: Satzart, Textkennzeichen, Land, RB, Kreis, VB
 * (Gemeindeverband), Gem, Gemeindename, area in km² (column without header), population total, male,
 * female, per km², PLZ, Längengrad, Breitengrad, key_travel, Reisegebiete, Schlüssel (degree of
 * urbanisation code), Grad der Verstädterung. The spreadsheet damage is repaired: leading zeros of
 * key parts and the 4-digit PLZ are restored, blanks as thousands separators removed, decimal commas
 * read. Columns 13 and 17–20 are kept verbatim in {@link RegisterEntry#attributes()}.
 *
 * <p>The Gebietsstand (and population reference date) is taken from the title line of a whole
 * sheet ("… mit ausgewählten Merkmalen am 31.12.2021 (4. Quartal)"), else from a {@code ddmmyyyy_}
 * prefix of the file name (the extract's Stichtag); without either it is left empty.
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
   * Reads the extract: the header line(s) and records, or the whole sheet saved as CSV (title
   * lines, the three header lines, the records, footnotes). Separator {@code ;} or {@code ,} and
   * encoding UTF-8 or Windows-1252 are detected from the content.
   *
   * @throws CsvFormatException located at line and column for any malformed record
   */
  public static MunicipalityRegister read(InputStream in, String sourceName) {
    java.io.BufferedInputStream bin = new java.io.BufferedInputStream(in, 1 << 16);
    char separator;
    try {
      bin.mark(1 << 16);
      byte[] sample = bin.readNBytes(1 << 16);
      bin.reset();
      separator = separator(new String(sample, java.nio.charset.StandardCharsets.ISO_8859_1));
    } catch (java.io.IOException e) {
      throw new CsvFormatException(CsvFormatException.Kind.IO, sourceName, 1, 1, "expected a readable stream, got " + e, e);
    }
    try (CsvRows rows = CsvRows.open(bin, sourceName, CsvReadOptions.defaults().withSeparator(separator))) {
      return read(rows.iterator(), sourceName, dateFromName(sourceName));
    }
  }

  /**
   * The separator of a whole-sheet or plain extract: the one of {@code ;} and {@code ,} that gives
   * more lines of exactly 20 fields among the first lines (a title line alone cannot tell).
   */
  static char separator(String sample) {
    int semicolonLines = 0;
    int commaLines = 0;
    int semicolons = 0;
    int commas = 0;
    boolean quoted = false;
    int lines = 0;
    for (int i = 0; i < sample.length() && lines < 200; i++) {
      char c = sample.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == ';') {
        semicolons++;
      } else if (!quoted && c == ',') {
        commas++;
      } else if (!quoted && c == '\n') {
        semicolonLines += semicolons == COLUMNS - 1 ? 1 : 0;
        commaLines += commas == COLUMNS - 1 ? 1 : 0;
        semicolons = 0;
        commas = 0;
        lines++;
      }
    }
    return commaLines > semicolonLines ? ',' : ';';
  }

  /**
   * Reads the rows of an extract from any source (CSV rows, or the rows of the xlsx sheet as text):
   * lines before the first record are title and header lines (one of them must start with
   * "Satzart"; a date {@code dd.mm.yyyy} in them is the Gebietsstand, before the file-name prefix),
   * then the records, then footnotes (no record may follow them).
   */
  static MunicipalityRegister read(Iterator<CsvRow> rows, String sourceName, Optional<LocalDate> nameDate) {
    List<RegisterEntry> entries = new ArrayList<>();
    Map<String, Long> keys = new java.util.HashMap<>();
    Optional<LocalDate> titleDate = Optional.empty();
    boolean header = false;
    boolean data = false;
    long footnotesFrom = 0;
    Optional<LocalDate> date = nameDate;
    long firstLine = 0;
    String firstCell = null;
    while (rows.hasNext()) {
      CsvRow row = rows.next();
      if (firstCell == null) {
        firstLine = row.line();
        firstCell = row.size() == 0 ? "" : row.get(0);
      }
      if (row.isBlank()) {
        continue;
      }
      String first = row.get(0).strip();
      // before the records only a real Satzart starts one (the header's column numbers 1, 2, … do not);
      // among them any 1-2 digit code does, so that a wrong code is reported, not taken for a footnote
      boolean record = data ? first.matches("[0-9]{1,2}") : first.matches("[1-6]0");
      if (!data) {
        if (!record) {
          if (first.replace("-", "").replace("\n", "").replace(" ", "").equalsIgnoreCase("Satzart")) {
            header = true;
          } else if (!header && titleDate.isEmpty()) {
            titleDate = titleDate(row);
          }
          continue;
        }
        if (!header) {
          throw new CsvFormatException(CsvFormatException.Kind.BAD_HEADER, sourceName, firstLine, 1,
              "expected a header starting with 'Satz-art', got '" + CsvFormatException.clip(firstCell) + "'");
        }
        data = true;
        if (titleDate.isPresent()) {
          date = titleDate;
        }
      }
      if (footnotesFrom > 0) {
        if (record && row.size() == COLUMNS) {
          throw new CsvFormatException(CsvFormatException.Kind.BAD_STRUCTURE, sourceName, row.line(), 1,
              "expected only footnotes after line " + footnotesFrom + ", got another record");
        }
        continue;
      }
      if (!record) {
        footnotesFrom = row.line(); // footnotes ("1) Fläche …", "Quelle: …") end the records
        continue;
      }
      if (row.size() != COLUMNS) {
        throw new CsvFormatException(CsvFormatException.Kind.RAGGED_ROW, sourceName, row.line(),
            Math.min(row.size(), COLUMNS) + 1, "expected " + COLUMNS + " fields, got " + row.size());
      }
      RegisterEntry e = entry(row, sourceName, date);
      Long earlier = keys.putIfAbsent(e.key(), row.line());
      if (earlier != null) {
        throw new CsvFormatException(CsvFormatException.Kind.BAD_VALUE, sourceName, row.line(), 3,
            "expected each key once, got ARS " + e.key() + " again (first in line " + earlier + ")");
      }
      entries.add(e);
    }
    if (!header) {
      throw new CsvFormatException(CsvFormatException.Kind.BAD_HEADER, sourceName, Math.max(1, firstLine), 1,
          "expected a header starting with 'Satz-art', got '" + CsvFormatException.clip(firstCell == null ? "" : firstCell)
              + "'");
    }
    if (entries.isEmpty()) {
      throw new CsvFormatException(CsvFormatException.Kind.BAD_STRUCTURE, sourceName, Math.max(1, firstLine), 1,
          "expected at least one record after the header, got none");
    }
    try {
      return MunicipalityRegister.of(sourceName, date, entries);
    } catch (IllegalArgumentException e) {
      throw new CsvFormatException(CsvFormatException.Kind.BAD_STRUCTURE, sourceName, 1, 1,
          CsvFormatException.clip(e.getMessage()), e);
    }
  }

  private static final Pattern TITLE_DATE = Pattern.compile("(?<![0-9])([0-3]?[0-9])\\.([01]?[0-9])\\.([0-9]{4})(?![0-9])");

  /** A date {@code dd.mm.yyyy} in a title line ("… mit ausgewählten Merkmalen am 31.12.2021 (4. Quartal)"). */
  static Optional<LocalDate> titleDate(CsvRow row) {
    for (String cell : row.fields()) {
      Matcher m = TITLE_DATE.matcher(cell);
      if (m.find()) {
        try {
          return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(1))));
        } catch (java.time.DateTimeException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
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
    // every key column holds digits or nothing, also those the Satzart does not use
    String[] keyNames = {"Land", "RB", "Kreis", "VB", "Gem"};
    int[] keyWidths = {2, 1, 2, 4, 3};
    for (int i = 0; i < keyNames.length; i++) {
      if (!row.get(2 + i).isBlank()) {
        RegisterValues.keyPart(row.get(2 + i), keyWidths[i], keyNames[i], src, line, 3 + i);
      }
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
