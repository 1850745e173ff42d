// SPDX-License-Identifier: Apache-2.0
package zwk.io.decidim;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;
import zwk.io.csv.CsvCell;
import zwk.io.csv.CsvExportProfile;
import zwk.io.csv.CsvTableWriter;
import zwk.model.plan.ExternalRecord;
import zwk.model.plan.Measure;
import zwk.model.plan.MeasureStatus;

/**
 * Writes measures as Decidim Accountability results in Decidim's own column layout (the names of
 * its {@code ResultSerializer}, which its {@code ResultsCsvImporter} reads back), so that a Decidim
 * administrator can import zwk's measures.
 *
 * <p>Columns: {@code id} (the external id, else the measure id), {@code category/id},
 * {@code parent/id}, {@code title/<locale>}, {@code description/<locale>} (HTML),
 * {@code start_date}, {@code end_date} (ISO), {@code status/id}, {@code status/key},
 * {@code progress}, {@code url}, {@code proposal_urls} always; {@code weight} when a measure has
 * one; and every field kept in the measures' {@link ExternalRecord}s, in Decidim's order (locales
 * alphabetically within a group). A measure imported from Decidim and not changed is written back
 * as it was read: its original HTML when the text is unchanged, its original status id, key and
 * names when its status is still the one they map to, its original category when its action fields
 * still map to it. Measure properties that Decidim has no column for (goals, lead department,
 * budget, …) are reported in the returned notes, per property with the measures concerned.
 */
public final class DecidimWriter {
  private DecidimWriter() {}

  /** Writes CSV with the profile's separator and line ends (Decidim's own default is {@code ;}). */
  public static List<String> writeCsv(List<Measure> measures, OutputStream out, DecidimMapping mapping,
      CsvExportProfile profile) {
    List<String> notes = new ArrayList<>();
    List<Map<String, String>> rows = rows(measures, mapping, notes);
    List<String> header = header(rows, measures);
    try (CsvTableWriter w = new CsvTableWriter(out, profile)) {
      w.header(header);
      for (Map<String, String> row : rows) {
        List<CsvCell> cells = new ArrayList<>();
        for (String h : header) {
          String v = row.get(h);
          cells.add(v == null ? CsvCell.empty() : numeric(h) ? CsvCell.raw(v) : CsvCell.text(v));
        }
        w.row(cells);
      }
    }
    return notes;
  }

