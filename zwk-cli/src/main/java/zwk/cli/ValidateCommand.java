// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import zwk.io.json.ZwkJson;
import zwk.io.programmes.ProgrammeData;
import zwk.model.strategy.MunicipalStrategy;
import zwk.strategy.StrategyValidator;
import zwk.strategy.ValidationReport;
import zwk.strategy.rule.RuleSetConfig;

/**
 * {@code zwk validate FILE.json}: checks a {@code zwk.strategy} document against the rules of the
 * DWK/ZWK method (zwk-strategy) and prints the findings grouped by stage (text) or as JSON. Exit
 * code 1 when there is at least one finding of severity ERROR.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Prüft ein Strategiedokument (zwk.strategy) nach der Fünfstufen-Systematik.",
        "Validates a strategy document (zwk.strategy) against the five-stage method; text output groups the",
        "findings by stage. Exit code 1 when a finding has severity ERROR."})
final class ValidateCommand extends BaseCommand {

  /** Output formats. */
  enum Format {
    /** Findings grouped by stage. */
    TEXT,
    /** The report as JSON. */
    JSON
  }

  @Parameters(index = "0", paramLabel = "FILE.json", description = "Strategiedokument / strategy document.")
  Path file;

  @Option(names = "--rules", paramLabel = "CONFIG.json",
      description = "Regelwerk-Konfiguration / rule-set configuration: a zwk.rules document (enable, disable, "
          + "severities, thresholds).")
  Path rules;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "Ausgabe / output: text (default) or json (a zwk.report document).")
  Format format;

  @Option(names = "--today", paramLabel = "YYYY-MM-DD",
      description = "Stichtag der Prüfung / reference date for age and cadence rules (default: today).")
  LocalDate today;

  @Mixin
  OutputOption output;

  @Override
  public Integer call() throws Exception {
    MunicipalStrategy strategy = ZwkJson.read(file, MunicipalStrategy.class);
    StrategyValidator.Builder b = StrategyValidator.builder().locale(locale())
        .programmes(ProgrammeData.bundled().programmes());
    if (rules != null) {
      b.configure(ZwkJson.read(rules, RuleSetConfig.class));
    }
    if (today != null) {
      b.referenceDate(today);
    }
    ValidationReport report = b.build().validate(strategy);
    try (CommandOutput o = openOutput(output)) {
      OutputStream os = o.stream();
      if (format == Format.JSON) {
        ZwkJson.write(report, os);
      } else {
        PrintStream ps = new PrintStream(os, false, StandardCharsets.UTF_8);
        FindingsText.print(ps, strategy, report, locale(), msg(), Integer.MAX_VALUE);
        ps.flush();
      }
      o.commit();
    }
    return report.hasErrors() ? ExitCodes.FINDINGS : ExitCodes.OK;
  }
}
