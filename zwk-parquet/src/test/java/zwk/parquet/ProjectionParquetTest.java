// SPDX-License-Identifier: Apache-2.0
package zwk.parquet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwk.model.statistics.Sex;
import zwk.profile.population.BandSet;
import zwk.profile.population.PopulationTable;
import zwk.profile.projection.assumption.FertilityAssumption;
import zwk.profile.projection.assumption.MigrationAssumption;
import zwk.profile.projection.assumption.MortalityAssumption;
import zwk.profile.projection.assumption.ProjectionAssumptions;
import zwk.profile.projection.assumption.RegionalProjection;
import zwk.profile.projection.assumption.YearValue;

class ProjectionParquetTest {
  private static final LocalDate BASE = LocalDate.of(2018, 12, 31);
  private static final BandSet BANDS = BandSet.singleYears(3); // 0, 1, 2, 3+

  @TempDir
  Path dir;

  @Test
  void longTableHasTheCsvColumnsTypedAndRoundedCounts() throws Exception {
    List<Double> q = List.of(0.01, 0.002, 0.003, 0.05, 0.3, 1.0);
    ProjectionAssumptions a = ProjectionAssumptions.builder().id("TEST").baseDate(BASE)
        .fertility(FertilityAssumption.builder().totalFertilityRate(List.of(YearValue.of(2019, 1.5))).scheduleFromAge(1)
            .schedulePer1000(List.of(1.0, 1.0)).build())
        .mortality(MortalityAssumption.builder().lifeExpectancyMale(List.of(YearValue.of(2019, 4.0)))
            .lifeExpectancyFemale(List.of(YearValue.of(2019, 4.1))).baseQxMale(q).baseQxFemale(q).build())
        .migration(MigrationAssumption.builder().netMigration(List.of(YearValue.of(2019, 0)))
            .profileMale(List.of(0.5, 0.0, 0.0, 0.0)).profileFemale(List.of(0.5, 0.0, 0.0, 0.0)).build())
        .build();
    PopulationTable t = PopulationTable.builder(List.of("01001"), List.of(BASE), BANDS)
        .setAll("01001", BASE, Sex.MALE, 100, 110, 120, 400)
        .setAll("01001", BASE, Sex.FEMALE, 95, 105, 125, 500).build();
    RegionalProjection r = RegionalProjection.projectAll(t, List.of("01001"), BASE, a, 2020, 1555);
    Path file = dir.resolve("project.parquet");
    long rows;
    try (OutputStream out = Files.newOutputStream(file)) {
      rows = ProjectionParquet.write(r, k -> "Flensburg", Map.of("zwk.assumptions", "TEST"), out);
    }
    // 1 region x 3 years (2018, 2019, 2020) x 2 sexes x 4 bands
    assertEquals(24, rows);
    assertEquals(24L, ((Number) DuckDb.scalar(file, "SELECT count(*) FROM t")).longValue());
    assertEquals(Map.of("key", "VARCHAR", "name", "VARCHAR", "year", "INTEGER", "sex", "VARCHAR", "age_from", "INTEGER",
        "age_to", "INTEGER", "value", "BIGINT"), DuckDb.columnTypes(file));
    // the start year is the input: 100 + 110 + 120 + 400 = 730 men, 95 + 105 + 125 + 500 = 825 women
    assertEquals(730L, ((Number) DuckDb.scalar(file, "SELECT sum(value) FROM t WHERE year = 2018 AND sex = 'm'")).longValue());
    assertEquals(825L, ((Number) DuckDb.scalar(file, "SELECT sum(value) FROM t WHERE year = 2018 AND sex = 'w'")).longValue());
    assertEquals(List.of(List.of(3)), DuckDb.query(file, "SELECT age_from FROM t WHERE age_to IS NULL AND year = 2018 AND sex = 'w'"));
    // later years: whole persons, the projection's counts rounded half up
    long expected = 0;
    for (Sex s : new Sex[] {Sex.MALE, Sex.FEMALE}) {
      for (int b = 0; b < BANDS.size(); b++) {
        expected += Math.round(r.population("01001", 2).count(s, b));
      }
    }
    assertEquals(expected, ((Number) DuckDb.scalar(file, "SELECT sum(value) FROM t WHERE year = 2020")).longValue());
  }
}