  /** Writes JSON: an array of nested objects as Decidim's JSON export has them. */
  public static List<String> writeJson(List<Measure> measures, OutputStream out, DecidimMapping mapping) {
    List<String> notes = new ArrayList<>();
    List<Map<String, String>> rows = rows(measures, mapping, notes);
    List<String> header = header(rows, measures);
    JsonFactory f = JsonFactory.builder().disable(tools.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    try (JsonGenerator g = f.createGenerator(ObjectWriteContext.empty(), out)) {
      g.writeStartArray();
      for (Map<String, String> row : rows) {
        Map<String, Object> tree = new LinkedHashMap<>();
        for (String h : header) {
          put(tree, h.split("/"), 0, row.get(h), h);
        }
        writeTree(g, tree);
      }
      g.writeEndArray();
    }
    return notes;
  }

  @SuppressWarnings("unchecked")
  private static void put(Map<String, Object> tree, String[] path, int i, String value, String name) {
    if (i == path.length - 1) {
      tree.putIfAbsent(path[i], value == null ? null : new Object[] {name, value});
      return;
    }
    Object child = tree.computeIfAbsent(path[i], k -> new LinkedHashMap<String, Object>());
    if (child instanceof Map) {
      put((Map<String, Object>) child, path, i + 1, value, name);
    }
  }

  @SuppressWarnings("unchecked")
  private static void writeTree(JsonGenerator g, Map<String, Object> tree) {
    g.writeStartObject();
    for (Map.Entry<String, Object> e : tree.entrySet()) {
      g.writeName(e.getKey());
      Object v = e.getValue();
      if (v == null) {
        g.writeNull();
      } else if (v instanceof Map) {
        writeTree(g, (Map<String, Object>) v);
      } else {
        String name = (String) ((Object[]) v)[0];
        String s = (String) ((Object[]) v)[1];
        if (name.equals("proposal_urls") || name.equals("taxonomies/ids")) {
          g.writeStartArray();
          for (String item : s.split(";")) {
            if (!item.isEmpty()) {
              writeScalar(g, name, item);
            }
          }
          g.writeEndArray();
        } else {
          writeScalar(g, name, s);
        }
      }
    }
    g.writeEndObject();
  }

  private static void writeScalar(JsonGenerator g, String name, String s) {
    if ((numeric(name) || name.endsWith("id") || name.equals("taxonomies/ids")) && s.matches("-?\\d{1,18}")) {
      g.writeNumber(Long.parseLong(s));
    } else if (numeric(name) && s.matches("-?\\d{1,20}(\\.\\d{1,20})?")) {
      g.writeNumber(new BigDecimal(s));
    } else {
      g.writeString(s);
    }
  }

  private static boolean numeric(String name) {
    return name.equals("progress") || name.equals("weight") || name.equals("latitude") || name.equals("longitude")
        || name.equals("children_count") || name.equals("comments_count");
  }

  /** The header: the columns Decidim's importer needs, weight when used, and every kept field, in Decidim's order. */
  private static List<String> header(List<Map<String, String>> rows, List<Measure> measures) {
    Set<String> names = new LinkedHashSet<>();
    for (Map<String, String> row : rows) {
      names.addAll(row.keySet());
    }
    List<String> out = new ArrayList<>(names);
    Map<String, Integer> firstSeen = new LinkedHashMap<>();
    for (String n : out) {
      firstSeen.putIfAbsent(n, firstSeen.size());
    }
    out.sort(Comparator.<String>comparingInt(DecidimLayout::rank)
        .thenComparing((a, b) -> DecidimLayout.rank(a) < DecidimLayout.ORDER.size() ? a.compareTo(b)
            : Integer.compare(firstSeen.get(a), firstSeen.get(b))));
    return out;
  }

  private static List<Map<String, String>> rows(List<Measure> measures, DecidimMapping mapping, List<String> notes) {
    Map<String, Measure> byId = new LinkedHashMap<>();
    measures.forEach(m -> byId.putIfAbsent(m.id(), m));
    Map<String, List<String>> notExported = new TreeMap<>();
    List<String> noStatusId = new ArrayList<>();
    List<String> noCategory = new ArrayList<>();
    boolean anyWeight = measures.stream().anyMatch(m -> m.weight().isPresent());
    List<Map<String, String>> rows = new ArrayList<>();
    for (Measure m : measures) {
      Map<String, String> fields = m.externalRecord().filter(r -> r.system().equals(DecidimLayout.SYSTEM))
          .map(ExternalRecord::fields).orElse(Map.of());
      Map<String, String> row = new LinkedHashMap<>();
      for (String base : new String[] {"id", "category/id", "parent/id", "start_date", "end_date", "status/id",
          "status/key", "progress", "url", "proposal_urls"}) {
        row.put(base, null);
      }
      if (anyWeight) {
        row.put("weight", null);
      }
      fields.forEach(row::put);
      row.put("id", exportId(m));
      m.parentId().ifPresent(p -> row.put("parent/id", byId.containsKey(p) ? exportId(byId.get(p)) : p));

      String locale = titleLocale(fields, mapping);
      row.put("title/" + locale, m.title());
      String desc = fields.get("description/" + locale);
      if (m.description().isPresent()) {
        if (desc == null || !HtmlText.toText(desc).equals(m.description().get())) {
          row.put("description/" + locale, HtmlText.toHtml(m.description().get()));
        }
      } else if (desc != null) {
        row.put("description/" + locale, null);
      }
      m.period().start().ifPresent(d -> row.put("start_date", d.toString()));
      m.period().end().ifPresent(d -> row.put("end_date", d.toString()));
      m.progressPercent().ifPresent(p -> row.put("progress", number(p)));
      m.weight().ifPresent(w -> row.put("weight", number(w)));

      if (!statusUnchanged(m, fields, mapping, m.externalRecord().isPresent())) {
        row.entrySet().removeIf(e -> e.getKey().startsWith("status/name/"));
        row.put("status/id", null);
        row.put("status/key", mapping.keyFor(m.status()));
        noStatusId.add(m.id());
      }
      category(m, fields, mapping, row, noCategory);
      m.externalRecord().flatMap(ExternalRecord::url).ifPresent(u -> row.put("url", u));
      List<String> related = m.externalRecord().map(ExternalRecord::relatedUrls).orElse(List.of());
      if (!related.isEmpty()) {
        row.put("proposal_urls", String.join(";", related));
      }
      unexported(m, notExported);
      rows.add(row);
    }
    if (!noStatusId.isEmpty()) {
      notes.add("status/id left empty for " + noStatusId.size() + " measure(s) whose status has no Decidim status yet "
          + "(status/key written; choose the component's status in Decidim), e.g. " + noStatusId.get(0));
    }
    if (!noCategory.isEmpty()) {
      notes.add("no Decidim category for the action fields of " + noCategory.size() + " measure(s) (give a category "
          + "mapping), e.g. " + noCategory.get(0));
    }
    notExported.forEach((prop, ids) -> notes.add(prop + " of " + ids.size() + " measure(s) has no Decidim column and "
        + "was not exported, e.g. " + String.join(", ", ids.subList(0, Math.min(3, ids.size())))));
    return rows;
  }

  private static String exportId(Measure m) {
    return m.externalId().orElse(m.id());
  }

  /** The same fallback as the import: the chosen locale if the record has a title in it, else its first title locale. */
  private static String titleLocale(Map<String, String> fields, DecidimMapping mapping) {
    if (fields.containsKey("title/" + mapping.titleLocale())) {
      return mapping.titleLocale();
    }
    String first = null;
    for (String n : fields.keySet()) {
      if (n.startsWith("title/")) {
        String l = n.substring("title/".length());
        if (first == null || l.compareTo(first) < 0) {
          first = l;
        }
      }
    }
    return first == null ? mapping.titleLocale() : first;
  }

  /**
   * Whether the measure still has the status its Decidim record maps to (then the record's status
   * columns are written as read); a result without status counts as its progress implies.
   */
  private static boolean statusUnchanged(Measure m, Map<String, String> fields, DecidimMapping mapping, boolean fromDecidim) {
    String key = fields.get("status/key");
    String sid = fields.get("status/id");
    if (key == null && sid == null) {
      return fromDecidim && DecidimMapping.statusFromProgress(m.progressPercent()) == m.status();
    }
    Optional<MeasureStatus> mapped = key != null ? mapping.status(key) : Optional.empty();
    if (mapped.isEmpty() && sid != null) {
      mapped = mapping.status(sid);
    }
    return mapped.orElseGet(() -> DecidimMapping.statusFromProgress(m.progressPercent())) == m.status();
  }

  private static void category(Measure m, Map<String, String> fields, DecidimMapping mapping, Map<String, String> row,
      List<String> noCategory) {
    String original = fields.get("category/id");
    if (!fields.isEmpty() && new LinkedHashSet<>(m.actionFieldIds()).equals(mappedFields(fields, mapping))) {
      return; // still the categories/taxonomies it was read with
    }
    for (String field : m.actionFieldIds()) {
      Optional<String> cat = mapping.categoryFor(field);
      if (cat.isPresent()) {
        if (!cat.get().equals(original)) {
          row.entrySet().removeIf(e -> e.getKey().startsWith("category/name/"));
        }
        row.put("category/id", cat.get());
        return;
      }
    }
    if (!m.actionFieldIds().isEmpty()) {
      noCategory.add(m.id());
    }
    if (original != null) {
      row.entrySet().removeIf(e -> e.getKey().startsWith("category/name/"));
      row.put("category/id", null);
    }
  }

  /** The action fields a record's category and taxonomies map to. */
  private static Set<String> mappedFields(Map<String, String> fields, DecidimMapping mapping) {
    Set<String> out = new LinkedHashSet<>();
    List<String> ids = new ArrayList<>();
    if (fields.containsKey("category/id")) {
      ids.add(fields.get("category/id").strip());
    }
    if (fields.containsKey("taxonomies/ids")) {
      ids.addAll(List.of(fields.get("taxonomies/ids").split("[;,\\s]+")));
    }
    for (String id : ids) {
      String f = mapping.categories().get(id);
      if (f != null) {
        out.add(f);
      }
    }
    return out;
  }

  private static void unexported(Measure m, Map<String, List<String>> out) {
    if (!m.goalIds().isEmpty()) {
      out.computeIfAbsent("goalIds", k -> new ArrayList<>()).add(m.id());
    }
    if (!m.targetGroups().isEmpty()) {
      out.computeIfAbsent("targetGroups", k -> new ArrayList<>()).add(m.id());
    }
    m.leadDepartmentId().ifPresent(x -> out.computeIfAbsent("leadDepartmentId", k -> new ArrayList<>()).add(m.id()));
    if (!m.partnerDepartmentIds().isEmpty() || !m.partnerActorIds().isEmpty()) {
      out.computeIfAbsent("partners", k -> new ArrayList<>()).add(m.id());
    }
    m.budget().ifPresent(x -> out.computeIfAbsent("budget", k -> new ArrayList<>()).add(m.id()));
    if (!m.steps().isEmpty()) {
      out.computeIfAbsent("steps", k -> new ArrayList<>()).add(m.id());
    }
    if (!m.indicators().isEmpty()) {
      out.computeIfAbsent("indicators", k -> new ArrayList<>()).add(m.id());
    }
    if (!m.toolIds().isEmpty() || !m.ideaIds().isEmpty() || !m.linkedMeasureIds().isEmpty()) {
      out.computeIfAbsent("toolIds/ideaIds/linkedMeasureIds", k -> new ArrayList<>()).add(m.id());
    }
    m.demographyCheck().ifPresent(x -> out.computeIfAbsent("demographyCheck", k -> new ArrayList<>()).add(m.id()));
    m.councilPaper().ifPresent(x -> out.computeIfAbsent("councilPaper", k -> new ArrayList<>()).add(m.id()));
    if (m.actionFieldIds().size() > 1) {
      out.computeIfAbsent("actionFieldIds beyond the first", k -> new ArrayList<>()).add(m.id());
    }
  }

  /** A number as Decidim writes it: {@code 25.0}, {@code 46.33}. */
  static String number(double d) {
    String s = BigDecimal.valueOf(d).toPlainString();
    return s.contains(".") ? s : s + ".0";
  }
}
