// SPDX-License-Identifier: Apache-2.0
package zwk.io.table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BinaryOperator;
import zwk.io.csv.CsvCell;
import zwk.io.csv.CsvExportProfile;
import zwk.model.meta.MetaProperty;
import zwk.model.meta.MetaType;
import zwk.model.meta.ModelMetamodel;

/**
 * The columns of a flat table, derived from the metamodel ({@link ModelMetamodel}) of its row type:
 * every attribute in declaration order gets a column whose id is the attribute name in
 * {@code snake_case}, which is required when the attribute is, and whose cells use the default
 * codec of its element type ({@link CellCodecs}). The table's override layer ({@link Builder}) says
 * only what the metamodel cannot know: the German header and accepted aliases, a different column
 * id, a codec of its own, a flattened attribute with several columns, an attribute placed after
 * another one, how an import row merges into an existing value, and the attributes left out with
 * the reason.
 *
 * <p>A new attribute therefore gets a column without a hand edit. What the layer cannot derive
 * fails loudly: an attribute without a default codec and without an override stops the class from
 * initialising (naming the attribute), and one without a German header is listed by
 * {@link #missingGermanHeaders()}, which {@code TableCoverageTest} requires to be empty.
 *
 * @param <T> the row type, e.g. {@code Measure}
 * @param <B> its builder
 */
final class TableLayout<T, B> {

  /** One attribute in the table: its property, columns and codec. */
  static final class Slot<T, B> {
    final MetaProperty<T, B> property;
    final List<Column> columns;
    final List<String> ids;
    final CellCodec<Object> codec;
    final BinaryOperator<Object> merge;

    Slot(MetaProperty<T, B> property, List<Column> columns, CellCodec<Object> codec, BinaryOperator<Object> merge) {
      this.property = property;
      this.columns = List.copyOf(columns);
      List<String> ids = new ArrayList<>();
      columns.forEach(c -> ids.add(c.id()));
      this.ids = List.copyOf(ids);
      this.codec = codec;
      this.merge = merge;
    }
  }

  private final MetaType<T, B> meta;
  private final List<Slot<T, B>> slots;
  private final List<Column> columns;
  private final Map<String, String> omitted;
  private final List<String> missingGerman;

  private TableLayout(MetaType<T, B> meta, List<Slot<T, B>> slots, Map<String, String> omitted,
      List<String> missingGerman) {
    this.meta = meta;
    this.slots = List.copyOf(slots);
    List<Column> cols = new ArrayList<>();
    slots.forEach(s -> cols.addAll(s.columns));
    this.columns = List.copyOf(cols);
    this.omitted = Collections.unmodifiableMap(new LinkedHashMap<>(omitted));
    this.missingGerman = List.copyOf(missingGerman);
  }

  /** Starts the override layer of the table of a model type. */
  static <T> Builder<T, ?> of(Class<T> type) {
    return new Builder<>(meta(type));
  }

  @SuppressWarnings("unchecked")
  private static <T, B> MetaType<T, B> meta(Class<T> type) {
    for (MetaType<?, ?> t : ModelMetamodel.types()) {
      if (t.type() == type) {
        return (MetaType<T, B>) t;
      }
    }
    throw new IllegalArgumentException("not a model type of the metamodel: " + type.getName());
  }

  /** The model type of a row. */
  MetaType<T, B> meta() {
    return meta;
  }

  /** The columns in export order. */
  List<Column> columns() {
    return columns;
  }

  /** The attributes in the table, in export order. */
  List<Slot<T, B>> slots() {
    return slots;
  }

  /** The attributes left out, with the reason, in declaration order. */
  Map<String, String> omitted() {
    return omitted;
  }

  /** {@code Type.attribute (column)} of every derived column that has no German header yet. */
  List<String> missingGermanHeaders() {
    return missingGerman;
  }

  /** The header row under the profile's language. */
  List<String> header(CsvExportProfile profile) {
    List<String> header = new ArrayList<>();
    for (Column c : columns) {
      header.add(c.header(profile.locale()));
    }
    return header;
  }

