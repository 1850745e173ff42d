// SPDX-License-Identifier: Apache-2.0
package zwk.profile.population;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether an official table measures the population (<em>Bevölkerungsstand</em>), so that its
 * cells may be read as population counts: by the measured variable's label or code, or failing
 * that by the table code's family.
 *
 * <ul>
 *   <li>Variable: GENESIS code {@code BEVSTD}, or a label starting with {@code Bevölkerung}
 *       (also with the umlaut lost to {@code ?} or U+FFFD), {@code Population}, {@code Einwohner}
 *       or {@code Personen}/{@code Persons} (Zensus 2022), e.g. {@code Bevölkerungsstand},
 *       {@code Bevölkerung (Anzahl)}.</li>
 *   <li>Table code family (when the variable says nothing or is empty): {@code 12411} (Fortschreibung
 *       des Bevölkerungsstandes), {@code 12421} (Bevölkerungsvorausberechnung), {@code 1000A}
 *       (Zensus 2022, Bevölkerung), {@code 12111} (Zensus 2011).</li>
 * </ul>
 *
 * Everything else (e.g. {@code Gestorbene} of table 12613, {@code Lebendgeborene} of 12612) is not a
 * population, and the population readers refuse it unless the caller names the variable on purpose
 * ({@link StatisticsImport#withVariable}).
 */
public final class PopulationMeasure {
  private static final Pattern LABEL = Pattern.compile(
      "(bev.{1,2}lkerung|population|einwohner|personen|persons).*", Pattern.CASE_INSENSITIVE);
  private static final String[] FAMILIES = {"12411", "12421", "1000A", "12111"};

  private PopulationMeasure() {}

  /**
   * Whether a table of this variable (label or code, empty if the file names none) and table code
   * holds population counts.
   */
  public static boolean isPopulation(String variable, Optional<String> tableCode) {
    String v = variable.strip();
    if (v.equalsIgnoreCase("BEVSTD") || LABEL.matcher(v).matches()) {
      return true;
    }
    String code = tableCode.orElse("").strip().toUpperCase(Locale.ROOT);
    for (String f : FAMILIES) {
      if (code.startsWith(f)) {
        return true;
      }
    }
    return v.isEmpty() && code.isEmpty();
  }
}
