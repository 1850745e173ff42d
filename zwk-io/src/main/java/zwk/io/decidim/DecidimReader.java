// SPDX-License-Identifier: Apache-2.0
package zwk.io.decidim;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import zwk.io.csv.CsvFormatException;
import zwk.io.csv.CsvReadOptions;
import zwk.io.csv.CsvRow;
import zwk.io.csv.CsvRows;
import zwk.io.json.JsonLimits;
import zwk.io.json.JsonTrees;
import zwk.io.table.CsvImportException;
import zwk.io.table.ImportMode;
import zwk.io.table.ImportResult;
import zwk.io.table.RowRejection;
import zwk.model.plan.Measure;

/**
 * Reads Decidim Accountability results (CSV or JSON, as Decidim exports them, or the older CSV
 * import layout with {@code result_id}) into measures of a Werkstattplan.
 *
 * <p>Each result becomes a measure with id {@code decidim-<id>} (older layout without
 * {@code result_id}: {@code decidim-ext-<external_id>}; neither: {@code decidim-line-<n>}),
 * {@code externalId} = the result id, {@code parentId} = the parent result's measure (parent results
 * are kept as parent measures, so the hierarchy and its ids survive), title and description in the
 * chosen locale (HTML converted to text, {@link HtmlText}), period, progress (fractional as Decidim
 * reports it), weight, a status by {@link DecidimMapping} and action fields by the user's category
 * mapping. Everything else — the other locales, the original HTML, status id/key/names, category
 * and scope, created_at, component, reference … — is kept in the measure's
 * {@link zwk.model.plan.ExternalRecord} under its Decidim name, the result URL and the proposal URLs
 * as its URLs; the import's warnings report what has no place of its own, unmapped statuses and
 * categories, title-locale fallbacks and parents missing from the file.
 *
 * <p>Errors: malformed CSV or JSON is a located {@link CsvFormatException} or
 * {@link zwk.io.json.ZwkFormatException}; a result that cannot be taken (a bad date, progress, …) is
 * a {@link RowRejection} with its line (CSV column or JSON pointer), thrown together as
 * {@link CsvImportException} in {@link ImportMode#ALL_OR_NOTHING}.
 */
public final class DecidimReader {
  private DecidimReader() {}

  /** Reads a CSV export (separator {@code ;} or {@code ,} detected unless fixed in {@code read}). */
  public static ImportResult<Measure> readCsv(InputStream in, String source, DecidimMapping mapping,
      CsvReadOptions read, ImportMode mode) {
    List<FlatResult> results = new ArrayList<>();
    char separator;
    try (CsvRows rows = CsvRows.open(in, source, read)) {
      separator = rows.separator();
      CsvRow header = rows.next();
      if (header == null) {
        throw new CsvFormatException(CsvFormatException.Kind.BAD_HEADER, source, 1, 1,
            "expected a Decidim Accountability header, got an empty file");
      }
      List<String> original = new ArrayList<>();
      for (String h : header.fields()) {
        original.add(h.strip().replace("\uFEFF", ""));
      }
      boolean old = DecidimLayout.isOld(original);
      List<String> names = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      boolean title = false;
      for (int c = 0; c < original.size(); c++) {
        String n = old ? DecidimLayout.rename(original.get(c)) : original.get(c);
        if (n.isEmpty() || !seen.add(n)) {
          throw new CsvFormatException(CsvFormatException.Kind.BAD_HEADER, source, header.line(), c + 1,
              "expected each Decidim column once and named, got '" + CsvFormatException.clip(original.get(c)) + "'"
                  + (n.isEmpty() ? "" : " again"));
        }
        title |= n.startsWith("title/");
        names.add(n);
      }
      if (!(seen.contains("id") || seen.contains("external_id")) || !title) {
        throw new CsvFormatException(CsvFormatException.Kind.BAD_HEADER, source, header.line(), 1,
            "expected a Decidim Accountability header (id, title/<locale>, … or result_id, title_<locale>, …), got '"
                + CsvFormatException.clip(String.join(String.valueOf(separator), original)) + "'");
      }
      for (CsvRow row = rows.next(); row != null; row = rows.next()) {
        if (row.size() == 1 && row.get(0).isEmpty()) {
          continue;
        }
        if (row.size() != names.size()) {
          throw new CsvFormatException(CsvFormatException.Kind.RAGGED_ROW, source, row.line(),
              Math.min(row.size(), names.size()) + 1, "expected " + names.size() + " fields as in the header, got " + row.size());
        }
        FlatResult r = new FlatResult(row.line(), "");
        for (int c = 0; c < names.size(); c++) {
          String v = row.get(c);
          if (!v.isEmpty()) {
            r.cells.put(names.get(c), v);
            r.columns.put(names.get(c), c + 1);
            r.sourceNames.put(names.get(c), original.get(c));
          }
        }
        results.add(r);
      }
    }
    return map(results, source, new ResultMapper(mapping, separator), mode);
  }

