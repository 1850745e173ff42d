// SPDX-License-Identifier: Apache-2.0
package zwk.profile.vital;

import zwk.profile.indicator.IndicatorDefinition;
import zwk.profile.indicator.IndicatorResult;
import zwk.profile.indicator.WegweiserSource;
import zwk.profile.population.CountResult;
import zwk.profile.reason.ReasonPart;

/**
 * Natural balance and migration balance per 1,000 inhabitants (Wegweiser Kommune:
 * <em>natürlicher Saldo</em>, <em>Wanderungssaldo</em>):
 *
 * <pre>
 *   natural_balance   = (Lebendgeborene − Gestorbene) / Bevölkerung × 1000
 *   migration_balance = (Zuzüge − Fortzüge) / Bevölkerung × 1000
 * </pre>
 *
 * The population is the one the caller passes (Wegweiser Kommune: at the end of the year).
 */
public final class VitalBalances {
  /** The natural balance. */
  public static final IndicatorDefinition NATURAL_BALANCE = new Def("natural_balance", "Natürlicher Saldo je 1.000 Einwohner",
      "Natural balance per 1,000 inhabitants", "(Lebendgeborene − Gestorbene) / Bevölkerung × 1.000");
  /** The migration balance. */
  public static final IndicatorDefinition MIGRATION_BALANCE = new Def("migration_balance", "Wanderungssaldo je 1.000 Einwohner",
      "Net migration per 1,000 inhabitants", "(Zuzüge − Fortzüge) / Bevölkerung × 1.000");

  private VitalBalances() {}

  /** {@code (births − deaths) / population × 1000}, or why not. */
  public static IndicatorResult naturalBalance(CountResult births, CountResult deaths, CountResult population) {
    return perThousand(births, ReasonPart.BIRTHS, deaths, ReasonPart.DEATHS, population);
  }

  /** {@code (inMigration − outMigration) / population × 1000}, or why not. */
  public static IndicatorResult migrationBalance(CountResult in, CountResult out, CountResult population) {
    return perThousand(in, ReasonPart.IN_MIGRATION, out, ReasonPart.OUT_MIGRATION, population);
  }

  static IndicatorResult perThousand(CountResult plus, ReasonPart plusPart, CountResult minus, ReasonPart minusPart,
      CountResult population) {
    if (!plus.isKnown()) {
      return IndicatorResult.notComputable(plus.notAvailableReason().get().in(plusPart));
    }
    if (!minus.isKnown()) {
      return IndicatorResult.notComputable(minus.notAvailableReason().get().in(minusPart));
    }
    return IndicatorResult.ratio(CountResult.of(plus.value() - minus.value()), population, 1000);
  }

  private static final class Def extends IndicatorDefinition {
    Def(String id, String de, String en, String formula) {
      super(id, de, en, "je 1.000 Einwohner", formula, WegweiserSource.TEXT);
    }
  }
}
