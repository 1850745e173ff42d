// SPDX-License-Identifier: Apache-2.0
package zwk.io.register;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import zwk.io.csv.CsvFormatException;
import zwk.io.csv.CsvRow;
import zwk.model.region.MunicipalityRegister;

/**
 * Reader of the official {@code Auszug_GV.xlsx} as Destatis publishes it, without a detour through
 * CSV: the sheet whose first rows hold the "Satz-art" header is read row by row (fastexcel-reader,
 * streaming) and goes through exactly the checks of {@link GvCsvReader} (title date, header,
 * records, footnotes, keys). Lines in messages are the sheet's row numbers, columns its column
 * numbers (A = 1).
 *
 * <p>Numeric cells are taken with at most 15 significant digits (what Excel keeps), so that a
 * binary floating-point value such as {@code 56.730000000000004} reads as the {@code 56.73} the
 * sheet shows.
 */
final class XlsxRegisterReader {
  private static final int COLUMNS = 20;
  private static final int HEADER_SEARCH_ROWS = 30;
  private static final MathContext EXCEL_DIGITS = new MathContext(15);

  private XlsxRegisterReader() {}

  static MunicipalityRegister read(InputStream in, String sourceName) {
    try (ReadableWorkbook wb = new ReadableWorkbook(in, new ReadingOptions(false, false))) {
      List<Sheet> sheets = wb.getSheets().collect(Collectors.toList());
      for (Sheet sheet : sheets) {
        if (hasHeader(sheet)) {
          try (Stream<Row> rows = sheet.openStream()) {
            Iterator<CsvRow> it = rows.map(XlsxRegisterReader::row).iterator();
            return GvCsvReader.read(it, sourceName, GvCsvReader.dateFromName(sourceName));
          }
        }
      }
      throw new CsvFormatException(CsvFormatException.Kind.BAD_STRUCTURE, sourceName, 1, 1,
          "expected an Auszug_GV workbook (a sheet with the header 'Satz-art' in its first " + HEADER_SEARCH_ROWS
              + " rows), got an xlsx workbook with the sheets " + CsvFormatException.clip(
                  sheets.stream().map(Sheet::getName).collect(Collectors.joining(", ", "[", "]"))));
    } catch (IOException | UncheckedIOException | org.dhatim.fastexcel.reader.ExcelReaderException e) {
      throw new CsvFormatException(CsvFormatException.Kind.BAD_STRUCTURE, sourceName, 1, 1,
          "expected a readable xlsx workbook, got an unsupported or damaged one: "
              + CsvFormatException.clip(String.valueOf(e.getMessage())), e);
    }
  }

  private static boolean hasHeader(Sheet sheet) throws IOException {
    try (Stream<Row> rows = sheet.openStream()) {
      return rows.limit(HEADER_SEARCH_ROWS).anyMatch(r -> {
        String first = text(r.getCell(0));
        return first.replace("-", "").replace("\n", "").replace(" ", "").equalsIgnoreCase("Satzart");
      });
    }
  }

  /** A sheet row as the text of its cells; trailing empty cells up to column 20 are filled in. */
  static CsvRow row(Row r) {
    List<String> fields = new ArrayList<>(COLUMNS);
    int n = r.getCellCount();
    for (int i = 0; i < n; i++) {
      fields.add(text(r.getCell(i)));
    }
    while (fields.size() > COLUMNS && fields.get(fields.size() - 1).isEmpty()) {
      fields.remove(fields.size() - 1);
    }
    boolean blank = fields.stream().allMatch(String::isEmpty);
    while (!blank && fields.size() < COLUMNS) {
      fields.add("");
    }
    return new CsvRow(r.getRowNum(), fields);
  }

  static String text(Cell c) {
    if (c == null || c.getType() == CellType.EMPTY) {
      return "";
    }
    if (c.getType() == CellType.NUMBER) {
      String raw = c.getRawValue();
      try {
        BigDecimal v = new BigDecimal(raw).round(EXCEL_DIGITS).stripTrailingZeros();
        if (v.scale() < -18 || v.scale() > 30) {
          return raw; // no register value is this large or small; the column check reports it as written
        }
        return v.scale() < 0 ? v.setScale(0).toPlainString() : v.toPlainString();
      } catch (NumberFormatException e) {
        return raw;
      }
    }
    String t = c.getText();
    return t == null ? "" : t;
  }
}
