// SPDX-License-Identifier: Apache-2.0
package zwk.io.decidim;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import zwk.io.table.CsvImportOptions.DecimalMark;
import zwk.model.plan.MeasureStatus;

/**
 * How Decidim Accountability results map to zwk measures and back: the title locale, the status
 * mapping, the category/taxonomy mapping, the decimal mark and the prefix of measure ids.
 *
 * <p><b>Status.</b> Decidim statuses are defined per component by an administrator (a key, a name
 * and a progress). A result's {@code status/key} is looked up in the status map (keys ignore case);
 * the older import layout has only a status id, so the map may also hold status ids. The default
 * map ({@link #DEFAULT_STATUSES}):
 * <ul>
 *   <li>{@code planned, not_started, proposal, pending} → {@link MeasureStatus#PLANNED}
 *   <li>{@code ongoing, in_progress, work_in_progress, execution, in_execution, started, development}
 *       → {@link MeasureStatus#IN_PROGRESS}
 *   <li>{@code finished, completed, done, executed} → {@link MeasureStatus#COMPLETED}
 *   <li>{@code paused, on_hold, postponed, suspended} → {@link MeasureStatus#ON_HOLD}
 *   <li>{@code cancelled, canceled, discarded, rejected} → {@link MeasureStatus#CANCELLED}
 * </ul>
 * A result whose status is not in the map (or that has none) gets its status from its progress:
 * none or 0 → PLANNED, 100 → COMPLETED, anything between → IN_PROGRESS; an unmapped status key is
 * reported. {@link #withStatus} adds to or overrides the map. On export a status is written as the
 * first key of the map that maps to it.
 *
 * <p><b>Categories.</b> A category id ({@code category/id}) or taxonomy id ({@code taxonomies/ids})
 * becomes an action field only through a mapping the user gives ({@link #withCategory}); ids without
 * one are reported and kept in the measure's external record.
 */
public final class DecidimMapping {
  /** The default status map, in the order shown in the class description. */
  public static final Map<String, MeasureStatus> DEFAULT_STATUSES;

  static {
    Map<String, MeasureStatus> m = new LinkedHashMap<>();
    for (String k : new String[] {"planned", "not_started", "proposal", "pending"}) {
      m.put(k, MeasureStatus.PLANNED);
    }
    for (String k : new String[] {"ongoing", "in_progress", "work_in_progress", "execution", "in_execution", "started",
        "development"}) {
      m.put(k, MeasureStatus.IN_PROGRESS);
    }
    for (String k : new String[] {"finished", "completed", "done", "executed"}) {
      m.put(k, MeasureStatus.COMPLETED);
    }
    for (String k : new String[] {"paused", "on_hold", "postponed", "suspended"}) {
      m.put(k, MeasureStatus.ON_HOLD);
    }
    for (String k : new String[] {"cancelled", "canceled", "discarded", "rejected"}) {
      m.put(k, MeasureStatus.CANCELLED);
    }
    DEFAULT_STATUSES = Collections.unmodifiableMap(m);
  }

  private final String titleLocale;
  private final Map<String, MeasureStatus> statuses;
  private final Map<String, String> categories;
  private final DecimalMark decimalMark;
  private final String idPrefix;

  private DecidimMapping(String titleLocale, Map<String, MeasureStatus> statuses, Map<String, String> categories,
      DecimalMark decimalMark, String idPrefix) {
    this.titleLocale = titleLocale;
    this.statuses = statuses;
    this.categories = categories;
    this.decimalMark = decimalMark;
    this.idPrefix = idPrefix;
  }

  /** Title locale {@code de}, the default status map, no categories, decimal point, ids {@code decidim-<id>}. */
  public static DecidimMapping defaults() {
    return new DecidimMapping("de", DEFAULT_STATUSES, Map.of(), DecimalMark.POINT, "decidim-");
  }

  /** With the locale whose title and description become the measure's (e.g. {@code ca}); the others are kept. */
  public DecidimMapping withTitleLocale(String locale) {
    if (!locale.matches("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})?")) {
      throw new IllegalArgumentException("titleLocale: expected a locale such as de or pt-BR, got '" + locale + "'");
    }
    return new DecidimMapping(locale, statuses, categories, decimalMark, idPrefix);
  }

  /** With a status key (or status id) mapped to a status, overriding the default for that key. */
  public DecidimMapping withStatus(String keyOrId, MeasureStatus status) {
    Map<String, MeasureStatus> m = new LinkedHashMap<>();
    m.put(norm(keyOrId), Objects.requireNonNull(status, "status"));
    statuses.forEach(m::putIfAbsent);
    return new DecidimMapping(titleLocale, Collections.unmodifiableMap(m), categories, decimalMark, idPrefix);
  }

  /** With a category or taxonomy id mapped to an action field id. */
  public DecidimMapping withCategory(String categoryId, String actionFieldId) {
    if (categoryId.isBlank() || actionFieldId.isBlank()) {
      throw new IllegalArgumentException("category: expected a category id and an action field id, got '"
          + categoryId + "' -> '" + actionFieldId + "'");
    }
    Map<String, String> m = new LinkedHashMap<>(categories);
    m.put(categoryId.strip(), actionFieldId.strip());
    return new DecidimMapping(titleLocale, statuses, Collections.unmodifiableMap(m), decimalMark, idPrefix);
  }

  /** With the decimal mark of progress and weight (Decidim writes a point; a spreadsheet may have changed it). */
  public DecidimMapping withDecimalMark(DecimalMark mark) {
    return new DecidimMapping(titleLocale, statuses, categories, Objects.requireNonNull(mark, "decimalMark"), idPrefix);
  }

  /** The title locale. */
  public String titleLocale() {
    return titleLocale;
  }

  /** The status map (keys in lower case). */
  public Map<String, MeasureStatus> statuses() {
    return statuses;
  }

  /** The category map. */
  public Map<String, String> categories() {
    return categories;
  }

  /** The decimal mark. */
  public DecimalMark decimalMark() {
    return decimalMark;
  }

  /** The prefix of measure ids made from result ids. */
  public String idPrefix() {
    return idPrefix;
  }

  /** The status a key or id maps to. */
  public Optional<MeasureStatus> status(String keyOrId) {
    return Optional.ofNullable(statuses.get(norm(keyOrId)));
  }

  /** The status a progress implies: none or 0 planned, 100 completed, else in progress. */
  public static MeasureStatus statusFromProgress(Optional<Double> progress) {
    if (progress.isEmpty() || progress.get() == 0) {
      return MeasureStatus.PLANNED;
    }
    return progress.get() >= 100 ? MeasureStatus.COMPLETED : MeasureStatus.IN_PROGRESS;
  }

  /** The key written for a status on export: the first key of the map for it. */
  public String keyFor(MeasureStatus status) {
    for (Map.Entry<String, MeasureStatus> e : statuses.entrySet()) {
      if (e.getValue() == status && !e.getKey().matches("\\d+")) {
        return e.getKey();
      }
    }
    return status.name().toLowerCase(Locale.ROOT);
  }

  /** The category id written for an action field on export, if the map has one. */
  public Optional<String> categoryFor(String actionFieldId) {
    for (Map.Entry<String, String> e : categories.entrySet()) {
      if (e.getValue().equals(actionFieldId)) {
        return Optional.of(e.getKey());
      }
    }
    return Optional.empty();
  }

  private static String norm(String key) {
    return key.strip().toLowerCase(Locale.ROOT);
  }
}
