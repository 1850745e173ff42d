package zwk.profile.vital;

import zwk.profile.indicator.IndicatorDefinition;
import zwk.profile.indicator.IndicatorResult;
import zwk.profile.indicator.WegweiserSource;
import zwk.profile.population.CountResult;

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
    return perThousand(births, deaths, population);
  }

  /** {@code (inMigration − outMigration) / population × 1000}, or why not. */
  public static IndicatorResult migrationBalance(CountResult in, CountResult out, CountResult population) {
    return perThousand(in, out, population);
  }

  static IndicatorResult perThousand(CountResult plus, CountResult minus, CountResult population) {
    if (!plus.isKnown()) {
      return IndicatorResult.notComputable(plus.reason());
    }
    if (!minus.isKnown()) {
      return IndicatorResult.notComputable(minus.reason());
    }
    return IndicatorResult.ratio(CountResult.of(plus.value() - minus.value()), population, 1000);
  }

  private static final class Def extends IndicatorDefinition {
    Def(String id, String de, String en, String formula) {
      super(id, de, en, "je 1.000 Einwohner", formula, WegweiserSource.TEXT);
    }
  }
}
