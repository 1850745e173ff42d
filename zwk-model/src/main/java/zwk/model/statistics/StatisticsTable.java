// SPDX-License-Identifier: Apache-2.0
package zwk.model.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import zwk.model.diagnostic.Diagnostic;
import zwk.model.region.Ags;
import zwk.model.region.Ars;

/**
 * An official statistics table in long format (<em>Statistik-Tabelle</em>, e.g. a GENESIS export),
 * with what the reader noticed on the way (encoding trouble, footnotes), stored by column.
 *
 * <p>Layout (issue 10: a national table has millions of cells, and an object per cell cost ten
 * times the file): the dimensions of a cell are small integer codes into dictionaries in order of
 * first use (region = key, AGS, ARS and name together; time = label, date and year; age band;
 * nationality; further dimensions; variable = name and unit), each code column one byte per cell
 * while it has at most 256 values, two up to 65,536; sex is one byte. A value is its unscaled
 * integer (an {@code int} while every one fits, else a {@code long}) and its scale, one per table
 * unless cells differ; the state array ({@link ValueState}) exists only when some cell is not a
 * plain number, as in {@code PopulationTable}. Values come back exactly as they were added,
 * scale included ({@code 1234.5} stays {@code 1234.5}, never {@code 1234.50}).
 *
 * <p>{@link #records()} is a view: each {@link StatisticsRecord} is built when asked for and equals
 * the one that was added (the further dimensions of two cells with the same entries in another
 * order share the first cell's map, which is equal). Fast callers read the columns instead:
 * {@link #size()}, {@link #regionCode(int)} with {@link #regionKeys()}, {@link #state(int)},
 * {@link #value(int)}, …
 *
 * <p>Immutable; equality is by source, table code, title, notes, warnings and the cells in order
 * (the same as equal {@link #records()}); {@link #toString()} names the table and counts the cells
 * instead of listing them.
 */
public final class StatisticsTable {
  private final String source;
  private final Optional<String> tableCode;
  private final Optional<String> title;
  private final List<String> notes;
  private final List<Diagnostic> warnings;
  private final Columns columns;
  private final List<StatisticsRecord> records = new RecordView();

  private StatisticsTable(String source, Optional<String> tableCode, Optional<String> title, List<String> notes,
      List<Diagnostic> warnings, Columns columns) {
    this.source = source;
    this.tableCode = tableCode;
    this.title = title;
    this.notes = notes;
    this.warnings = warnings;
    this.columns = columns;
  }

  /** A builder: set {@link Builder#source(String)} (required) and add cells or records. */
  public static Builder builder() {
    return new Builder();
  }

  /** Where the table came from (file name or URI). */
  public String source() {
    return source;
  }

  /** The table code ({@code 12411-0018}, {@code 12411-02-03-5-B}) when known. */
  public Optional<String> tableCode() {
    return tableCode;
  }

  /** The table title when the file gives one. */
  public Optional<String> title() {
    return title;
  }

  /** The cells as records, in file order: an unmodifiable random-access view, a record built per {@code get}. */
  public List<StatisticsRecord> records() {
    return records;
  }

  /** Footnotes and notes found below the table. */
  public List<String> notes() {
    return notes;
  }

  /** Warnings of the reader that did not stop it (e.g. U+FFFD mojibake in labels), in the order found. */
  public List<Diagnostic> warnings() {
    return warnings;
  }

  /** This table with other warnings (the cells are shared, not copied). */
  public StatisticsTable withWarnings(List<Diagnostic> warnings) {
    return new StatisticsTable(source, tableCode, title, notes, copy(warnings, "warnings"), columns);
  }

  /** The number of cells. */
  public int size() {
    return columns.values.size();
  }

  /** The record of cell {@code i} (0-based), built now. */
  public StatisticsRecord record(int i) {
    Objects.checkIndex(i, size());
    return columns.record(i);
  }

  /**
   * The region code of cell {@code i}: an index into {@link #regionKeys()} and
   * {@link #regionNames()}. A code stands for one combination of key, AGS, ARS and name.
   */
  public int regionCode(int i) {
    return columns.region.get(Objects.checkIndex(i, size()));
  }

  /** The region keys by region code. */
  public List<String> regionKeys() {
    return columns.regions.stream().map(r -> r.key).toList();
  }

  /** The region names by region code. */
  public List<String> regionNames() {
    return columns.regions.stream().map(r -> r.name).toList();
  }

