// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import picocli.CommandLine.Option;
import zwk.profile.population.StatisticsImport;
import zwk.profile.population.UnitPolicy;

/** Options of reading a GENESIS export into a population table (zwk-profile's {@link StatisticsImport}). */
final class ImportOptions {

  @Option(names = "--scale-thousands",
      description = "Werte in 1000 mit 1000 multiplizieren / multiply values published in thousands by 1000 "
          + "(else such files are refused).")
  boolean scaleThousands;

  @Option(names = "--nationality", paramLabel = "NAME",
      description = "Nur diese Staatsangehörigkeit / only this nationality when the file has several "
          + "(Insgesamt, Deutsche, Ausländer).")
  String nationality;

  @Option(names = "--allow-unknown-age",
      description = "Personen unbekannten Alters auslassen / leave people of unknown age ('Alter unbekannt') out of "
          + "the age bands (else refused when their count is not 0).")
  boolean allowUnknownAge;

  @Option(names = "--variable", paramLabel = "NAME",
      description = "Diese Variable als Bevölkerung lesen / read this variable (e.g. 'Gestorbene') as the population "
          + "on purpose; without it a table that does not measure the population (Bevölkerungsstand) is refused, "
          + "and a file with several variables needs one chosen.")
  String variable;

  /** The import options these flags select. */
  StatisticsImport toImport() {
    StatisticsImport options = StatisticsImport.defaults()
        .withUnitPolicy(scaleThousands ? UnitPolicy.SCALE_THOUSANDS : UnitPolicy.REJECT_THOUSANDS);
    options = options.withAllowUnknownAge(allowUnknownAge);
    if (variable != null) {
      options = options.withVariable(variable);
    }
    return nationality == null ? options : options.withNationality(nationality);
  }
}
