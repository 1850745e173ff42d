// SPDX-License-Identifier: Apache-2.0
package zwk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.SortedMap;
import zwk.io.genesis.GenesisReader;
import zwk.model.region.RegionLevel;
import zwk.model.statistics.Sex;
import zwk.model.statistics.StatisticsRecord;
import zwk.model.statistics.StatisticsTable;
import zwk.profile.population.PopulationTable;
import zwk.profile.population.PopulationTables;
import zwk.profile.population.StatisticsImport;
import zwk.profile.projection.Mortality;
import zwk.profile.projection.assumption.AssumptionSources;
import zwk.profile.projection.assumption.Coordinated14;
import zwk.profile.projection.assumption.ResidualMigration;
import zwk.profile.vital.InfantSeparation;
import zwk.profile.vital.LifeTable;

/**
 * The age patterns of the bundled 14th-coordinated-projection variants, derived from the real data
 * with the library's derivation helpers: the life table 2018/2020, the fertility schedule 2018 of
 * 12612-0008, the sex ratio at birth 2016–2018 of 12612-0001 and the migration profile of Germany by
 * the residual method over 31.12.2015 → 31.12.2018 (12411-0013 summed over the Länder), and the age
 * pattern of mortality improvement from the deaths 2000–2018 of 12613-0004 and the population of
 * 12411-0006 ({@link AssumptionSources#mortalityImprovement}).
 */
final class Coordinated14Inputs {
  private Coordinated14Inputs() {}

  static final int SCHEDULE_YEAR = 2018;
  static final int PROFILE_FROM = 2015;
  static final int PROFILE_TO = 2018;
  static final int IMPROVEMENT_FROM = 2000;
  static final int IMPROVEMENT_TO = 2018;

  static PopulationTable germany() {
    PopulationTable laender = PopulationTables.fromStatistics(
        GenesisReader.read(RealData.file("genesis/12411-0013_laender_altersjahre_2015-2021.csv")), StatisticsImport.defaults());
    return PopulationTables.aggregate(laender, RegionLevel.STATE, RegionLevel.COUNTRY);
  }

  static Coordinated14.Inputs derive(PopulationTable germany) {
    StatisticsTable lt = GenesisReader.read(RealData.file("genesis/sterbetafel_2018-2020_deutschland.csv"));
    double[] qm = AssumptionSources.lifeTableQx(lt, Sex.MALE);
    double[] qf = AssumptionSources.lifeTableQx(lt, Sex.FEMALE);
    SortedMap<Integer, Double> schedule = AssumptionSources.fertilitySchedule(
        GenesisReader.read(RealData.file("genesis/12612-0008_geburtenziffern_ffcsv.csv")), SCHEDULE_YEAR);
    StatisticsTable births = GenesisReader.read(RealData.file("genesis/12612-0001_lebendgeborene_ffcsv.csv"));
    double boys = 0;
    double girls = 0;
    double[][] b = new double[PROFILE_TO - PROFILE_FROM][2];
    for (int y = PROFILE_FROM + 1; y <= PROFILE_TO; y++) {
      b[y - PROFILE_FROM - 1][0] = births(births, y, Sex.MALE);
      b[y - PROFILE_FROM - 1][1] = births(births, y, Sex.FEMALE);
      boys += b[y - PROFILE_FROM - 1][0];
      girls += b[y - PROFILE_FROM - 1][1];
    }
    Mortality m = Mortality.fromLifeTables(LifeTable.fromQx(qm, InfantSeparation.andreevKingkade(Sex.MALE, qm[0])),
        LifeTable.fromQx(qf, InfantSeparation.andreevKingkade(Sex.FEMALE, qf[0])), germany.bands());
    ResidualMigration r = ResidualMigration.estimate(germany, "DG", PROFILE_FROM, PROFILE_TO, b, m);
    PopulationTable deaths = PopulationTables.fromStatistics(
        GenesisReader.read(RealData.file("genesis/12613-0004_sterbefaelle_altersjahre.csv")),
        StatisticsImport.defaults().withNationality("Insgesamt").withAllowUnknownAge(true).withCheckTotals(false));
    PopulationTable population = PopulationTables.fromStatistics(
        GenesisReader.read(RealData.file("genesis/12411-0006_deutschland_altersjahre_1970-2021_mojibake.csv")),
        StatisticsImport.defaults());
    int omega = qm.length - 1;
    double[] bm = AssumptionSources.mortalityImprovement(deaths, population, "DG", Sex.MALE, IMPROVEMENT_FROM, IMPROVEMENT_TO, omega);
    double[] bf = AssumptionSources.mortalityImprovement(deaths, population, "DG", Sex.FEMALE, IMPROVEMENT_FROM, IMPROVEMENT_TO,
        omega);
    return new Coordinated14.Inputs(qm, qf, "Destatis, Sterbetafel 2018/2020 Deutschland, q_x by sex, ages 0-100",
        schedule.firstKey(), AssumptionSources.toArray(schedule),
        "Destatis, GENESIS 12612-0008, live births per 1,000 women by single age, " + SCHEDULE_YEAR,
        100 * boys / girls, "Destatis, GENESIS 12612-0001, live births boys/girls 2016-2018",
        r.shares(Sex.MALE), r.shares(Sex.FEMALE),
        "residual method (zwk ResidualMigration) on Germany 31.12.2015-31.12.2018 (Destatis, GENESIS 12411-0013,"
            + " summed over the Länder; 90+ open), survival from the Sterbetafel 2018/2020, births from 12612-0001",
        bm, bf, "zwk AssumptionSources.mortalityImprovement: minus the least-squares slope of ln m_x(t), t = " + IMPROVEMENT_FROM
            + "-" + IMPROVEMENT_TO + ", m_x = deaths (Destatis, GENESIS 12613-0004, nationality total) / mean population of"
            + " 31.12. t-1 and t (Destatis, GENESIS 12411-0006; 85+ open, one rate for ages 85-100); ages 1-84 smoothed"
            + " over 5 ages");
  }

  private static double births(StatisticsTable t, int year, Sex sex) {
    double v = Double.NaN;
    int n = 0;
    for (StatisticsRecord r : t.records()) {
      if (r.year().orElse(-1) == year && r.sex().orElse(null) == sex) {
        v = r.value().get().doubleValue();
        n++;
      }
    }
    assertEquals(1, n, "12612-0001: one record for " + year + " " + sex);
    return v;
  }

  static LocalDate base() {
    return Coordinated14.BASE_DATE;
  }
}