  /** Reads a JSON export: an array of results as Decidim's serializer writes them. */
  public static ImportResult<Measure> readJson(InputStream in, String source, DecidimMapping mapping, ImportMode mode) {
    List<FlatResult> results = new ArrayList<>();
    List<JsonTrees.Located> items = JsonTrees.readArray(in, source, JsonLimits.defaults());
    List<RowRejection> bad = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      JsonNode n = items.get(i).node();
      FlatResult r = new FlatResult(items.get(i).line(), "/" + i);
      if (!n.isObject()) {
        bad.add(new RowRejection(r.line, 0, r.pointer, "expected an object (a Decidim result), got " + n.getNodeType()));
        continue;
      }
      flatten("", n, r.cells);
      results.add(r);
    }
    ImportResult<Measure> res = map(results, source, new ResultMapper(mapping, ','), ImportMode.COLLECT_AND_CONTINUE);
    List<RowRejection> all = new ArrayList<>(bad);
    all.addAll(res.rejections());
    if (!all.isEmpty() && mode == ImportMode.ALL_OR_NOTHING) {
      throw new CsvImportException(source, all);
    }
    return new ImportResult<>(res.rows(), all, res.warnings());
  }

  /** Nested objects become {@code a/b} names; arrays of values become a list separated by {@code ;}. */
  static void flatten(String prefix, JsonNode n, Map<String, String> out) {
    if (n.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> it = n.properties().iterator();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        flatten(prefix.isEmpty() ? e.getKey() : prefix + "/" + e.getKey(), e.getValue(), out);
      }
    } else if (n.isArray()) {
      List<String> items = new ArrayList<>();
      boolean scalars = true;
      for (JsonNode item : n) {
        scalars &= item.isValueNode();
        items.add(item.isValueNode() ? item.asString() : item.toString());
      }
      if (!items.isEmpty()) {
        out.put(prefix, scalars ? String.join(";", items) : n.toString());
      }
    } else if (!n.isNull()) {
      String v = n.asString();
      if (!v.isEmpty()) {
        out.put(prefix, v);
      }
    }
  }

  private static ImportResult<Measure> map(List<FlatResult> results, String source, ResultMapper mapper, ImportMode mode) {
    List<Measure> out = new ArrayList<>();
    List<RowRejection> rejections = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (FlatResult r : results) {
      try {
        Measure m = mapper.map(r);
        if (!ids.add(m.id())) {
          rejections.add(new RowRejection(r.line, r.columns.getOrDefault("id", 0), r.pointer.isEmpty() ? "id" : r.pointer + "/id",
              "id: expected a result id not used by an earlier result, got '" + CsvFormatException.clip(m.externalId().orElse(m.id())) + "'"));
          continue;
        }
        out.add(m);
      } catch (ResultMapper.Rejected e) {
        rejections.add(e.rejection);
      } catch (IllegalArgumentException e) {
        rejections.add(new RowRejection(r.line, 0, r.pointer, CsvFormatException.clip(String.valueOf(e.getMessage()))));
      }
    }
    if (!rejections.isEmpty() && mode == ImportMode.ALL_OR_NOTHING) {
      throw new CsvImportException(source, rejections);
    }
    List<Measure> finished = mapper.finish(out);
    List<zwk.model.diagnostic.Diagnostic> notes = new java.util.ArrayList<>();
    for (String n : mapper.notes()) {
      notes.add(zwk.model.diagnostic.Diagnostic.of(zwk.io.table.TableDiagnostic.DECIDIM_NOTE,
          zwk.model.diagnostic.Diagnostic.Location.of(source, 0, 0), "note", n));
    }
    return new ImportResult<>(finished, rejections, notes);
  }
}
