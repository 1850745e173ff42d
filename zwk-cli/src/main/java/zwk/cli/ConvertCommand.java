// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import zwk.io.csv.CsvExportProfile;
import zwk.io.json.DocumentFormat;
import zwk.io.json.DocumentFormats;
import zwk.io.json.ZwkJson;
import zwk.io.table.CsvImportOptions;
import zwk.io.table.MeasureTable;
import zwk.io.table.ToolTable;
import zwk.model.plan.Measure;
import zwk.model.plan.WorkshopPlan;
import zwk.model.strategy.MunicipalStrategy;
import zwk.model.toolbox.Toolbox;

/**
 * {@code zwk convert IN OUT}: converts between JSON documents and zwk-io's CSV tables, by file
 * extension: a {@code zwk.toolbox} document and the toolbox table; the measures of a
 * {@code zwk.strategy} document and the measures table (back into a strategy with {@code --into}).
 */
@Command(name = "convert", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Wandelt zwischen JSON und CSV (Werkzeugkoffer, Maßnahmentabelle), nach Dateiendung.",
        "Converts between JSON and CSV by file extension:",
        "  toolbox.json  -> toolbox.csv    (zwk.toolbox document -> toolbox table)",
        "  toolbox.csv   -> toolbox.json   [--into toolbox.json: keep that toolbox's name, replace its tools]",
        "  strategy.json -> measures.csv   (the Werkstattplan's measures -> measures table)",
        "  measures.csv  -> strategy.json  --into strategy.json (merged into that strategy's plan by external id or id)",
        "CSV input: comma or semicolon, UTF-8 or Windows-1252, English or German headers; a bad row stops the",
        "conversion with its line (exit 2)."})
final class ConvertCommand extends BaseCommand {

  /** Which table a CSV holds. */
  enum Table {
    /** Detect from the header (toolbox: a column kind/Art; measures: status or lead_department/Federführung). */
    AUTO,
    /** The toolbox table. */
    TOOLBOX,
    /** The measures table. */
    MEASURES
  }

  @Parameters(index = "0", paramLabel = "IN", description = "Eingabe / input (.json or .csv).")
  Path in;

  @Parameters(index = "1", paramLabel = "OUT", description = "Ausgabe / output (.csv or .json).")
  Path out;

  @Option(names = "--table", paramLabel = "auto|toolbox|measures", defaultValue = "auto",
      description = "Art der CSV-Tabelle / kind of CSV table (default: detected from the header).")
  Table table;

  @Option(names = "--into", paramLabel = "STRATEGY.json",
      description = "Basisdokument / base document: the strategy the measures are merged into (required for measures), "
          + "or the toolbox whose tools are replaced.")
  Path into;

  @Option(names = "--profile", paramLabel = "standard|excel-de|semicolon|decidim", defaultValue = "standard",
      description = "CSV-Profil der Ausgabe / CSV profile of the output (default standard); decidim: Decidim "
          + "Accountability results in and out (see docs/cli.md).")
  String profile;

  @Option(names = "--decimal-mark", paramLabel = "auto|comma|point", defaultValue = "auto",
      description = "Dezimalzeichen der CSV-Eingabe / decimal mark of CSV input (default auto: comma with ';', "
          + "point with ','; decidim: point).")
  zwk.io.table.CsvImportOptions.DecimalMark decimalMark;

  @Option(names = "--title-locale", paramLabel = "LOCALE",
      description = "decidim: Sprache von Titel und Beschreibung / locale of title and description (default de).")
  String titleLocale;

  @Option(names = "--status-map", paramLabel = "KEY=STATUS",
      description = "decidim: Status-Schlüssel (oder -ID) auf Status / a Decidim status key (or id) to PLANNED, "
          + "IN_PROGRESS, COMPLETED, ON_HOLD or CANCELLED (repeatable).")
  java.util.Map<String, String> statusMap = new java.util.LinkedHashMap<>();

  @Option(names = "--category-map", paramLabel = "ID=ACTION_FIELD",
      description = "decidim: Kategorie- oder Taxonomie-ID auf Handlungsfeld / a category or taxonomy id to an "
          + "action field id (repeatable).")
  java.util.Map<String, String> categoryMap = new java.util.LinkedHashMap<>();

