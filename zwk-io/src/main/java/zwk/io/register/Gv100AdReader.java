// SPDX-License-Identifier: Apache-2.0
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

  private Gv100AdReader() {}

  /**
   * Reads the file.
   *
   * @throws CsvFormatException located at line and character column for a malformed record
   */
  public static MunicipalityRegister read(InputStream in, String sourceName) {
    java.io.BufferedInputStream bin = new java.io.BufferedInputStream(in, 1 << 16);
    List<RegisterEntry> entries = new ArrayList<>();
    Map<String, Long> keys = new java.util.HashMap<>();
    LocalDate territorial = null;
    try {
      // the encoding from the first 64 KiB (UTF-8 in current files, Windows-1252 in old ones), then
      // decoded incrementally, one record at a time: never the whole file as one string
      bin.mark(1 << 16);
      byte[] sample = bin.readNBytes(1 << 16);
      bin.reset();
      TextEncoding.Detected det = TextEncoding.detect(sample, sample.length);
      bin.skipNBytes(det.bomLength());
      LineReader lines = new LineReader(TextEncoding.strictReader(bin, det.charset()), sourceName, det);
      for (String line = lines.next(); line != null; line = lines.next()) {
        long lineNo = lines.lineNumber();
        if (line.isBlank()) {
          continue;
        }
        if (line.length() != RECORD_LENGTH) {
          throw new CsvFormatException(CsvFormatException.Kind.RAGGED_ROW, sourceName, lineNo,
              Math.min(line.length(), RECORD_LENGTH) + 1,
              "expected a record of " + RECORD_LENGTH + " characters, got " + line.length());
        }
        int damaged = line.indexOf('\uFFFD');
        if (damaged >= 0) {
          throw new CsvFormatException(CsvFormatException.Kind.INVALID_ENCODING, sourceName, lineNo, damaged + 1,
              "expected text, got U+FFFD, the trace of an earlier broken conversion: the register is damaged");
        }
        checkKeyDigits(line, sourceName, lineNo);
        LocalDate date = date(line, sourceName, lineNo);
        if (territorial == null) {
          territorial = date;
        }
        RegisterEntry e = entry(line, sourceName, lineNo, date);
        Long earlier = keys.putIfAbsent(e.key(), lineNo);
        if (earlier != null) {
          throw new CsvFormatException(CsvFormatException.Kind.BAD_VALUE, sourceName, lineNo, 11,
              "expected each key once, got ARS " + e.key() + " again (first in line " + earlier + ")");
        }
        entries.add(e);
      }
    } catch (IOException e) {
      throw new CsvFormatException(CsvFormatException.Kind.IO, sourceName, 1, 1, "expected a readable stream, got " + e, e);
    }
    if (entries.isEmpty()) {
      throw new CsvFormatException(CsvFormatException.Kind.BAD_STRUCTURE, sourceName, 1, 1,
          "expected at least one register record, got none");
    }
    try {
      return MunicipalityRegister.of(sourceName, Optional.ofNullable(territorial), entries);
    } catch (IllegalArgumentException e) {
      throw new CsvFormatException(CsvFormatException.Kind.BAD_STRUCTURE, sourceName, 1, 1,
          CsvFormatException.clip(e.getMessage()), e);
    }
  }

  /** Positions 11–22 (Land, RB, Kreis, Gemeinde, Gemeindeverband) hold digits or blanks, whatever the Satzart. */
  private static void checkKeyDigits(String line, String src, long lineNo) {
    for (int i = 10; i < 22; i++) {
      char c = line.charAt(i);
      if (c != ' ' && (c < '0' || c > '9')) {
        throw new CsvFormatException(CsvFormatException.Kind.BAD_VALUE, src, lineNo, i + 1,
            "key (positions 11-22): expected digits or blanks, got '" + CsvFormatException.clip(field(line, 11, 22))
                + "'");
      }
    }
  }

  /**
   * Lines of at most {@link #MAX_LINE} characters from a strictly decoding reader; an invalid byte
   * sequence is reported at its line and column.
   */
  private static final class LineReader {
    private static final int MAX_LINE = 4096;
    private final java.io.Reader in;
    private final String source;
    private final TextEncoding.Detected encoding;
    private final char[] buf = new char[8192];
    private int pos;
    private int len;
    private long line;
    private final StringBuilder sb = new StringBuilder(256);

    LineReader(java.io.Reader in, String source, TextEncoding.Detected encoding) {
      this.in = in;
      this.source = source;
      this.encoding = encoding;
    }

    long lineNumber() {
      return line;
    }

    /** The next line without its CR/LF, or null at the end. */
    String next() throws IOException {
      sb.setLength(0);
      boolean any = false;
      while (true) {
        if (pos == len) {
          try {
            len = in.read(buf, 0, buf.length);
          } catch (java.nio.charset.CharacterCodingException e) {
            throw new CsvFormatException(CsvFormatException.Kind.INVALID_ENCODING, source, line + 1, sb.length() + 1,
                "expected " + encoding + ", got an invalid byte sequence", e);
          }
          pos = 0;
          if (len <= 0) {
            len = 0;
            if (!any) {
              return null;
            }
            line++;
            return strip(sb);
          }
        }
        char c = buf[pos++];
        any = true;
        if (c == '\n') {
          line++;
          return strip(sb);
        }
        if (sb.length() >= MAX_LINE) {
          throw new CsvFormatException(CsvFormatException.Kind.RAGGED_ROW, source, line + 1, RECORD_LENGTH + 1,
              "expected a record of " + RECORD_LENGTH + " characters, got more than " + MAX_LINE);
        }
        sb.append(c);
      }
    }

    private static String strip(StringBuilder sb) {
      int n = sb.length();
      return n > 0 && sb.charAt(n - 1) == '\r' ? sb.substring(0, n - 1) : sb.toString();
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