  /** The time code of cell {@code i}: an index into {@link #timeLabels()}. */
  public int timeCode(int i) {
    return columns.time.get(Objects.checkIndex(i, size()));
  }

  /** The time labels by time code. */
  public List<String> timeLabels() {
    return columns.times.stream().map(t -> t.label).toList();
  }

  /** The sex of cell {@code i}, when the table has that dimension. */
  public Optional<Sex> sex(int i) {
    return columns.sex(Objects.checkIndex(i, size()));
  }

  /** The age code of cell {@code i}: an index into {@link #ageBands()}. */
  public int ageCode(int i) {
    return columns.age.get(Objects.checkIndex(i, size()));
  }

  /** The age bands by age code (empty for cells without age). */
  public List<Optional<AgeBand>> ageBands() {
    return columns.ages;
  }

  /** The variable code of cell {@code i}: an index into {@link #variables()}. */
  public int variableCode(int i) {
    return columns.variable.get(Objects.checkIndex(i, size()));
  }

  /** The variables by variable code. */
  public List<String> variables() {
    return columns.variables.stream().map(v -> v.variable).toList();
  }

  /** The state of cell {@code i}. */
  public ValueState state(int i) {
    return columns.values.state(Objects.checkIndex(i, size()));
  }

  /** The value of cell {@code i}, present exactly for {@link ValueState#NUMBER} and {@link ValueState#ZERO}. */
  public Optional<BigDecimal> value(int i) {
    return Optional.ofNullable(columns.values.value(Objects.checkIndex(i, size())));
  }

  /** The source line of cell {@code i} (1-based), 0 when not from a file. */
  public long line(int i) {
    return columns.line.get(Objects.checkIndex(i, size()));
  }

  /**
   * Bytes the cell columns take (code, value, state, scale and line arrays), without the
   * dictionaries: a measure of the table's memory for benchmarks and budgets.
   */
  public long cellBytes() {
    return columns.cellBytes();
  }