  /** The cells of one value, one per column. */
  List<CsvCell> cells(T value, CsvExportProfile profile) {
    List<CsvCell> out = new ArrayList<>(columns.size());
    for (Slot<T, B> s : slots) {
      Object v = s.property.getter().apply(value);
      if (s.property.kind() == MetaProperty.Kind.OPTIONAL) {
        Optional<?> o = (Optional<?>) v;
        if (o.isPresent()) {
          s.codec.write(o.get(), profile, out);
        } else {
          for (int i = 0; i < s.columns.size(); i++) {
            out.add(CsvCell.empty());
          }
        }
      } else {
        s.codec.write(v, profile, out);
      }
    }
    return out;
  }

  /**
   * A builder with every table attribute of the row set (absent cells leave optional attributes
   * absent and defaulted ones at the model default).
   *
   * @throws RowRejectedException for a cell that cannot be read or a required one that is empty
   */
  B read(RowValues row) {
    B b = meta.newBuilder().get();
    for (Slot<T, B> s : slots) {
      Optional<Object> v = s.codec.read(row, s.ids);
      switch (s.property.kind()) {
        case REQUIRED:
          s.property.setter().accept(b, v.orElseThrow(() -> row.rejectCell(s.ids.get(0), "a value")));
          break;
        case LIST:
          s.property.setter().accept(b, v.orElse(List.of()));
          break;
        default:
          v.ifPresent(x -> s.property.setter().accept(b, x));
      }
    }
    return b;
  }

  /**
   * An existing value updated by an imported row: the table's attributes come from the row (or from
   * the slot's merge rule), every other attribute is kept.
   */
  T merge(T existing, T row) {
    Map<String, Slot<T, B>> bySlot = new HashMap<>();
    slots.forEach(s -> bySlot.put(s.property.name(), s));
    B b = meta.newBuilder().get();
    for (MetaProperty<T, B> p : meta.properties()) {
      Slot<T, B> s = bySlot.get(p.name());
      Object old = p.getter().apply(existing);
      Object v = s == null ? old : s.merge.apply(old, p.getter().apply(row));
      if (p.kind() == MetaProperty.Kind.OPTIONAL) {
        ((Optional<?>) v).ifPresent(x -> p.setter().accept(b, x));
      } else {
        p.setter().accept(b, v);
      }
    }
    return meta.build().apply(b);
  }

