// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import zwk.model.stage.StrategyStage;
import zwk.model.strategy.MunicipalStrategy;
import zwk.strategy.Finding;
import zwk.strategy.Severity;
import zwk.strategy.ValidationReport;

/** The text form of a validation report: a summary line, then the findings grouped by stage. */
final class FindingsText {
  private FindingsText() {}

  /**
   * Prints the report.
   *
   * @param limit at most this many findings per stage (the demo shows a few), or {@code Integer.MAX_VALUE}
   */
  static void print(PrintStream out, MunicipalStrategy strategy, ValidationReport report, Locale locale,
      Messages m, int limit) {
    Formats f = new Formats(locale);
    out.println(m.get("validate.title", strategy.municipality().name(), strategy.municipality().key(),
        f.date(report.referenceDate())));
    out.println(m.get("validate.summary", report.findings(Severity.ERROR).size(),
        report.findings(Severity.WARNING).size(), report.findings(Severity.INFO).size()));
    for (Map.Entry<Optional<StrategyStage>, List<Finding>> e : report.byStage().entrySet()) {
      out.println();
      out.println(e.getKey().map(s -> m.get("validate.stage", s.number(), s.label(locale)))
          .orElse(m.get("validate.noStage")));
      List<Finding> list = e.getValue();
      for (int i = 0; i < list.size() && i < limit; i++) {
        Finding fi = list.get(i);
        out.printf("  %-8s %-16s %s%n", fi.severity().label(locale).toUpperCase(locale), fi.ruleId(),
            fi.path().isEmpty() ? "/" : fi.path());
        out.println("           " + fi.message());
        if (!fi.hint().isBlank()) {
          out.println("           → " + fi.hint());
        }
      }
      if (list.size() > limit) {
        out.println("  " + m.get("validate.more", list.size() - limit));
      }
    }
  }
}
