// SPDX-License-Identifier: Apache-2.0
package zwk.model.region;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The official municipality register (<em>Gemeindeverzeichnis</em>, GV-ISys): every Land,
 * Regierungsbezirk, Region, Kreis, Gemeindeverband and Gemeinde of one Gebietsstand, as
 * {@link RegisterEntry} records in file order, with lookups.
 *
 * <p>Lookups: by {@link #byAgs(Ags) AGS}, by {@link #byArs(Ars) ARS}, by {@link #byName(String) name}
 * (case- and accent-insensitive; {@code "Flensburg"} finds {@code "Flensburg, Stadt"}), the
 * {@link #children(Ars) children} of a key and the {@link #parents(Ars) parents} up to the Land.
 * Immutable and safe to share between threads.
 */
public final class MunicipalityRegister {
  private final String source;
  private final Optional<LocalDate> territorialDate;
  private final List<RegisterEntry> entries;
  private final Map<String, Municipality> byAgs = new HashMap<>();
  private final Map<String, Municipality> byArs = new HashMap<>();
  private final Map<String, List<Municipality>> childrenByArs = new HashMap<>();
  private final Map<String, List<Municipality>> childrenByAgs = new HashMap<>();
  private final Map<String, List<Municipality>> byFullName = new HashMap<>();
  private final Map<String, List<Municipality>> byBaseName = new HashMap<>();

  private MunicipalityRegister(String source, Optional<LocalDate> territorialDate, List<RegisterEntry> entries) {
    this.source = Objects.requireNonNull(source, "source");
    this.territorialDate = Objects.requireNonNull(territorialDate, "territorialDate");
    this.entries = List.copyOf(entries);
    for (RegisterEntry e : this.entries) {
      if (e.municipality().isEmpty()) {
        continue;
      }
      Municipality m = e.municipality().get();
      Ars ars = m.ars().orElseThrow();
      if (byArs.putIfAbsent(ars.code(), m) != null) {
        throw new IllegalArgumentException("entries: expected unique keys, got ARS " + ars + " twice (line " + e.line() + ")");
      }
      m.ags().ifPresent(a -> byAgs.put(a.code(), m));
      byFullName.computeIfAbsent(normalizeName(m.name()), k -> new ArrayList<>()).add(m);
      byBaseName.computeIfAbsent(normalizeName(baseName(m.name())), k -> new ArrayList<>()).add(m);
    }
    // Children hang below their nearest ancestor that the register contains: a few gemeindefreie
    // Gebiete (Kreis part 000, e.g. 07000000) lie directly below their Land.
    for (RegisterEntry e : this.entries) {
      e.municipality().ifPresent(m -> {
        Optional<Ars> pa = m.ars().get().parent();
        while (pa.isPresent() && !byArs.containsKey(pa.get().code())) {
          pa = pa.get().parent();
        }
        pa.ifPresent(p -> childrenByArs.computeIfAbsent(p.code(), k -> new ArrayList<>()).add(m));
        Optional<Ags> pg = m.ags().flatMap(Ags::parent);
        while (pg.isPresent() && !byAgs.containsKey(pg.get().code())) {
          pg = pg.get().parent();
        }
        pg.ifPresent(p -> childrenByAgs.computeIfAbsent(p.code(), k -> new ArrayList<>()).add(m));
      });
    }
  }

  /**
   * A register of the given entries.
   *
   * @param source where the register came from (file name)
   * @param territorialDate the Gebietsstand, when known
   * @param entries the records in file order
   * @throws IllegalArgumentException when two entries have the same ARS
   */
  public static MunicipalityRegister of(String source, Optional<LocalDate> territorialDate, List<RegisterEntry> entries) {
    return new MunicipalityRegister(source, territorialDate, entries);
  }

  /** Where the register came from. */
  public String source() {
    return source;
  }

  /** The Gebietsstand (territorial status date), when known. */
  public Optional<LocalDate> territorialDate() {
    return territorialDate;
  }

  /** All records in file order. */
  public List<RegisterEntry> entries() {
    return entries;
  }

  /** The local authorities of all records except Regions, in file order. */
  public List<Municipality> municipalities() {
    List<Municipality> out = new ArrayList<>();
    for (RegisterEntry e : entries) {
      e.municipality().ifPresent(out::add);
    }
    return Collections.unmodifiableList(out);
  }

  /** The records of one Satzart, in file order. */
  public List<RegisterEntry> entries(RecordType type) {
    List<RegisterEntry> out = new ArrayList<>();
    for (RegisterEntry e : entries) {
      if (e.recordType() == type) {
        out.add(e);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** The local authority with this AGS (Land, Regierungsbezirk, Kreis or Gemeinde). */
  public Optional<Municipality> byAgs(Ags ags) {
    return Optional.ofNullable(byAgs.get(ags.code()));
  }

  /** The local authority with this ARS (any level, including Gemeindeverband). */
  public Optional<Municipality> byArs(Ars ars) {
    return Optional.ofNullable(byArs.get(ars.code()));
  }

  /**
   * Local authorities whose name matches, coarsest level first. Case, accents, {@code ß}/{@code ss} and
   * surrounding blanks are ignored. A query without a comma also matches names that carry a suffix
   * such as {@code ", Stadt"} or {@code ", Landeshauptstadt"}; a query with a comma must match the full
   * name. Several records may share a name (a kreisfreie Stadt is Kreis, Gemeindeverband and Gemeinde).
   */
  public List<Municipality> byName(String name) {
    String q = normalizeName(name);
    List<Municipality> hits = q.contains(",") ? byFullName.get(q) : byBaseName.get(q);
    if (hits == null) {
      return List.of();
    }
    List<Municipality> sorted = new ArrayList<>(hits);
    sorted.sort((a, b) -> Integer.compare(a.level().ordinal(), b.level().ordinal()));
    return Collections.unmodifiableList(sorted);
  }

  /**
   * The direct children in the ARS hierarchy: Land → Regierungsbezirke (or Kreise where the Land has
   * none) → Kreise → Gemeindeverbände → Gemeinden. In file order. An entry whose parent level is not
   * in the register hangs below its nearest ancestor that is.
   */
  public List<Municipality> children(Ars ars) {
    return List.copyOf(childrenByArs.getOrDefault(ars.code(), List.of()));
  }

  /**
   * The direct children in the AGS hierarchy, which has no Gemeindeverband level: Land →
   * Regierungsbezirke (or Kreise) → Kreise → Gemeinden. In file order.
   */
  public List<Municipality> children(Ags ags) {
    return List.copyOf(childrenByAgs.getOrDefault(ags.code(), List.of()));
  }

  /**
   * The parents of a key from the nearest up to the Land (ARS hierarchy, so a Gemeinde's first parent
   * is its Gemeindeverband). Levels the register does not contain are skipped.
   */
  public List<Municipality> parents(Ars ars) {
    List<Municipality> out = new ArrayList<>();
    Optional<Ars> p = ars.parent();
    while (p.isPresent()) {
      Municipality m = byArs.get(p.get().code());
      if (m != null) {
        out.add(m);
      }
      p = p.get().parent();
    }
    return Collections.unmodifiableList(out);
  }

  /** The parents of an AGS from the nearest up to the Land (AGS hierarchy, no Gemeindeverband). */
  public List<Municipality> parents(Ags ags) {
    List<Municipality> out = new ArrayList<>();
    Optional<Ags> p = ags.parent();
    while (p.isPresent()) {
      Municipality m = byAgs.get(p.get().code());
      if (m != null) {
        out.add(m);
      }
      p = p.get().parent();
    }
    return Collections.unmodifiableList(out);
  }

  /** Number of records per Satzart (every Satzart present, possibly 0). */
  public Map<RecordType, Long> countsByRecordType() {
    Map<RecordType, Long> counts = new EnumMap<>(RecordType.class);
    for (RecordType t : RecordType.values()) {
      counts.put(t, 0L);
    }
    for (RegisterEntry e : entries) {
      counts.merge(e.recordType(), 1L, Long::sum);
    }
    return Collections.unmodifiableMap(counts);
  }

  /** Number of local authorities per type (Textkennzeichen), types that occur only. */
  public Map<MunicipalityType, Long> countsByType() {
    Map<MunicipalityType, Long> counts = new EnumMap<>(MunicipalityType.class);
    for (RegisterEntry e : entries) {
      e.municipality().flatMap(Municipality::type).ifPresent(t -> counts.merge(t, 1L, Long::sum));
    }
    return Collections.unmodifiableMap(counts);
  }

  /** Number of local authorities per level of their key. */
  public Map<RegionLevel, Long> countsByLevel() {
    Map<RegionLevel, Long> counts = new LinkedHashMap<>();
    for (RegisterEntry e : entries) {
      e.municipality().ifPresent(m -> counts.merge(m.level(), 1L, Long::sum));
    }
    return Collections.unmodifiableMap(counts);
  }

  /**
   * The form names are compared in: NFKD without combining marks, {@code ß} as {@code ss}, lower case
   * (root locale), inner blanks collapsed.
   */
  public static String normalizeName(String name) {
    String s = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD);
    StringBuilder sb = new StringBuilder(s.length());
    boolean blank = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isWhitespace(c) || c == '\u00a0') {
        blank = sb.length() > 0;
        continue;
      }
      if (blank) {
        sb.append(' ');
        blank = false;
      }
      if (c == 'ß') {
        sb.append("ss");
      } else {
        sb.append(c);
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT).replace(" ,", ",");
  }

  /** The name before the first comma: {@code "Flensburg, Stadt"} → {@code "Flensburg"}. */
  static String baseName(String name) {
    int comma = name.indexOf(',');
    return comma < 0 ? name : name.substring(0, comma);
  }

  /** Source and number of records. */
  @Override
  public String toString() {
    return "MunicipalityRegister{" + source + ", " + entries.size() + " records}";
  }
}
