// SPDX-License-Identifier: Apache-2.0
package zwk.io.typology;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import zwk.io.csv.CsvFormatException;
import zwk.io.csv.CsvReadOptions;
import zwk.io.csv.CsvRow;
import zwk.io.csv.CsvRows;
import zwk.model.region.Ags;
import zwk.model.region.Ars;

/**
 * Reads an official typology table from CSV: one row per region with its key and type number, and
 * optionally the type's name, e.g. the Demografietypen 2020 of Wegweiser Kommune (11 types).
 * Encoding (UTF-8 with or without BOM, Windows-1252) and separator ({@code ;} or {@code ,}) are
 * detected. The header names the columns (case, accents and punctuation ignored); other columns
 * (e.g. the region's name) are ignored:
 *
 * <ul>
 *   <li>key (required): {@code AGS}, {@code ARS}, {@code key}, {@code GKZ} or {@code Kennziffer}: an AGS
 *       (lost leading zeros repaired) or a 12-digit ARS (stored as its AGS where it has one);
 *   <li>type (required): {@code type}, {@code Typ}, {@code Demografietyp} or {@code Typ_Nr}: an integer ≥ 0;
 *   <li>type name (optional): {@code type_name}, {@code Typname}, {@code Typ_Name}, {@code Bezeichnung}
 *       or {@code Demografietyp_Name}.
 * </ul>
 *
 * A row with an empty key and type is skipped (spreadsheets leave such rows); any other bad row is an
 * error with file, line and column, as are a key given twice and a type number with two names.
 */
public final class TypologyCsvReader {
  private static final Set<String> KEY = Set.of("ags", "ars", "key", "gkz", "kennziffer");
  private static final Set<String> TYPE = Set.of("type", "typ", "demografietyp", "typnr");
  private static final Set<String> NAME = Set.of("typename", "typname", "bezeichnung", "demografietypname");

  private TypologyCsvReader() {}

  /**
   * Reads a file.
   *
   * @throws CsvFormatException located, for a malformed file
   */
  public static TypologyTable read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.getFileName().toString());
    } catch (IOException e) {
      throw new CsvFormatException(CsvFormatException.Kind.IO, file.toString(), 0, 0, "expected a readable file, got " + e, e);
    }
  }

  /**
   * Reads a stream; {@code source} names it in messages.
   *
   * @throws CsvFormatException located, for malformed content
   */
  public static TypologyTable read(InputStream in, String source) {
    try (CsvRows rows = CsvRows.open(in, source, CsvReadOptions.defaults())) {
      CsvRow header = rows.next();
      if (header == null) {
        throw new CsvFormatException(CsvFormatException.Kind.BAD_HEADER, source, 1, 0,
            "expected a header with a key column (AGS, ARS, key) and a type column (type, Typ), got an empty file");
      }
      int key = -1;
      int type = -1;
      int name = -1;
      for (int i = 0; i < header.size(); i++) {
        String h = norm(header.get(i));
        if (key < 0 && KEY.contains(h)) {
          key = i;
        } else if (type < 0 && TYPE.contains(h)) {
          type = i;
        } else if (name < 0 && NAME.contains(h)) {
          name = i;
        }
      }
      if (key < 0 || type < 0) {
        throw new CsvFormatException(CsvFormatException.Kind.BAD_HEADER, source, header.line(), 0,
            "expected a key column (AGS, ARS, key, GKZ, Kennziffer) and a type column (type, Typ, Demografietyp, Typ_Nr), got "
                + CsvFormatException.clip(String.join(";", header.fields())));
      }
      Map<String, Integer> types = new HashMap<>();
      Map<String, Long> lineOf = new HashMap<>();
      Map<Integer, String> names = new HashMap<>();
      CsvRow r;
      while ((r = rows.next()) != null) {
        if (r.isBlank()) {
          continue;
        }
        if (r.size() != header.size()) {
          throw new CsvFormatException(CsvFormatException.Kind.RAGGED_ROW, source, r.line(), 0,
              "expected " + header.size() + " fields as in the header, got " + r.size());
        }
        String k = r.get(key).strip();
        String t = r.get(type).strip();
        if (k.isEmpty() && t.isEmpty()) {
          continue;
        }
        String canonical = key(k, source, r.line(), key + 1);
        int number = number(t, source, r.line(), type + 1);
        Integer before = types.putIfAbsent(canonical, number);
        if (before != null) {
          throw new CsvFormatException(CsvFormatException.Kind.BAD_VALUE, source, r.line(), key + 1,
              "expected each region once, got " + canonical + " again (first in line " + lineOf.get(canonical) + ")");
        }
        lineOf.put(canonical, r.line());
        if (name >= 0 && !r.get(name).isBlank()) {
          String n = r.get(name).strip();
          String prev = names.putIfAbsent(number, n);
          if (prev != null && !prev.equals(n)) {
            throw new CsvFormatException(CsvFormatException.Kind.BAD_VALUE, source, r.line(), name + 1,
                "expected one name for type " + number + ", got '" + CsvFormatException.clip(n) + "' after '"
                    + CsvFormatException.clip(prev) + "'");
          }
        }
      }
      return new TypologyTable(source, types, names);
    }
  }

  private static String key(String k, String source, long line, int column) {
    String t = k.replace(" ", "");
    try {
      if (t.length() == 12 || t.length() == 9) {
        Ars ars = Ars.parse(t);
        return ars.hasAgs() ? ars.toAgs().code() : ars.code();
      }
      return Ags.parse(t).code();
    } catch (IllegalArgumentException e) {
      throw new CsvFormatException(CsvFormatException.Kind.BAD_VALUE, source, line, column,
          "expected an AGS (2, 3, 5 or 8 digits) or ARS (12 digits), got '" + CsvFormatException.clip(k) + "'");
    }
  }

  private static int number(String t, String source, long line, int column) {
    if (t.matches("[0-9]{1,9}")) {
      return Integer.parseInt(t);
    }
    throw new CsvFormatException(CsvFormatException.Kind.BAD_VALUE, source, line, column,
        "expected a type number (an integer >= 0), got '" + CsvFormatException.clip(t) + "'");
  }

  private static String norm(String header) {
    String n = Normalizer.normalize(header.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  /** The column names the reader recognises (for documentation and messages). */
  static List<Set<String>> columns() {
    return List.of(KEY, TYPE, NAME);
  }
}
