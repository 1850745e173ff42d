// SPDX-License-Identifier: Apache-2.0
package zwk.examples.programs;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import zwk.io.json.ZwkJson;
import zwk.io.samples.Samples;
import zwk.model.strategy.MunicipalStrategy;
import zwk.strategy.Finding;
import zwk.strategy.StrategyValidator;
import zwk.strategy.ValidationReport;

/**
 * Example 1 – a municipal IT vendor checks a strategy document before storing it and shows staff
 * what is missing, in German.
 *
 * <pre>java -cp examples/target/zwk-examples.jar zwk.examples.programs.VendorValidation [strategy.json]</pre>
 */
public final class VendorValidation {
  private VendorValidation() {}

  /** Validates the file named by the first argument, or the bundled Barleben sample. */
  public static void main(String[] args) {
    run(args.length > 0 ? Path.of(args[0]) : null, System.out);
  }

  /**
   * Reads and validates a strategy document and prints every finding in German.
   *
   * @param document a {@code zwk.strategy} JSON file, or null for the bundled sample
   * @return the report, e.g. to decide whether the document may be published
   */
  public static ValidationReport run(Path document, PrintStream out) {
    // Strict reading: a malformed document fails with file, line, column and JSON pointer.
    MunicipalStrategy strategy = document == null
        ? Samples.barlebenStrategy() : ZwkJson.read(document, MunicipalStrategy.class);

    // Build the validator once and reuse it: it is immutable and thread-safe.
    StrategyValidator validator = StrategyValidator.builder().locale(Locale.GERMAN).build();
    ValidationReport report = validator.validate(strategy);

    out.printf("%s: %d Befunde, davon %d Fehler%n", strategy.municipality().name(),
        report.findings().size(), report.findings(zwk.strategy.Severity.ERROR).size());
    for (Finding f : report.findings()) {
      out.printf("[%s] %s an %s%n    %s%n    Was tun: %s%n", f.severity().germanLabel(), f.ruleId(),
          f.path().isEmpty() ? "/" : f.path(), f.message(), f.hint());
    }
    return report;
  }
}
