package zwk.io.register;

import java.io.IOException;
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
import zwk.io.csv.CsvFormatException;
import zwk.io.csv.TextEncoding;
import zwk.model.region.Ars;
import zwk.model.region.Municipality;
import zwk.model.region.MunicipalityRegister;
import zwk.model.region.RecordType;
import zwk.model.region.RegisterEntry;

/**
 * Reader of the official fixed-width register file GV100AD ({@code GV100AD_ddmmyy.ASC}).
 *
 * <p>Format: one record per line (CRLF or LF), 220 characters (UTF-8 in current files, Windows-1252
 * in old ones; detected), positions 1-based and inclusive:
 *
 * <pre>
 *   1-  2  Satzart (10 Land, 20 RB, 30 Region, 40 Kreis, 50 Gemeindeverband, 60 Gemeinde)
 *   3- 10  Gebietsstand (yyyymmdd)
 *  11- 12  Land          13 RB          14-15 Kreis (Satzart 30: 14 Region)
 *  16- 18  Gemeinde (Satzart 60; 11-18 is the AGS)
 *  19- 22  Gemeindeverband (Satzart 50 and 60)
 *  23- 72  Name          73-122 Sitz der Verwaltung (Satzart 10-40, 50 where given)
 * 123-124  Textkennzeichen (Satzart 40, 50, 60)
 * 129-139  Fläche in ha  140-150 Bevölkerung insgesamt  151-161 männlich   (Satzart 60)
 * 166-170  PLZ           171-175 '*****' when the Gemeinde has several PLZ
 * 176-220  further official keys (Finanzamt, courts, Arbeitsagentur, Bundestagswahlkreise)
 * </pre>
 *
 * <p>Area is converted exactly from hectares to km² (÷ 100). Population is as of 31 December of the
 * year before the Gebietsstand (the GV100AD convention; {@code GV100AD_301121} carries 31.12.2020).
 * Positions 171–220 are kept verbatim in {@link RegisterEntry#attributes()}.
 */
public final class Gv100AdReader {
  private static final int RECORD_LENGTH = 220;
  private static final long MAX_BYTES = 256L * 1024 * 1024;

  private Gv100AdReader() {}

