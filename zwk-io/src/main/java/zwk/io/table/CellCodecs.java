// SPDX-License-Identifier: Apache-2.0
package zwk.io.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import zwk.io.csv.CsvCell;
import zwk.io.csv.CsvExportProfile;
import zwk.model.common.Labelled;
import zwk.model.meta.MetaProperty;
import zwk.model.region.Ags;
import zwk.model.region.Ars;

/**
 * The default cell encodings by element type, used for every table attribute the override layer
 * does not give a codec of its own: text (formula guard), whole numbers, decimals and doubles in the
 * profile's decimal mark, dates (ISO, German {@code dd.MM.yyyy} under {@code excel-de}), enums by
 * name (read by name or German or English label), {@code Ags}/{@code Ars} by code, and lists of
 * texts or enums with {@link ListCodec}.
 */
final class CellCodecs {
  private CellCodecs() {}

  private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");

  /** A one-column codec from a writer and a reader of that column. */
  static <V> CellCodec<V> single(BiFunction<V, CsvExportProfile, CsvCell> write,
      BiFunction<RowValues, String, Optional<V>> read) {
    return new CellCodec<V>() {
      @Override
      public void write(V value, CsvExportProfile profile, List<CsvCell> out) {
        out.add(write.apply(value, profile));
      }

      @Override
      public Optional<V> read(RowValues row, List<String> columns) {
        return read.apply(row, columns.get(0));
      }
    };
  }

  /** A date as written under the profile. */
  static String date(LocalDate d, CsvExportProfile profile) {
    return profile == CsvExportProfile.EXCEL_DE ? d.format(GERMAN_DATE) : d.toString();
  }

  static final CellCodec<String> TEXT = single((s, p) -> CsvCell.text(s), RowValues::optText);
  static final CellCodec<Long> LONG = single((n, p) -> CsvCell.number(BigDecimal.valueOf(n)), RowValues::optLong);
  static final CellCodec<Integer> INT = single((n, p) -> CsvCell.number(BigDecimal.valueOf(n)), RowValues::optInt);
  static final CellCodec<Double> DOUBLE = single((d, p) -> CsvCell.number(BigDecimal.valueOf(d)), RowValues::optDouble);
  static final CellCodec<BigDecimal> DECIMAL = single((d, p) -> CsvCell.number(d), RowValues::optDecimal);
  static final CellCodec<LocalDate> DATE = single((d, p) -> CsvCell.raw(date(d, p)), RowValues::optDate);
  static final CellCodec<Boolean> FLAG = single((b, p) -> CsvCell.raw(p == CsvExportProfile.EXCEL_DE
      ? (b ? "ja" : "nein") : String.valueOf(b)), (v, id) -> v.optText(id).map(t -> v.flag(id)));
  static final CellCodec<Ags> AGS = single((a, p) -> CsvCell.raw(a.code()),
      (v, id) -> v.optText(id).map(t -> {
        try {
          return Ags.parse(t);
        } catch (IllegalArgumentException e) {
          throw v.rejectCell(id, "an AGS of 2, 3, 5 or 8 digits");
        }
      }));
  static final CellCodec<Ars> ARS = single((a, p) -> CsvCell.raw(a.code()),
      (v, id) -> v.optText(id).map(t -> {
        try {
          return Ars.parse(t);
        } catch (IllegalArgumentException e) {
          throw v.rejectCell(id, "an ARS of 2, 3, 5, 9 or 12 digits");
        }
      }));
  static final CellCodec<List<String>> TEXT_LIST = single((l, p) -> CsvCell.text(ListCodec.join(l)),
      (v, id) -> Optional.of(v.list(id)));

  /**
   * The default codec of an attribute by its kind and element type, or empty when there is none
   * (a model type, a map, a list of anything but texts and enums): then the override layer must give
   * one or leave the attribute out with a reason.
   */
  static Optional<CellCodec<?>> forProperty(MetaProperty<?, ?> p) {
    Class<?> t = p.valueType();
    switch (p.kind()) {
      case LIST:
        if (t == String.class) {
          return Optional.of(TEXT_LIST);
        }
        return t.isEnum() && Labelled.class.isAssignableFrom(t) ? Optional.of(enumList(t)) : Optional.empty();
      case MAP:
        return Optional.empty();
      default:
        return forValue(t);
    }
  }

  private static Optional<CellCodec<?>> forValue(Class<?> t) {
    if (t == String.class) {
      return Optional.of(TEXT);
    } else if (t == Long.class) {
      return Optional.of(LONG);
    } else if (t == Integer.class) {
      return Optional.of(INT);
    } else if (t == Double.class) {
      return Optional.of(DOUBLE);
    } else if (t == BigDecimal.class) {
      return Optional.of(DECIMAL);
    } else if (t == LocalDate.class) {
      return Optional.of(DATE);
    } else if (t == Boolean.class) {
      return Optional.of(FLAG);
    } else if (t == Ags.class) {
      return Optional.of(AGS);
    } else if (t == Ars.class) {
      return Optional.of(ARS);
    } else if (t.isEnum() && Labelled.class.isAssignableFrom(t)) {
      return Optional.of(enumValue(t));
    }
    return Optional.empty();
  }

  /** An enum written by name, read by name or label. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static CellCodec<?> enumValue(Class<?> type) {
    return labelledEnum((Class) type);
  }

  private static <E extends Enum<E> & Labelled> CellCodec<E> labelledEnum(Class<E> type) {
    E[] values = type.getEnumConstants();
    return single((e, p) -> CsvCell.raw(e.name()), (v, id) -> v.optEnum(id, values));
  }

  /** A list of enums written by name ({@code A|B}, empty list = empty cell), read by name or label. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static CellCodec<?> enumList(Class<?> type) {
    return labelledEnumList((Class) type);
  }

  private static <E extends Enum<E> & Labelled> CellCodec<List<E>> labelledEnumList(Class<E> type) {
    E[] values = type.getEnumConstants();
    return single((l, p) -> CsvCell.raw(names(l)), (v, id) -> Optional.of(v.enumList(id, values)));
  }

  private static String names(List<? extends Enum<?>> values) {
    List<String> n = new ArrayList<>();
    for (Enum<?> e : values) {
      n.add(e.name());
    }
    return n.isEmpty() ? null : ListCodec.join(n);
  }
}
