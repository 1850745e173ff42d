// SPDX-License-Identifier: Apache-2.0
package zwk.io.table;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zwk.io.csv.CsvFormatException;
import zwk.io.csv.CsvRow;
import zwk.io.csv.CsvRows;
import zwk.io.csv.FormulaGuard;
import zwk.model.diagnostic.Diagnostic;

/**
 * The import loop shared by zwk's own tables: header mapping (German or English names), typed cells,
 * rejected rows with line and reason, all-or-nothing or collect-and-continue.
 *
 * <p>Malformed CSV (unclosed quote, a row with more or fewer fields than the header, invalid
 * encoding, an oversized field) is not a rejected row but a {@link CsvFormatException} with line and
 * column, in both modes: the file structure itself cannot be trusted.
 */
final class CsvTableReader {
  private CsvTableReader() {}

  /** Maps one row; throws {@link RowRejectedException} for a cell it cannot take. */
  interface RowMapper<T> {
    T map(RowValues values);
  }

  /** A header as read: the fixed columns found and the remaining (unknown) header cells. */
  static final class Header {
    final Map<String, Integer> index = new HashMap<>();
    final Map<String, String> names = new HashMap<>();
    final Map<Integer, String> others = new LinkedHashMap<>();
    int size;
  }

  static <T> ImportResult<T> read(InputStream in, String source, CsvImportOptions options, List<Column> columns,
      boolean keepUnknownColumns, java.util.function.Function<Header, RowMapper<T>> mapperFactory) {
    List<T> out = new ArrayList<>();
    List<RowRejection> rejections = new ArrayList<>();
    List<Diagnostic> warnings = new ArrayList<>();
    try (CsvRows rows = CsvRows.open(in, source, options.read())) {
      CsvRow headerRow = rows.next();
      if (headerRow == null) {
        throw new CsvFormatException(CsvFormatException.Kind.BAD_HEADER, source, 1, 1, "expected a header row, got an empty file");
      }
      Header header = header(headerRow, columns, source, keepUnknownColumns, warnings);
      boolean comma = options.decimalMark() == CsvImportOptions.DecimalMark.COMMA
          || (options.decimalMark() == CsvImportOptions.DecimalMark.AUTO && rows.separator() == ';');
      RowMapper<T> mapper = mapperFactory.apply(header);
      for (CsvRow row = rows.next(); row != null; row = rows.next()) {
        if (row.size() == 1 && row.get(0).isEmpty()) {
          continue; // an empty line
        }
        if (row.size() != header.size) {
          throw new CsvFormatException(CsvFormatException.Kind.RAGGED_ROW, source, row.line(),
              Math.min(row.size(), header.size) + 1, "expected " + header.size + " fields as in the header, got " + row.size());
        }
        try {
          out.add(mapper.map(new RowValues(row, header.index, header.names, comma)));
        } catch (RowRejectedException e) {
          rejections.add(new RowRejection(row.line(), e.column(), e.columnName(), e.getMessage()));
        } catch (IllegalArgumentException | IllegalStateException e) {
          // An invariant of the model type (e.g. AGS and ARS of different regions). A
          // NullPointerException is a bug in a row mapper, not bad input: it is not caught here.
          rejections.add(new RowRejection(row.line(), 0, "", CsvFormatException.clip(String.valueOf(e.getMessage()))));
        }
      }
    }
    if (!rejections.isEmpty() && options.mode() == ImportMode.ALL_OR_NOTHING) {
      throw new CsvImportException(source, rejections);
    }
    return new ImportResult<>(out, rejections, warnings);
  }

  private static Header header(CsvRow row, List<Column> columns, String source, boolean keepUnknown, List<Diagnostic> warnings) {
    Header h = new Header();
    h.size = row.size();
    for (int c = 0; c < row.size(); c++) {
      String name = FormulaGuard.unguard(row.get(c));
      Column match = null;
      for (Column col : columns) {
        if (col.matches(name)) {
          match = col;
          break;
        }
      }
      if (match != null) {
        if (h.index.containsKey(match.id())) {
          throw new CsvFormatException(CsvFormatException.Kind.BAD_HEADER, source, row.line(), c + 1,
              "expected each column once, got '" + CsvFormatException.clip(name) + "' again");
        }
        h.index.put(match.id(), c);
        h.names.put(match.id(), name);
      } else if (keepUnknown) {
        h.others.put(c, name);
      } else {
        warnings.add(Diagnostic.of(TableDiagnostic.UNKNOWN_COLUMN, Diagnostic.Location.of(source, row.line(), c + 1),
            "column", c + 1, "name", CsvFormatException.clip(name)));
      }
    }
    for (Column col : columns) {
      if (col.required() && !h.index.containsKey(col.id())) {
        throw new CsvFormatException(CsvFormatException.Kind.BAD_HEADER, source, row.line(), 0,
            "expected a column '" + col.id() + "' or '" + col.german() + "', got none");
      }
    }
    return h;
  }
}
