// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import zwk.report.HtmlReportRenderer;
import zwk.report.ProfileReport;
import zwk.report.ProfileReports;
import zwk.io.csv.CsvFormatException;
import zwk.io.json.ZwkJson;
import zwk.io.register.RegisterReader;
import zwk.model.profile.MunicipalProfile;
import zwk.model.region.Ags;
import zwk.model.region.Ars;
import zwk.model.region.Municipality;
import zwk.model.region.MunicipalityRegister;
import zwk.profile.MunicipalProfileBuilder;
import zwk.profile.compare.ReferenceComparator;
import zwk.profile.population.PopulationTable;

/**
 * {@code zwk profile --population FILE --key AGS}: builds the Kommunalprofil of one region with
 * zwk-profile (indicators compared with Kreis, Land, Germany and peers; SWOT derived by the rules)
 * and writes it as a {@code zwk.profile} JSON document or as a self-contained HTML report.
 */
@Command(name = "profile", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Erstellt das Kommunalprofil einer Region (Kennzahlen mit Vergleichswerten, SWOT) als JSON oder HTML.",
        "Builds the municipal profile of one region (indicators with reference values, SWOT) as a zwk.profile JSON",
        "document or a self-contained HTML report (chosen by the extension of --out; JSON on stdout without --out)."})
final class ProfileCommand extends BaseCommand {
  static final String SOURCE = "Datenquelle: Statistisches Bundesamt (Destatis) / Statistische Ämter des Bundes und "
      + "der Länder, Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0)";

  @Option(names = "--population", required = true, paramLabel = "FILE",
      description = "GENESIS-Bevölkerungsexport / GENESIS population export.")
  Path population;

  @Option(names = "--key", required = true, paramLabel = "AGS_OR_ARS",
      description = "Schlüssel der Region / key of the region (AGS or ARS; lost leading zeros are repaired).")
  String key;