  /**
   * Region keys all of whose cells are {@code -} ({@link ValueState#ZERO}). In GENESIS a row that is
   * {@code -} throughout marks a region that no longer exists (a historical Kreis kept in the
   * table), not a population of zero. In file order.
   */
  public Set<String> regionKeysWithOnlyZeroCells() {
    int regions = columns.regions.size();
    boolean[] allZero = new boolean[regions];
    java.util.Arrays.fill(allZero, true);
    for (int i = 0; i < size(); i++) {
      if (!columns.values.isZero(i)) {
        allZero[columns.region.get(i)] = false;
      }
    }
    // the dictionary is in order of first use, so the first code of a key is the key's first cell
    Map<String, Boolean> byKey = new LinkedHashMap<>();
    for (int c = 0; c < regions; c++) {
      byKey.merge(columns.regions.get(c).key, allZero[c], Boolean::logicalAnd);
    }
    Set<String> out = new LinkedHashSet<>();
    byKey.forEach((k, v) -> {
      if (v) {
        out.add(k);
      }
    });
    return Collections.unmodifiableSet(out);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof StatisticsTable)) {
      return false;
    }
    StatisticsTable t = (StatisticsTable) o;
    return source.equals(t.source) && tableCode.equals(t.tableCode) && title.equals(t.title)
        && notes.equals(t.notes) && warnings.equals(t.warnings) && columns.sameCells(t.columns);
  }

  @Override
  public int hashCode() {
    // the cells through their dictionaries and count: equal cells in order have equal dictionaries
    return Objects.hash(source, tableCode, title, notes, warnings, size(), columns.regions, columns.times,
        columns.variables);
  }

  /** {@code StatisticsTable{source=…, tableCode=…, title=…, cells=N, regions=R, notes=K, warnings=[…]}}. */
  @Override
  public String toString() {
    return "StatisticsTable{source=" + source + ", tableCode=" + tableCode.orElse("") + ", title="
        + title.orElse("") + ", cells=" + size() + ", regions=" + columns.regions.size() + ", notes=" + notes.size()
        + ", warnings=" + warnings + "}";
  }

  private static <T> List<T> copy(List<T> list, String name) {
    List<T> out = new ArrayList<>(list.size());
    for (T t : list) {
      out.add(Objects.requireNonNull(t, name + " element"));
    }
    return Collections.unmodifiableList(out);
  }

  /** The records view. */
  private final class RecordView extends AbstractList<StatisticsRecord> implements RandomAccess {
    @Override
    public StatisticsRecord get(int index) {
      return record(index);
    }

    @Override
    public int size() {
      return StatisticsTable.this.size();
    }
  }

  /** A region dictionary entry: key, AGS, ARS and name as one. */
  static final class Region {
    final String key;
    final Optional<Ags> ags;
    final Optional<Ars> ars;
    final String name;

    Region(String key, Optional<Ags> ags, Optional<Ars> ars, String name) {
      this.key = Objects.requireNonNull(key, "regionKey");
      this.ags = Objects.requireNonNull(ags, "ags");
      this.ars = Objects.requireNonNull(ars, "ars");
      this.name = Objects.requireNonNull(name, "regionName");
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Region && ((Region) o).key.equals(key) && ((Region) o).name.equals(name)
          && ((Region) o).ags.equals(ags) && ((Region) o).ars.equals(ars);
    }

    @Override
    public int hashCode() {
      return Objects.hash(key, ags, ars, name);
    }
  }

  /** A time dictionary entry: label, reference date and year as one. */
  static final class Time {
    final String label;
    final Optional<LocalDate> date;
    final Optional<Integer> year;

    Time(String label, Optional<LocalDate> date, Optional<Integer> year) {
      this.label = Objects.requireNonNull(label, "time");
      this.date = Objects.requireNonNull(date, "referenceDate");
      this.year = Objects.requireNonNull(year, "year");
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Time && ((Time) o).label.equals(label) && ((Time) o).date.equals(date)
          && ((Time) o).year.equals(year);
    }

    @Override
    public int hashCode() {
      return Objects.hash(label, date, year);
    }
  }

  /** A variable dictionary entry: the variable and its unit as one. */
  static final class Variable {
    final String variable;
    final Optional<String> unit;

    Variable(String variable, Optional<String> unit) {
      this.variable = Objects.requireNonNull(variable, "variable");
      this.unit = Objects.requireNonNull(unit, "unit");
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Variable && ((Variable) o).variable.equals(variable) && ((Variable) o).unit.equals(unit);
    }

    @Override
    public int hashCode() {
      return 31 * variable.hashCode() + unit.hashCode();
    }
  }

  /** The dictionaries and the cell columns of a built table. */
  static final class Columns {
    final List<Region> regions;
    final List<Time> times;
    final List<Optional<AgeBand>> ages;
    final List<Optional<String>> nationalities;
    final List<Map<String, String>> dimensionSets;
    final List<Variable> variables;
    final CodeColumn region;
    final CodeColumn time;
    final CodeColumn sex;
    final CodeColumn age;
    final CodeColumn nationality;
    final CodeColumn dimensions;
    final CodeColumn variable;
    final ValueColumn values;
    final LongColumn line;

    Columns(Builder b) {
      regions = b.regions.snapshot();
      times = b.times.snapshot();
      ages = b.ages.snapshot();
      nationalities = b.nationalities.snapshot();
      dimensionSets = b.dimensionSets.snapshot();
      variables = b.variables.snapshot();
      region = b.region.trimmed();
      time = b.time.trimmed();
      sex = b.sex.trimmed();
      age = b.age.trimmed();
      nationality = b.nationality.trimmed();
      dimensions = b.dimensions.trimmed();
      variable = b.variable.trimmed();
      values = b.values.trimmed();
      line = b.line.trimmed();
    }

    Optional<Sex> sex(int i) {
      int s = sex.get(i);
      return s == 0 ? Optional.empty() : Optional.of(Builder.SEXES[s - 1]);
    }

    StatisticsRecord record(int i) {
      Region r = regions.get(region.get(i));
      Time t = times.get(time.get(i));
      Variable v = variables.get(variable.get(i));
      return StatisticsRecord.builder()
          .regionKey(r.key)
          .ags(r.ags)
          .ars(r.ars)
          .regionName(r.name)
          .time(t.label)
          .referenceDate(t.date)
          .year(t.year)
          .sex(sex(i))
          .age(ages.get(age.get(i)))
          .nationality(nationalities.get(nationality.get(i)))
          .dimensions(dimensionSets.get(dimensions.get(i)))
          .variable(v.variable)
          .unit(v.unit)
          .value(Optional.ofNullable(values.value(i)))
          .state(values.state(i))
          .line(line.get(i))
          .build();
    }

    boolean sameCells(Columns o) {
      int n = values.size();
      if (n != o.values.size() || !regions.equals(o.regions) || !times.equals(o.times) || !ages.equals(o.ages)
          || !nationalities.equals(o.nationalities) || !dimensionSets.equals(o.dimensionSets)
          || !variables.equals(o.variables)) {
        return false;
      }
      for (int i = 0; i < n; i++) {
        if (region.get(i) != o.region.get(i) || time.get(i) != o.time.get(i) || sex.get(i) != o.sex.get(i)
            || age.get(i) != o.age.get(i) || nationality.get(i) != o.nationality.get(i)
            || dimensions.get(i) != o.dimensions.get(i) || variable.get(i) != o.variable.get(i)
            || line.get(i) != o.line.get(i) || values.state(i) != o.values.state(i)
            || !Objects.equals(values.value(i), o.values.value(i))) {
          return false;
        }
      }
      return true;
    }

    long cellBytes() {
      return region.cellBytes() + time.cellBytes() + sex.cellBytes() + age.cellBytes() + nationality.cellBytes()
          + dimensions.cellBytes() + variable.cellBytes() + values.cellBytes() + line.cellBytes();
    }
  }

  /**
   * Builds a {@link StatisticsTable}: metadata, then cells, either as records
   * ({@link #addRecords(StatisticsRecord...)}) or, without a record per cell, as codes
   * ({@link #region}, {@link #time}, … then {@link #addCell}). Refuses what a record refuses (a
   * value exactly for {@link ValueState#NUMBER} and {@link ValueState#ZERO}, 0 for ZERO, a line
   * {@code >= 0}) with the same message, a missing source at {@link #build()}, {@code null}s with
   * {@link NullPointerException}. Can build more than once.
   */
  public static final class Builder {
    static final Sex[] SEXES = Sex.values();

    private @Nullable String source;
    private Optional<String> tableCode = Optional.empty();
    private Optional<String> title = Optional.empty();
    private final List<String> notes = new ArrayList<>();
    private final List<Diagnostic> warnings = new ArrayList<>();
    final Dictionary<Region> regions = new Dictionary<>();
    final Dictionary<Time> times = new Dictionary<>();
    final Dictionary<Optional<AgeBand>> ages = new Dictionary<>();
    final Dictionary<Optional<String>> nationalities = new Dictionary<>();
    final Dictionary<Map<String, String>> dimensionSets = new Dictionary<>();
    final Dictionary<Variable> variables = new Dictionary<>();
    final CodeColumn region = new CodeColumn();
    final CodeColumn time = new CodeColumn();
    final CodeColumn sex = new CodeColumn();
    final CodeColumn age = new CodeColumn();
    final CodeColumn nationality = new CodeColumn();
    final CodeColumn dimensions = new CodeColumn();
    final CodeColumn variable = new CodeColumn();
    final ValueColumn values = new ValueColumn();
    final LongColumn line = new LongColumn();

    private Builder() {}

    /** Copies the metadata and appends the cells of {@code table}. */
    public Builder from(StatisticsTable table) {
      source(table.source).tableCode(table.tableCode).title(table.title);
      notes.clear();
      notes.addAll(table.notes);
      warnings.clear();
      warnings.addAll(table.warnings);
      table.records.forEach(this::addRecords);
      return this;
    }

    /** Where the table came from (required). */
    public Builder source(String source) {
      this.source = Objects.requireNonNull(source, "source");
      return this;
    }

    /** The table code. */
    public Builder tableCode(String tableCode) {
      this.tableCode = Optional.of(tableCode);
      return this;
    }

    /** The table code, when known. */
    public Builder tableCode(Optional<String> tableCode) {
      this.tableCode = Objects.requireNonNull(tableCode, "tableCode");
      return this;
    }

    /** The title. */
    public Builder title(String title) {
      this.title = Optional.of(title);
      return this;
    }

    /** The title, when known. */
    public Builder title(Optional<String> title) {
      this.title = Objects.requireNonNull(title, "title");
      return this;
    }

    /** Adds notes. */
    public Builder addNotes(String... notes) {
      for (String n : notes) {
        this.notes.add(Objects.requireNonNull(n, "notes element"));
      }
      return this;
    }

    /** Replaces the notes. */
    public Builder notes(Iterable<String> notes) {
      this.notes.clear();
      notes.forEach(this::addNotes);
      return this;
    }

    /** Adds warnings. */
    public Builder addWarnings(Diagnostic... warnings) {
      for (Diagnostic w : warnings) {
        this.warnings.add(Objects.requireNonNull(w, "warnings element"));
      }
      return this;
    }

    /** Replaces the warnings. */
    public Builder warnings(Iterable<Diagnostic> warnings) {
      this.warnings.clear();
      warnings.forEach(this::addWarnings);
      return this;
    }

    /** Appends the cells of the records, in order. */
    public Builder addRecords(StatisticsRecord... records) {
      for (StatisticsRecord r : records) {
        Objects.requireNonNull(r, "records element");
        addCell(region(r.regionKey(), r.ags(), r.ars(), r.regionName()), time(r.time(), r.referenceDate(), r.year()),
            r.sex(), age(r.age()), nationality(r.nationality()), dimensions(r.dimensions()),
            variable(r.variable(), r.unit()), r.state(), r.value().orElse(null), r.line());
      }
      return this;
    }

    /** Appends the cells of the records, in order. */
    public Builder addAllRecords(Iterable<StatisticsRecord> records) {
      records.forEach(this::addRecords);
      return this;
    }

    /** The code of a region (key, AGS, ARS and name), added when new. */
    public int region(String key, Optional<Ags> ags, Optional<Ars> ars, String name) {
      return regions.code(new Region(key, ags, ars, name));
    }

    /** The code of a time (label, reference date, year), added when new. */
    public int time(String label, Optional<LocalDate> referenceDate, Optional<Integer> year) {
      return times.code(new Time(label, referenceDate, year));
    }

    /** The code of an age band (empty: no age), added when new. */
    public int age(Optional<AgeBand> age) {
      return ages.code(Objects.requireNonNull(age, "age"));
    }

    /** The code of a nationality (empty: none), added when new. */
    public int nationality(Optional<String> nationality) {
      return nationalities.code(Objects.requireNonNull(nationality, "nationality"));
    }

    /** The code of a set of further dimensions (label → value, kept in this order), added when new; {@code dims} may be reused afterwards. */
    public int dimensions(Map<String, String> dims) {
      Objects.requireNonNull(dims, "dimensions");
      return dimensionSets.code(dims, m -> {
        Map<String, String> copy = new LinkedHashMap<>();
        m.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "dimensions key"), Objects.requireNonNull(v, "dimensions value")));
        return Collections.unmodifiableMap(copy);
      });
    }

    /** The code of a variable and unit, added when new. */
    public int variable(String variable, Optional<String> unit) {
      return variables.code(new Variable(variable, unit));
    }

    /**
     * Appends a cell from codes the methods above returned.
     *
     * @param sex empty when the table has no sex dimension
     * @param value present exactly for {@link ValueState#NUMBER} and {@link ValueState#ZERO} (then 0)
     * @param line 1-based source line, 0 when not from a file
     * @throws IllegalArgumentException when a code is unknown, the value does not fit the state
     *     (the message {@link StatisticsRecord} gives) or the line is negative
     */
    public Builder addCell(int region, int time, Optional<Sex> sex, int age, int nationality, int dimensions,
        int variable, ValueState state, @Nullable BigDecimal value, long line) {
      Objects.requireNonNull(state, "state");
      check(region, regions.size(), "region");
      check(time, times.size(), "time");
      check(age, ages.size(), "age");
      check(nationality, nationalities.size(), "nationality");
      check(dimensions, dimensionSets.size(), "dimensions");
      check(variable, variables.size(), "variable");
      if (state.isNumeric() != (value != null)) {
        throw new IllegalArgumentException("value: expected a number exactly when state is NUMBER or ZERO, got value="
            + (value == null ? "none" : value.toPlainString()) + " with state=" + state);
      }
      if (state == ValueState.ZERO && value.signum() != 0) {
        throw new IllegalArgumentException("value: state ZERO requires 0, got " + value.toPlainString());
      }
      if (line < 0) {
        throw new IllegalArgumentException("line: expected >= 0, got " + line);
      }
      this.region.add(region);
      this.time.add(time);
      this.sex.add(sex.map(s -> s.ordinal() + 1).orElse(0));
      this.age.add(age);
      this.nationality.add(nationality);
      this.dimensions.add(dimensions);
      this.variable.add(variable);
      this.values.add(state, value);
      this.line.add(line);
      return this;
    }

    private static void check(int code, int size, String name) {
      if (code < 0 || code >= size) {
        throw new IllegalArgumentException(name + ": expected a code from 0 to " + (size - 1) + ", got " + code);
      }
    }

    /**
     * The table.
     *
     * @throws IllegalStateException naming {@code source} when it was not set
     */
    public StatisticsTable build() {
      if (source == null) {
        throw new IllegalStateException("Cannot build StatisticsTable, some of required attributes are not set [source]");
      }
      return new StatisticsTable(source, tableCode, title, copy(notes, "notes"), copy(warnings, "warnings"),
          new Columns(this));
    }
  }
}