  /** {@code leadDepartmentId} → {@code lead_department_id}. */
  static String snakeCase(String name) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c)) {
        sb.append('_').append(Character.toLowerCase(c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * The override layer of one table. Every entry names an attribute of the metamodel; an entry for
   * an attribute that does not exist is an error, so that a renamed attribute cannot leave a stale
   * override behind.
   */
  static final class Builder<T, B> {
    private final MetaType<T, B> meta;
    private final Map<String, String> ids = new HashMap<>();
    private final Map<String, String[]> headers = new HashMap<>();
    private final Map<String, CellCodec<?>> codecs = new HashMap<>();
    private final Map<String, List<Column>> flattened = new HashMap<>();
    private final Map<String, String> after = new LinkedHashMap<>();
    private final Map<String, BinaryOperator<?>> merges = new HashMap<>();
    private final Map<String, String> omitted = new LinkedHashMap<>();

    private Builder(MetaType<T, B> meta) {
      this.meta = meta;
    }

    private String known(String attribute) {
      if (meta.property(attribute).isEmpty()) {
        throw new IllegalStateException(meta + "." + attribute + ": no such attribute in the metamodel");
      }
      return attribute;
    }

    /** The German header and further accepted spellings of the attribute's derived column. */
    Builder<T, B> german(String attribute, String german, String... aliases) {
      String[] h = new String[aliases.length + 1];
      h[0] = german;
      System.arraycopy(aliases, 0, h, 1, aliases.length);
      headers.put(known(attribute), h);
      return this;
    }

    /** A column id other than the attribute name in snake case, with its German header and aliases. */
    Builder<T, B> renamed(String attribute, String id, String german, String... aliases) {
      ids.put(known(attribute), id);
      return german(attribute, german, aliases);
    }

    /** A codec of the attribute's own (a check or an encoding the element type does not give). */
    Builder<T, B> codec(String attribute, CellCodec<?> codec) {
      codecs.put(known(attribute), codec);
      return this;
    }

    /** An attribute carried by several columns, with the codec that splits and joins it. */
    Builder<T, B> flattened(String attribute, List<Column> columns, CellCodec<?> codec) {
      flattened.put(known(attribute), List.copyOf(columns));
      return codec(attribute, codec);
    }

    /** Places the attribute's columns right after those of another attribute (an order the files fix). */
    Builder<T, B> after(String attribute, String previous) {
      after.put(known(attribute), known(previous));
      return this;
    }

    /** How an imported row's value of the attribute merges into the existing one (default: the row's). */
    <V> Builder<T, B> merge(String attribute, BinaryOperator<V> merge) {
      merges.put(known(attribute), merge);
      return this;
    }

    /** Leaves the attribute out of the table, with the reason. */
    Builder<T, B> omit(String attribute, String reason) {
      if (reason.isBlank()) {
        throw new IllegalArgumentException(meta + "." + attribute + ": a reason is needed");
      }
      omitted.put(known(attribute), reason);
      return this;
    }

    /**
     * The layout.
     *
     * @throws IllegalStateException naming the attribute when an attribute has neither a default
     *     codec nor an override
     */
    @SuppressWarnings("unchecked")
    TableLayout<T, B> build() {
      for (String name : headers.keySet()) {
        if (omitted.containsKey(name) || flattened.containsKey(name)) {
          throw new IllegalStateException(meta + "." + name + ": a header for an attribute that is "
              + (omitted.containsKey(name) ? "left out" : "flattened (its columns carry the headers)"));
        }
      }
      List<Slot<T, B>> slots = new ArrayList<>();
      List<String> missingGerman = new ArrayList<>();
      for (MetaProperty<T, B> p : meta.properties()) {
        String name = p.name();
        if (omitted.containsKey(name)) {
          continue;
        }
        CellCodec<?> codec = codecs.containsKey(name) ? codecs.get(name)
            : CellCodecs.forProperty(p).orElseThrow(() -> new IllegalStateException(meta + "." + name + " (" + p
                + "): no CSV encoding for this element type; give it a codec or leave it out with a reason"));
        List<Column> cols = flattened.get(name);
        if (cols == null) {
          String id = ids.getOrDefault(name, snakeCase(name));
          String[] h = headers.get(name);
          if (h == null) {
            missingGerman.add(meta + "." + name + " (" + id + ")");
            h = new String[] {id};
          }
          String[] aliases = new String[h.length - 1];
          System.arraycopy(h, 1, aliases, 0, aliases.length);
          cols = List.of(p.kind() == MetaProperty.Kind.REQUIRED ? Column.required(id, h[0], aliases)
              : Column.optional(id, h[0], aliases));
        }
        BinaryOperator<Object> merge = (BinaryOperator<Object>) merges.getOrDefault(name, (o, r) -> r);
        slots.add(new Slot<>(p, cols, (CellCodec<Object>) codec, merge));
      }
      after.forEach((name, previous) -> {
        Slot<T, B> moved = find(slots, name);
        Slot<T, B> anchor = find(slots, previous);
        slots.remove(moved);
        slots.add(slots.indexOf(anchor) + 1, moved);
      });
      return new TableLayout<>(meta, slots, omitted, missingGerman);
    }

    private Slot<T, B> find(List<Slot<T, B>> slots, String name) {
      for (Slot<T, B> s : slots) {
        if (s.property.name().equals(name)) {
          return s;
        }
      }
      throw new IllegalStateException(meta + "." + name + ": placed in the order but not in the table");
    }
  }
}