  /**
   * Reads the file.
   *
   * @throws CsvFormatException located at line and character column for a malformed record
   */
  public static MunicipalityRegister read(InputStream in, String sourceName) {
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_BYTES + 1));
    } catch (IOException e) {
      throw new CsvFormatException(CsvFormatException.Kind.IO, sourceName, 0, 0, "expected a readable stream, got " + e, e);
    }
    if (bytes.length > MAX_BYTES) {
      throw new CsvFormatException(CsvFormatException.Kind.FIELD_TOO_LARGE, sourceName, 0, 0,
          "expected a register file of at most " + MAX_BYTES + " bytes, got more");
    }
    String text = TextEncoding.decode(bytes, sourceName);
    List<RegisterEntry> entries = new ArrayList<>();
    LocalDate territorial = null;
    long lineNo = 0;
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      String line = text.substring(start, end > start && text.charAt(end - 1) == '\r' ? end - 1 : end);
      start = end + 1;
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      if (line.length() != RECORD_LENGTH) {
        throw new CsvFormatException(CsvFormatException.Kind.RAGGED_ROW, sourceName, lineNo,
            Math.min(line.length(), RECORD_LENGTH) + 1,
            "expected a record of " + RECORD_LENGTH + " characters, got " + line.length());
      }
      LocalDate date = date(line, sourceName, lineNo);
      if (territorial == null) {
        territorial = date;
      }
      entries.add(entry(line, sourceName, lineNo, date));
    }
    try {
      return MunicipalityRegister.of(sourceName, Optional.ofNullable(territorial), entries);
    } catch (IllegalArgumentException e) {
      throw new CsvFormatException(CsvFormatException.Kind.BAD_STRUCTURE, sourceName, 0, 0,
          CsvFormatException.clip(e.getMessage()), e);
    }
  }

  private static LocalDate date(String line, String src, long lineNo) {
    try {
      return LocalDate.parse(field(line, 3, 10), DateTimeFormatter.BASIC_ISO_DATE);
    } catch (DateTimeParseException e) {
      throw new CsvFormatException(CsvFormatException.Kind.BAD_VALUE, src, lineNo, 3,
          "Gebietsstand: expected yyyymmdd, got '" + CsvFormatException.clip(field(line, 3, 10)) + "'", e);
    }
  }

  /** Characters {@code from}–{@code to} (1-based, inclusive). */
  static String field(String line, int from, int to) {
    return line.substring(from - 1, to);
  }

  private static RegisterEntry entry(String line, String src, long lineNo, LocalDate territorial) {
    RecordType type;
    try {
      type = RecordType.ofCode(field(line, 1, 2));
    } catch (IllegalArgumentException e) {
      throw new CsvFormatException(CsvFormatException.Kind.BAD_VALUE, src, lineNo, 1, e.getMessage(), e);
    }
    String key;
    switch (type) {
      case REGION:
        key = field(line, 11, 14);
        break;
      case MUNICIPAL_ASSOCIATION:
        key = field(line, 11, 15) + field(line, 19, 22);
        break;
      case MUNICIPALITY:
        // The ARS puts the Gemeindeverband before the Gemeinde; GV100AD stores the AGS first.
        key = field(line, 11, 15) + field(line, 19, 22) + field(line, 16, 18);
        break;
      default:
        key = field(line, 11, 10 + type.keyLength());
    }
    String name = field(line, 23, 72).strip();
    String seat = field(line, 73, 122).strip();
    Map<String, String> attributes = new LinkedHashMap<>();
    String ambiguousPlz = field(line, 171, 175).strip();
    if (!ambiguousPlz.isEmpty()) {
      attributes.put("PLZ mehrdeutig", ambiguousPlz);
    }
    String rest = field(line, 176, 220).strip();
    if (!rest.isEmpty()) {
      attributes.put("GV100AD 176-220", rest);
    }
    try {
      RegisterEntry.Builder b = RegisterEntry.builder().recordType(type).key(key).name(name)
          .attributes(attributes).line(lineNo);
      if (!seat.isEmpty()) {
        b.administrativeSeat(seat);
      }
      if (type != RecordType.REGION) {
        b.municipality(municipality(type, key, name, line, src, lineNo, territorial));
      }
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new CsvFormatException(CsvFormatException.Kind.BAD_VALUE, src, lineNo, 11,
          CsvFormatException.clip(e.getMessage()), e);
    }
  }

  private static Municipality municipality(RecordType type, String key, String name, String line,
      String src, long lineNo, LocalDate territorial) {
    Ars ars = Ars.of(key);
    Municipality.Builder m = Municipality.builder().ars(ars).name(name)
        .type(GvCsvReader.type(type, field(line, 123, 124).strip()));
    if (ars.hasAgs()) {
      m.ags(ars.toAgs());
    }
    if (type == RecordType.MUNICIPALITY) {
      Long ha = RegisterValues.count(field(line, 129, 139), "Fläche", src, lineNo, 129);
      if (ha != null) {
        m.areaKm2(BigDecimal.valueOf(ha).movePointLeft(2));
      }
      Long total = RegisterValues.count(field(line, 140, 150), "Bevölkerung", src, lineNo, 140);
      Long male = RegisterValues.count(field(line, 151, 161), "männlich", src, lineNo, 151);
      m.population(Optional.ofNullable(total)).populationMale(Optional.ofNullable(male));
      if (total != null) {
        m.populationDate(LocalDate.of(territorial.getYear() - 1, 12, 31));
      }
      String plz = field(line, 166, 170).strip();
      if (!plz.isEmpty()) {
        m.postcode(plz);
      }
    }
    return m.build();
  }
}