  @Override
  public Integer call() throws Exception {
    // refused before anything is read: convert x.json x.csv where x.csv is a link to x.json
    requireOutputNotInput(out);
    if (profile.equals("decidim")) {
      DecidimConvert.run(in, out, into,
          DecidimConvert.mapping(titleLocale, statusMap, categoryMap, decimalMark), stderr());
      return ExitCodes.OK;
    }
    String from = extension(in);
    String to = extension(out);
    if (from.equals("json") && to.equals("csv")) {
      jsonToCsv();
    } else if (from.equals("csv") && to.equals("json")) {
      csvToJson();
    } else {
      throw new CliInputException(in + " -> " + out + ": expected .json -> .csv or .csv -> .json, got ." + from
          + " -> ." + to);
    }
    return ExitCodes.OK;
  }

  private void jsonToCsv() throws Exception {
    CsvExportProfile p = CsvOutput.profile(profile).orElse(CsvExportProfile.STANDARD);
    // zwk-io scans the header only; malformed JSON fails here with its location
    Optional<DocumentFormat<?>> format = ZwkJson.detectFormat(in);
    // read completely before OUT is created, so that bad input leaves no half-written file
    if (format.equals(Optional.of(DocumentFormats.TOOLBOX))) {
      Toolbox toolbox = ZwkJson.read(in, Toolbox.class);
      try (CommandOutput o = openOutput(Optional.of(out))) {
        ToolTable.write(toolbox, o.stream(), p);
        o.commit();
      }
    } else if (format.equals(Optional.of(DocumentFormats.STRATEGY))) {
      MunicipalStrategy s = ZwkJson.read(in, MunicipalStrategy.class);
      try (CommandOutput o = openOutput(Optional.of(out))) {
        MeasureTable.write(s.plan().map(WorkshopPlan::measures).orElse(List.of()), o.stream(), p);
        o.commit();
      }
    } else if (format.isEmpty()) {
      ZwkJson.read(in, MunicipalStrategy.class); // no built-in format: the reader says where and why
      throw new CliInputException(in + ": expected a zwk.toolbox or zwk.strategy document");
    } else {
      throw new CliInputException(in + ": expected a zwk.toolbox or zwk.strategy document, got format '"
          + format.get().name() + "'");
    }
  }

  private void csvToJson() throws Exception {
    Table kind = table == Table.AUTO ? detect() : table;
    CsvImportOptions options = CsvImportOptions.defaults().withDecimalMark(decimalMark);
    if (kind == Table.TOOLBOX) {
      Toolbox toolbox;
      try (InputStream is = Files.newInputStream(in)) {
        toolbox = ToolTable.readToolbox(is, in.toString(), options);
      }
      if (into != null) {
        // the table holds the tools only; name and other fields of the toolbox come from --into
        toolbox = ZwkJson.read(into, Toolbox.class).withTools(toolbox.tools());
      }
      writeJson(toolbox);
      return;
    }
    List<Measure> measures;
    try (InputStream is = Files.newInputStream(in)) {
      measures = MeasureTable.read(is, in.toString(), options).rows();
    }
    if (into == null) {
      throw new CliInputException(in + ": measures are part of a strategy document; name it with --into "
          + "STRATEGY.json (the result, written to " + out + ", is that strategy with the measures merged)");
    }
    MunicipalStrategy s = ZwkJson.read(into, MunicipalStrategy.class);
    WorkshopPlan plan = s.plan().orElseGet(() -> WorkshopPlan.builder().build());
    WorkshopPlan merged = plan.withMeasures(MeasureTable.merge(plan.measures(), measures));
    writeJson(s.withPlan(merged));
  }

  private void writeJson(Object document) {
    try (CommandOutput o = openOutput(Optional.of(out))) {
      ZwkJson.write(document, o.stream());
      o.commit();
    }
  }

  /** The table kind from the CSV header line. */
  private Table detect() throws Exception {
    String header;
    try (InputStream is = Files.newInputStream(in)) {
      byte[] head = is.readNBytes(4096);
      String text = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
      int nl = text.indexOf('\n');
      header = nl < 0 ? text : text.substring(0, nl);
    }
    List<String> cells = List.of(header.replace("\"", "").replace("\r", "").split("[;,]"));
    boolean tool = cells.stream().map(String::strip).anyMatch(c -> c.equals("kind") || c.equals("art")
        || c.equals("problem") || c.equals("problemstellung"));
    boolean measure = cells.stream().map(String::strip).anyMatch(c -> c.equals("status") || c.equals("lead_department")
        || c.startsWith("federf"));
    if (tool == measure) {
      throw new CliInputException(in + ":1: expected the header of a toolbox table (kind/Art) or a measures table "
          + "(status, lead_department/Federführung); say which with --table toolbox|measures");
    }
    return tool ? Table.TOOLBOX : Table.MEASURES;
  }

  private static String extension(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = n.lastIndexOf('.');
    return dot < 0 ? "" : n.substring(dot + 1);
  }

}