  @Option(names = "--register", paramLabel = "FILE",
      description = "Gemeindeverzeichnis für Name und Fläche / GV-ISys register for name and area (optional).")
  Path register;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Stichtag der Bevölkerung / reference date of the population (default: the latest in the file).")
  LocalDate date;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
      description = "Stand des Profils / date the profile is compiled (default: today).")
  LocalDate asOf;

  @Option(names = "--assumptions", paramLabel = "VARIANT|FILE", defaultValue = "G2L2W1",
      description = "Annahmen der Vorausberechnung bis 2040 / assumptions of the projection to 2040 (a bundled variant, "
          + "default G2L2W1, or a zwk.projection-assumptions file); see 'zwk project'.")
  String assumptions;

  @Option(names = "--no-projection", description = "Ohne Vorausberechnung / leave the projection out.")
  boolean noProjection;

  @Option(names = "--peers", defaultValue = "5", paramLabel = "N",
      description = "Ähnliche Regionen im Bericht / similar regions in the report (default 5, 0: none).")
  int peerCount;

  @Option(names = "--recommend", defaultValue = "5", paramLabel = "N",
      description = "Empfohlene Werkzeuge im Bericht / recommended tools in the report (default 5, 0: none).")
  int toolCount;

  @Option(names = "--toolbox", paramLabel = "FILE",
      description = "Werkzeugkoffer (zwk.toolbox JSON) für die Empfehlungen / toolbox for the recommendations (default: bundled).")
  Path toolbox;

  @picocli.CommandLine.Mixin
  ImportOptions importOptions;

  /** {@code profile.json} (a zwk.profile document) or {@code profile.html} (the report); JSON on stdout when absent. */
  @picocli.CommandLine.Mixin
  OutputOption output;

  @Override
  public Integer call() throws Exception {
    Path out = output.file().orElse(null);
    if (out != null) {
      requireOutputNotInput(out); // before the extension check: name the real problem first
    }
    boolean html = out != null && out.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.x?html?");
    if (out != null && !html && !out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
      throw new CliInputException("--out " + out + ": expected a file name ending in .json or .html");
    }
    Ags ags = parseKey(key);
    PopulationInput input = readPopulation(population, importOptions);
    Optional<MunicipalityRegister> reg = Optional.empty();
    if (register != null) {
      try (Progress p = progress("progress.reading", register)) {
        reg = Optional.of(RegisterReader.read(register));
      }
    }
    PopulationTable table = input.table();
    if (!table.hasRegion(ags.code())) {
      throw new CliInputException(population + ": region " + ags.code() + " not found; the file holds "
          + table.regions().size() + " regions (e.g. " + String.join(", ", table.regions().subList(0,
              Math.min(3, table.regions().size()))) + ")");
    }
    LocalDate when = date != null ? date : table.dates().get(table.dates().size() - 1);
    if (table.dateIndex(when) < 0) {
      throw new CliInputException(population + ": no population at " + when + "; the file holds " + table.dates());
    }
    Optional<Municipality> mun = reg.flatMap(r -> r.byAgs(ags));
    String name = mun.map(Municipality::name).orElse(input.name(ags.code(), locale()));
    MunicipalProfile profile;
    try (Progress p = progress("progress.profile", ags.code())) {
      ReferenceComparator comparator = ReferenceComparator.deriving(table, ags.level());
      // reasons for "not computable" in the output language, for the JSON document and the report alike
      profile = new MunicipalProfileBuilder(comparator, ags.code(), when).regionName(name)
          .asOf(asOf != null ? asOf : LocalDate.now()).locale(locale()).build();
    }
    if (!noProjection) {
      profile = ProfileProjection.add(profile, table, ags, when, assumptions, stderr());
    }
    Optional<MunicipalityRegister> finalReg = reg;
    if (peerCount < 0 || toolCount < 0) {
      throw new CliInputException("--peers, --recommend: expected 0 or more, got " + Math.min(peerCount, toolCount));
    }
    ProfileTransfer transfer;
    try (Progress p = progress("progress.profile", ags.code())) {
      transfer = ProfileTransfer.of(input, reg, ags, profile, when, peerCount, toolCount, toolbox, locale());
    }
    profile = transfer.addTo(profile);
    try (CommandOutput o = openOutput(output)) {
      OutputStream os = o.stream();
      if (html) {
        ProfileReport report = ProfileReports.from(profile, table, when, mun, k -> regionName(k, finalReg, input),
            SOURCE, locale()).withTransfer(transfer.peers, transfer.recommendations);
        os.write(new HtmlReportRenderer(locale()).render(report).getBytes(StandardCharsets.UTF_8));
      } else {
        ZwkJson.write(profile, os);
      }
      o.commit();
    }
    return ExitCodes.OK;
  }

  private String regionName(String k, Optional<MunicipalityRegister> reg, PopulationInput input) {
    if (reg.isPresent() && Ags.isValid(k)) {
      Optional<Municipality> m = reg.get().byAgs(Ags.of(k));
      if (m.isPresent()) {
        return m.get().name();
      }
    }
    String n = input.name(k, locale());
    return n.isEmpty() ? k : n;
  }

  /** An AGS, or an ARS converted to its AGS. */
  static Ags parseKey(String text) {
    String t = text.replace(" ", "");
    try {
      if (t.length() == 9 || t.length() == 12) {
        Ars ars = Ars.parse(t);
        if (!ars.hasAgs()) {
          throw new CliInputException("--key " + CsvFormatException.clip(text) + ": a Gemeindeverband has no AGS; population statistics are "
              + "published for Gemeinden, Kreise and Länder");
        }
        return ars.toAgs();
      }
      return Ags.parse(t);
    } catch (IllegalArgumentException e) {
      throw new CliInputException("--key: expected an AGS (2, 3, 5 or 8 digits) or ARS (12 digits), got '" + CsvFormatException.clip(text)
          + "'");
    }
  }
}
