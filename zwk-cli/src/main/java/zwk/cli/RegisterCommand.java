// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import zwk.io.csv.CsvExportProfile;
import zwk.io.register.RegisterReader;
import zwk.io.table.MunicipalityTable;
import zwk.model.region.Municipality;
import zwk.model.region.MunicipalityRegister;
import zwk.model.region.MunicipalityType;
import zwk.model.region.RecordType;
import zwk.model.region.RegisterEntry;

/**
 * {@code zwk register FILE}: reads a GV-ISys municipality register (the {@code Auszug_GV} CSV or the
 * fixed-width GV100AD file) and prints counts per Satzart and type and the total population; with
 * {@code --format csv|json} it writes the local authorities instead.
 */
@Command(name = "register", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Liest ein Gemeindeverzeichnis (GV-ISys: Auszug_GV als CSV oder GV100AD) und zeigt Anzahlen je Satzart",
        "und Typ sowie die Einwohnerzahl; mit --format schreibt es die Gebietskörperschaften.",
        "Reads a GV-ISys municipality register (Auszug_GV saved as CSV, or GV100AD fixed width) and prints counts per",
        "record type (level) and type and the total population; --format csv|json writes the local authorities."})
final class RegisterCommand extends BaseCommand {

  /** Output formats of the municipalities. */
  enum Format {
    /** Text summary (default). */
    TEXT,
    /** zwk-io's municipalities table. */
    CSV,
    /** JSON array of municipalities. */
    JSON
  }

  @Parameters(index = "0", paramLabel = "FILE", description = "Gemeindeverzeichnis / register file.")
  Path file;

  @Option(names = "--format", paramLabel = "text|csv|json", defaultValue = "text",
      description = "Ausgabe / output: text (summary, default), csv or json (all local authorities).")
  Format format;

  @Option(names = "--profile", paramLabel = "standard|excel-de|semicolon", defaultValue = "standard",
      description = "CSV-Profil für --format csv / CSV profile for --format csv (default standard).")
  String profile;

  @Mixin
  OutputOption output;

  @Override
  public Integer call() throws Exception {
    MunicipalityRegister register;
    try (Progress p = progress("progress.reading", file)) {
      register = RegisterReader.read(file);
    }
    try (CommandOutput o = openOutput(output)) {
      OutputStream os = o.stream();
      switch (format) {
        case CSV:
          MunicipalityTable.write(register, os, CsvOutput.profile(profile).orElse(CsvExportProfile.STANDARD));
          break;
        case JSON:
          RegisterJson.write(register.municipalities(), os);
          break;
        default:
          summary(register, new PrintStream(os, false, StandardCharsets.UTF_8));
      }
      o.commit();
    }
    return ExitCodes.OK;
  }

  private void summary(MunicipalityRegister register, PrintStream out) {
    Messages m = msg();
    Formats f = new Formats(locale());
    out.println(m.get("register.title", register.source(),
        register.territorialDate().map(f::date).orElse("–")));
    out.println();
    out.println(m.get("register.byRecordType"));
    for (Map.Entry<RecordType, Long> e : register.countsByRecordType().entrySet()) {
      out.printf("  %s %-20s %10s%n", e.getKey().code(), e.getKey().label(locale()), f.count(e.getValue()));
    }
    out.printf("     %-20s %10s%n", m.get("register.total"), f.count(register.entries().size()));
    out.println();
    out.println(m.get("register.byType"));
    for (Map.Entry<MunicipalityType, Long> e : register.countsByType().entrySet()) {
      out.printf("  %-2s %-40s %8s%n", e.getKey().textCode().orElse(""), e.getKey().label(locale()),
          f.count(e.getValue()));
    }
    out.println();
    long total = 0;
    long male = 0;
    long female = 0;
    long withoutPopulation = 0;
    boolean maleKnown = true;
    boolean femaleKnown = true;
    for (RegisterEntry e : register.entries(RecordType.MUNICIPALITY)) {
      Municipality mun = e.municipality().get();
      if (mun.population().isEmpty()) {
        withoutPopulation++;
        continue;
      }
      total += mun.population().get();
      maleKnown &= mun.populationMale().isPresent();
      femaleKnown &= mun.populationFemale().isPresent();
      male += mun.populationMale().orElse(0L);
      female += mun.populationFemale().orElse(0L);
    }
    out.println(m.get("register.population", f.count(total),
        maleKnown ? f.count(male) : "–", femaleKnown ? f.count(female) : "–"));
    if (withoutPopulation > 0) {
      out.println(m.get("register.withoutPopulation", f.count(withoutPopulation)));
    }
    out.flush();
  }
}
