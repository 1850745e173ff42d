// SPDX-License-Identifier: Apache-2.0
package zwk.io.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import zwk.io.csv.CsvFormatException;
import zwk.io.csv.CsvRow;
import zwk.io.csv.FormulaGuard;

/**
 * Typed access to the cells of one row by column id; every failure is a
 * {@link RowRejectedException} naming the column and echoing the input (cut to 64 characters).
 */
public final class RowValues {
  private static final Pattern COMMA_NUMBER = Pattern.compile("-?\\d{1,40}(,\\d{1,40})?");
  private static final Pattern POINT_NUMBER = Pattern.compile("-?\\d{1,40}(\\.\\d{1,40})?");
  private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");

  private final CsvRow row;
  private final Map<String, Integer> index;
  private final Map<String, String> headers;
  private final boolean decimalComma;

  RowValues(CsvRow row, Map<String, Integer> index, Map<String, String> headers, boolean decimalComma) {
    this.row = row;
    this.index = index;
    this.headers = headers;
    this.decimalComma = decimalComma;
  }

  /** The line where the row starts. */
  public long line() {
    return row.line();
  }

  /** Whether the header has the column. */
  public boolean has(String id) {
    return index.containsKey(id);
  }

  private String cell(String id) {
    Integer c = index.get(id);
    return c == null ? "" : row.get(c);
  }

  private RowRejectedException reject(String id, String expected, String got) {
    Integer c = index.get(id);
    return new RowRejectedException(c == null ? 0 : c + 1, headers.getOrDefault(id, id),
        id + ": expected " + expected + ", got '" + CsvFormatException.clip(got) + "'");
  }

  /** A required text cell, formula guard removed, otherwise unchanged. */
  public String text(String id) {
    String v = cell(id);
    if (v.isEmpty()) {
      throw reject(id, "a value", v);
    }
    return FormulaGuard.unguard(v);
  }

  /** An optional text cell (empty cell = absent), formula guard removed. */
  public Optional<String> optText(String id) {
    String v = cell(id);
    return v.isEmpty() ? Optional.empty() : Optional.of(FormulaGuard.unguard(v));
  }

  /** An optional decimal in the dialect's decimal mark. */
  public Optional<BigDecimal> optDecimal(String id) {
    String v = cell(id).strip();
    if (v.isEmpty()) {
      return Optional.empty();
    }
    if (decimalComma ? !COMMA_NUMBER.matcher(v).matches() : !POINT_NUMBER.matcher(v).matches()) {
      throw reject(id, "a number with decimal " + (decimalComma ? "comma" : "point"), v);
    }
    return Optional.of(new BigDecimal(decimalComma ? v.replace(',', '.') : v));
  }

  /** An optional whole number. */
  public Optional<Long> optLong(String id) {
    Optional<BigDecimal> d = optDecimal(id);
    if (d.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(d.get().longValueExact());
    } catch (ArithmeticException e) {
      throw reject(id, "a whole number", cell(id));
    }
  }

  /** An optional whole number in the range of {@code int}. */
  public Optional<Integer> optInt(String id) {
    Optional<Long> n = optLong(id);
    if (n.isPresent() && (n.get() < Integer.MIN_VALUE || n.get() > Integer.MAX_VALUE)) {
      throw reject(id, "a whole number of at most 10 digits", cell(id));
    }
    return n.map(Long::intValue);
  }

  /** An optional double (written exactly by zwk as its shortest decimal). */
  public Optional<Double> optDouble(String id) {
    return optDecimal(id).map(BigDecimal::doubleValue);
  }

  /** An optional date, ISO {@code 2021-12-31} or German {@code 31.12.2021}. */
  public Optional<LocalDate> optDate(String id) {
    String v = cell(id).strip();
    if (v.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(v.contains(".") ? LocalDate.parse(v, GERMAN_DATE) : LocalDate.parse(v));
    } catch (DateTimeParseException e) {
      throw reject(id, "a date yyyy-mm-dd or dd.mm.yyyy", v);
    }
  }

  /** An optional decimal in a column that is not one of the fixed ones (an indicator column). */
  Optional<BigDecimal> optIndicator(String name, int column) {
    String v = row.get(column).strip();
    if (v.isEmpty()) {
      return Optional.empty();
    }
    if (decimalComma ? !COMMA_NUMBER.matcher(v).matches() : !POINT_NUMBER.matcher(v).matches()) {
      throw new RowRejectedException(column + 1, name, name + ": expected a number with decimal "
          + (decimalComma ? "comma" : "point") + ", got '" + CsvFormatException.clip(v) + "'");
    }
    return Optional.of(new BigDecimal(decimalComma ? v.replace(',', '.') : v));
  }

  /** A list cell ({@link ListCodec}); empty cell = empty list. */
  public java.util.List<String> list(String id) {
    Optional<String> t = optText(id);
    if (t.isEmpty()) {
      return java.util.List.of();
    }
    try {
      return ListCodec.split(t.get());
    } catch (IllegalArgumentException e) {
      throw reject(id, "a list separated by | (" + e.getMessage() + ")", t.get());
    }
  }

  /** A labelled enum (name, German or English label), if the cell is not empty. */
  public <E extends Enum<E> & zwk.model.common.Labelled> Optional<E> optEnum(String id, E[] values) {
    Optional<String> t = optText(id);
    if (t.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(zwk.model.common.Labels.parse(values, t.get(), id));
    } catch (IllegalArgumentException e) {
      throw reject(id, "one of " + java.util.Arrays.toString(values), t.get());
    }
  }

  /** A list of labelled enums. */
  public <E extends Enum<E> & zwk.model.common.Labelled> java.util.List<E> enumList(String id, E[] values) {
    java.util.List<E> out = new java.util.ArrayList<>();
    for (String item : list(id)) {
      try {
        out.add(zwk.model.common.Labels.parse(values, item, id));
      } catch (IllegalArgumentException e) {
        throw reject(id, "items of " + java.util.Arrays.toString(values), item);
      }
    }
    return out;
  }

  /** A yes/no cell ({@code ja}/{@code nein}, {@code true}/{@code false}, {@code 1}/{@code 0}); empty = false. */
  public boolean flag(String id) {
    String v = cell(id).strip().toLowerCase(java.util.Locale.ROOT);
    switch (v) {
      case "":
      case "nein":
      case "no":
      case "false":
      case "0":
        return false;
      case "ja":
      case "yes":
      case "true":
      case "1":
      case "x":
        return true;
      default:
        throw reject(id, "ja/nein or true/false", v);
    }
  }

  /** Rejects the cell with a reason (for checks of the mapper itself). */
  public RowRejectedException rejectCell(String id, String expected) {
    return reject(id, expected, cell(id));
  }
}
