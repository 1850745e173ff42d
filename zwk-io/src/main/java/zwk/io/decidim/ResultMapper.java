// SPDX-License-Identifier: Apache-2.0
package zwk.io.decidim;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zwk.io.csv.CsvFormatException;
import zwk.io.table.CsvImportOptions.DecimalMark;
import zwk.io.table.RowRejection;
import zwk.model.common.Period;
import zwk.model.plan.ExternalRecord;
import zwk.model.plan.Measure;
import zwk.model.plan.MeasureStatus;

/**
 * Maps flat Decidim results to measures and collects what the import has to report. One instance
 * per import; {@link #finish} resolves parents given by external id and returns the notes.
 */
final class ResultMapper {
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern DMY_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  private static final Pattern POINT = Pattern.compile("-?\\d{1,20}(\\.\\d{1,20})?");
  private static final Pattern COMMA = Pattern.compile("-?\\d{1,20}(,\\d{1,20})?");

  private final DecidimMapping mapping;
  private final boolean decimalComma;
  private final Map<String, Integer> unmappedStatus = new LinkedHashMap<>();
  private final Map<String, Integer> unmappedCategory = new LinkedHashMap<>();
  private final Map<String, String> categoryNames = new LinkedHashMap<>();
  private final Map<String, Integer> titleFallback = new TreeMap<>();
  private final Set<String> kept = new LinkedHashSet<>();
  private final List<String> notes = new ArrayList<>();
  private final Map<String, String> idByExternalId = new LinkedHashMap<>();
  private final Map<String, String> parentExternal = new LinkedHashMap<>();

  ResultMapper(DecidimMapping mapping, char separator) {
    this.mapping = mapping;
    this.decimalComma = mapping.decimalMark() == DecimalMark.COMMA
        || (mapping.decimalMark() == DecimalMark.AUTO && separator == ';');
  }

  /** A rejected cell. */
  static final class Rejected extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient RowRejection rejection;

