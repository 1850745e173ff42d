// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import zwk.io.csv.CsvExportProfile;
import zwk.io.csv.CsvReadOptions;
import zwk.io.decidim.DecidimMapping;
import zwk.io.decidim.DecidimMerge;
import zwk.io.decidim.DecidimReader;
import zwk.io.decidim.DecidimWriter;
import zwk.io.json.DocumentFormats;
import zwk.io.json.ZwkJson;
import zwk.io.table.CsvImportOptions.DecimalMark;
import zwk.io.table.ImportMode;
import zwk.io.table.ImportResult;
import zwk.model.plan.Measure;
import zwk.model.plan.MeasureStatus;
import zwk.model.plan.WorkshopPlan;
import zwk.model.strategy.MunicipalStrategy;

/**
 * {@code zwk convert --profile decidim}: Decidim Accountability results (CSV or JSON) into the plan
 * of a strategy ({@code --into}), or a strategy's measures out in Decidim's layout (CSV with
 * {@code ;}, or JSON). The import's and export's notes (what has no place, unmapped statuses and
 * categories) go to stderr.
 */
final class DecidimConvert {
  private DecidimConvert() {}

  static DecidimMapping mapping(String titleLocale, Map<String, String> statuses, Map<String, String> categories,
      DecimalMark mark) {
    DecidimMapping m = DecidimMapping.defaults().withDecimalMark(mark == DecimalMark.AUTO ? DecimalMark.POINT : mark);
    if (titleLocale != null) {
      m = m.withTitleLocale(titleLocale);
    }
    for (Map.Entry<String, String> e : statuses.entrySet()) {
      m = m.withStatus(e.getKey(), MeasureStatus.parse(e.getValue()));
    }
    for (Map.Entry<String, String> e : categories.entrySet()) {
      m = m.withCategory(e.getKey(), e.getValue());
    }
    return m;
  }

  static void run(Path in, Path out, Path into, DecidimMapping mapping, PrintStream err) throws Exception {
    String from = ext(in);
    String to = ext(out);
    boolean strategyIn = from.equals("json")
        && ZwkJson.detectFormat(in).equals(java.util.Optional.of(DocumentFormats.STRATEGY));
    if (strategyIn) {
      MunicipalStrategy s = ZwkJson.read(in, MunicipalStrategy.class);
      List<Measure> measures = s.plan().map(WorkshopPlan::measures).orElse(List.of());
      if (!to.equals("json") && !to.equals("csv")) {
        throw new CliInputException(out + ": expected a .csv or .json output for Decidim");
      }
      List<List<String>> notes = new java.util.ArrayList<>();
      // atomically: a failure leaves an existing output as it was
      zwk.io.file.SafeFiles.write(out, os -> notes.add(to.equals("json") ? DecidimWriter.writeJson(measures, os, mapping)
          : DecidimWriter.writeCsv(measures, os, mapping, CsvExportProfile.SEMICOLON)));
      notes.get(0).forEach(n -> err.println("decidim: " + n));
      return;
    }
    if (!to.equals("json")) {
      throw new CliInputException(in + " -> " + out + ": with --profile decidim expected a Decidim export (.csv or .json) "
          + "-> strategy.json, or a zwk.strategy document -> .csv or .json");
    }
    ImportResult<Measure> r;
    try (InputStream is = Files.newInputStream(in)) {
      if (from.equals("csv")) {
        r = DecidimReader.readCsv(is, in.toString(), mapping, CsvReadOptions.defaults(), ImportMode.ALL_OR_NOTHING);
      } else if (from.equals("json")) {
        r = DecidimReader.readJson(is, in.toString(), mapping, ImportMode.ALL_OR_NOTHING);
      } else {
        throw new CliInputException(in + ": expected a Decidim export (.csv or .json), got ." + from);
      }
    }
    if (into == null) {
      throw new CliInputException(in + ": Decidim results become the measures of a strategy; name it with --into "
          + "STRATEGY.json (the result, written to " + out + ", is that strategy with the results merged)");
    }
    MunicipalStrategy s = ZwkJson.read(into, MunicipalStrategy.class);
    WorkshopPlan plan = s.plan().orElseGet(() -> WorkshopPlan.builder().build());
    ZwkJson.write(s.withPlan(plan.withMeasures(DecidimMerge.merge(plan.measures(), r.rows()))), out);
    err.println("decidim: " + r.rows().size() + " result(s) read from " + in);
    r.warnings().forEach(n -> err.println("decidim: " + n.parameters().get("note")));
  }

  private static String ext(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = n.lastIndexOf('.');
    return dot < 0 ? "" : n.substring(dot + 1);
  }
}