    Rejected(RowRejection rejection) {
      super(rejection.reason(), null, false, false);
      this.rejection = rejection;
    }
  }

  private Rejected reject(FlatResult r, String name, String expected) {
    String got = r.cells.getOrDefault(name, "");
    String col = r.pointer.isEmpty() ? r.sourceNames.getOrDefault(name, name) : r.pointer + "/" + name;
    return new Rejected(new RowRejection(r.line, r.columns.getOrDefault(name, 0), col,
        name + ": expected " + expected + ", got '" + CsvFormatException.clip(got) + "'"));
  }

  /** The measure of one result; throws {@link Rejected} for a cell it cannot take. */
  Measure map(FlatResult r) {
    Map<String, String> c = r.cells;
    Map<String, String> fields = new LinkedHashMap<>(c);
    String prefix = mapping.idPrefix();
    Optional<String> ext = Optional.ofNullable(c.get("id"));
    String id = ext.map(x -> prefix + x)
        .orElseGet(() -> c.containsKey("external_id") ? prefix + "ext-" + c.get("external_id") : prefix + "line-" + r.line);
    fields.remove("id");
    Measure.Builder b = Measure.builder().id(id).externalId(ext);
    if (c.containsKey("external_id")) {
      idByExternalId.putIfAbsent(c.get("external_id"), id);
    }
    if (c.containsKey("parent/id")) {
      String parent = prefix + c.get("parent/id");
      if (parent.equals(id)) {
        throw reject(r, "parent/id", "another result's id");
      }
      b.parentId(parent);
      fields.remove("parent/id");
    } else if (c.containsKey("parent_external_id")) {
      parentExternal.put(id, c.get("parent_external_id"));
    }

    String locale = titleLocale(c);
    if (locale == null) {
      throw reject(r, "title/" + mapping.titleLocale(), "a title in at least one locale");
    }
    b.title(c.get("title/" + locale));
    String desc = c.get("description/" + locale);
    if (desc != null) {
      b.description(HtmlText.toText(desc));
    }

    Optional<LocalDate> start = date(r, "start_date");
    Optional<LocalDate> end = date(r, "end_date");
    try {
      b.period(Period.builder().start(start).end(end).build());
    } catch (IllegalArgumentException e) {
      throw reject(r, "end_date", "an end date not before the start date " + start.get());
    }
    fields.remove("start_date");
    fields.remove("end_date");

    Optional<Double> progress = number(r, "progress");
    if (progress.isPresent() && !(progress.get() >= 0 && progress.get() <= 100)) {
      throw reject(r, "progress", "a percentage 0..100");
    }
    b.progressPercent(progress);
    fields.remove("progress");
    Optional<Double> weight = number(r, "weight");
    if (weight.isPresent() && weight.get() < 0) {
      throw reject(r, "weight", "a weight >= 0");
    }
    b.weight(weight);
    fields.remove("weight");

    b.status(status(c, progress));
    b.actionFieldIds(actionFields(c));

    ExternalRecord.Builder rec = ExternalRecord.builder().system(DecidimLayout.SYSTEM);
    if (c.containsKey("url")) {
      rec.url(c.get("url"));
      fields.remove("url");
    }
    if (c.containsKey("proposal_urls")) {
      for (String u : c.get("proposal_urls").split("[;,\\s]+")) {
        if (!u.isEmpty()) {
          rec.addRelatedUrls(u);
        }
      }
      fields.remove("proposal_urls");
    }
    rec.fields(fields);
    for (String name : fields.keySet()) {
      // title, description, status and category are mapped (and kept for the way back); the rest has no place
      if (!name.startsWith("title/") && !name.startsWith("description/") && !name.equals("status/id")
          && !name.equals("status/key") && !name.equals("category/id") && !name.equals("taxonomies/ids")) {
        kept.add(name);
      }
    }
    return b.externalRecord(rec.build()).build();
  }

  /** The locale whose title is used: the chosen one, else the first locale (alphabetically) with a title. */
  String titleLocale(Map<String, String> c) {
    if (c.containsKey("title/" + mapping.titleLocale())) {
      return mapping.titleLocale();
    }
    String first = null;
    for (String name : c.keySet()) {
      if (name.startsWith("title/")) {
        String l = name.substring("title/".length());
        if (first == null || l.compareTo(first) < 0) {
          first = l;
        }
      }
    }
    if (first != null) {
      titleFallback.merge(first, 1, Integer::sum);
    }
    return first;
  }

  private MeasureStatus status(Map<String, String> c, Optional<Double> progress) {
    String key = c.get("status/key");
    if (key != null) {
      Optional<MeasureStatus> s = mapping.status(key);
      if (s.isPresent()) {
        return s.get();
      }
    }
    String sid = c.get("status/id");
    if (sid != null) {
      Optional<MeasureStatus> s = mapping.status(sid);
      if (s.isPresent()) {
        return s.get();
      }
    }
    if (key != null || sid != null) {
      unmappedStatus.merge(key != null ? key : "id " + sid, 1, Integer::sum);
    }
    return DecidimMapping.statusFromProgress(progress);
  }

  private List<String> actionFields(Map<String, String> c) {
    List<String> ids = new ArrayList<>();
    if (c.containsKey("category/id")) {
      ids.add(c.get("category/id").strip());
    }
    if (c.containsKey("taxonomies/ids")) {
      for (String t : c.get("taxonomies/ids").split("[;,\\s]+")) {
        if (!t.isEmpty()) {
          ids.add(t);
        }
      }
    }
    Set<String> out = new LinkedHashSet<>();
    for (String cat : ids) {
      String field = mapping.categories().get(cat);
      if (field != null) {
        out.add(field);
      } else {
        unmappedCategory.merge(cat, 1, Integer::sum);
        String name = categoryName(c, cat);
        if (name != null) {
          categoryNames.putIfAbsent(cat, name);
        }
      }
    }
    return new ArrayList<>(out);
  }

  /** The name of a category (category/name/*) or taxonomy (taxonomies/names/<id>/*), preferably in the title locale. */
  private String categoryName(Map<String, String> c, String cat) {
    String prefix = cat.equals(c.getOrDefault("category/id", "").strip()) ? "category/name/" : "taxonomies/names/" + cat + "/";
    if (c.containsKey(prefix + mapping.titleLocale())) {
      return c.get(prefix + mapping.titleLocale());
    }
    for (Map.Entry<String, String> e : c.entrySet()) {
      if (e.getKey().startsWith(prefix)) {
        return e.getValue();
      }
    }
    return null;
  }

  private Optional<LocalDate> date(FlatResult r, String name) {
    String v = r.cells.get(name);
    if (v == null) {
      return Optional.empty();
    }
    v = v.strip();
    try {
      Matcher iso = ISO_DATE.matcher(v);
      if (iso.matches()) {
        return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
            Integer.parseInt(iso.group(3))));
      }
      Matcher dmy = DMY_DATE.matcher(v);
      if (dmy.matches()) {
        return Optional.of(LocalDate.of(Integer.parseInt(dmy.group(3)), Integer.parseInt(dmy.group(2)),
            Integer.parseInt(dmy.group(1))));
      }
    } catch (DateTimeException e) {
      throw reject(r, name, "an existing date");
    }
    throw reject(r, name, "a date yyyy-mm-dd or dd/mm/yyyy");
  }

  private Optional<Double> number(FlatResult r, String name) {
    String v = r.cells.get(name);
    if (v == null) {
      return Optional.empty();
    }
    v = v.strip();
    if (!(decimalComma ? COMMA : POINT).matcher(v).matches()) {
      throw reject(r, name, "a number with a decimal " + (decimalComma ? "comma" : "point"));
    }
    return Optional.of(new BigDecimal(decimalComma ? v.replace(',', '.') : v).doubleValue());
  }

  /**
   * Sets the parents given by external id ({@code parent_external_id}, older layout) and returns the
   * measures with the notes of the import.
   */
  List<Measure> finish(List<Measure> measures) {
    List<Measure> out = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    measures.forEach(m -> ids.add(m.id()));
    List<String> missingParents = new ArrayList<>();
    for (Measure m : measures) {
      String pe = parentExternal.get(m.id());
      if (pe != null) {
        String p = idByExternalId.get(pe);
        if (p != null && !p.equals(m.id())) {
          m = m.withParentId(p);
        } else {
          missingParents.add(m.id() + " (parent_external_id " + pe + ")");
        }
      } else if (m.parentId().isPresent() && !ids.contains(m.parentId().get())) {
        missingParents.add(m.id() + " (parent " + m.parentId().get() + ")");
      }
      out.add(m);
    }
    titleFallback.forEach((l, n) -> notes.add(n + " result(s) have no title in '" + mapping.titleLocale()
        + "': title and description taken from '" + l + "' (the other locales are kept)"));
    unmappedStatus.forEach((k, n) -> notes.add("status '" + k + "' (" + n + " result(s)) is not in the status mapping: "
        + "status derived from progress (0 planned, 100 completed, else in progress)"));
    unmappedCategory.forEach((k, n) -> notes.add("category/taxonomy " + k
        + (categoryNames.containsKey(k) ? " '" + CsvFormatException.clip(categoryNames.get(k)) + "'" : "") + " ("
        + n + " result(s)) has no action field in the mapping: kept in the external record only"));
    if (!missingParents.isEmpty()) {
      notes.add("parent not in the file for " + missingParents.size() + " result(s), e.g. " + missingParents.get(0));
    }
    if (!kept.isEmpty()) {
      notes.add("no place of their own in a measure, kept in its external record: " + String.join(", ", kept));
    }
    return out;
  }

  /** The notes (after {@link #finish}). */
  List<String> notes() {
    return notes;
  }
}
