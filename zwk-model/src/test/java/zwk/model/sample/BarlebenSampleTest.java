// SPDX-License-Identifier: Apache-2.0
package zwk.model.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import zwk.model.catalogue.ActionFields;
import zwk.model.participation.ParticipationEvent;
import zwk.model.participation.ParticipationFormat;
import zwk.model.plan.Measure;
import zwk.model.plan.WorkshopPlan;
import zwk.model.programme.MembershipRole;
import zwk.model.programme.Programmes;
import zwk.model.region.Ags;
import zwk.model.region.FederalState;
import zwk.model.region.Municipality;
import zwk.model.region.RegionLevel;
import zwk.model.stage.StageStatus;
import zwk.model.stage.StrategyStage;
import zwk.model.strategy.MunicipalStrategy;

/** The bundled example strategy against the official register and the programme's reports. */
class BarlebenSampleTest {

  /** The register row of Barleben, split on ';' (a test-only look at one known line, not a CSV parser). */
  private static String[] registerRow() throws Exception {
    String dir = System.getProperty("zwk.data.dir");
    assertNotNull(dir, "system property zwk.data.dir is not set (surefire sets it to ../shared/data)");
    Path file = Paths.get(dir, "gv", "31122021_Auszug_GV.csv");
    if (!Files.isRegularFile(file)) {
      fail("official municipality register missing: " + file.toAbsolutePath()
          + " (see /work/shared/data/README.md)");
    }
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] f = line.split(";", -1);
      // Satzart 60 = Gemeinde; key columns lost their leading zeros (Land "15", RB "0", Kreis "83", Gem "40").
      if (f.length > 13 && f[0].equals("60") && f[2].equals("15") && f[3].equals("0") && f[4].equals("83")
          && f[6].equals("40")) {
        return f;
      }
    }
    fail("no Satzart-60 row for AGS 15083040 in " + file);
    return null;
  }

  private static long count(String cell) {
    // The register writes thousands with a space: " 9 185".
    return Long.parseLong(cell.replace(" ", ""));
  }

  @Test
  void municipalityFactsMatchTheOfficialRegister() throws Exception {
    String[] row = registerRow();
    assertEquals("Barleben", row[7]);
    Municipality m = SampleStrategies.barleben().municipality();
    assertEquals(row[7], m.name());
    assertEquals(Ags.of("15083040"), m.ags().orElseThrow());
    assertEquals(count(row[9]), m.population().orElseThrow());
    assertEquals(count(row[10]), m.populationMale().orElseThrow());
    assertEquals(count(row[11]), m.populationFemale().orElseThrow());
    assertEquals(new BigDecimal(row[8].replace(',', '.')), m.areaKm2().orElseThrow());
    assertEquals(row[13], m.postcode().orElseThrow());
    // ... and the published figures, typed by hand from the register row.
    assertEquals(9185L, m.population().orElseThrow());
    assertEquals(4496L, m.populationMale().orElseThrow());
    assertEquals(4689L, m.populationFemale().orElseThrow());
    assertEquals(new BigDecimal("29.75"), m.areaKm2().orElseThrow());
    assertEquals("39179", m.postcode().orElseThrow());
    assertEquals(LocalDate.of(2021, 12, 31), m.populationDate().orElseThrow());
    // ARS = Land 15, RB 0, Kreis 83, Verband 0040 (VB column "40"), Gemeinde 040.
    assertEquals("150830040040", m.ars().orElseThrow().code());
    assertEquals("40", row[5]);
    assertEquals(m.ags().orElseThrow(), m.ars().orElseThrow().toAgs());
    assertEquals(FederalState.SACHSEN_ANHALT, m.state().orElseThrow());
    assertEquals(RegionLevel.MUNICIPALITY, m.level());
    assertEquals("15083040", m.key());
    // Coordinates: register column Längengrad = longitude, Breitengrad = latitude.
    assertEquals(Double.parseDouble(row[14].replace(',', '.')), m.location().orElseThrow().longitude(), 1e-9);
    assertEquals(Double.parseDouble(row[15].replace(',', '.')), m.location().orElseThrow().latitude(), 1e-9);
  }

  @Test
  void programmeAndStages() {
    MunicipalStrategy s = SampleStrategies.barleben();
    assertTrue(s.municipality().programmeMemberships().stream()
        .anyMatch(p -> p.programmeId().equals(Programmes.ZWK.id()) && p.role() == MembershipRole.MODEL_MUNICIPALITY
            && p.period().contains(LocalDate.of(2022, 6, 11))), "ZWK model municipality");
    assertEquals(StageStatus.COMPLETED, s.statusOf(StrategyStage.WORKSHOP_PLAN));
    assertEquals(StageStatus.IN_PROGRESS, s.statusOf(StrategyStage.INTERIM_REVIEW));
  }

  @Test
  void mobileFutureWorkshopIn2022WithMoreThan80People() {
    MunicipalStrategy s = SampleStrategies.barleben();
    List<ParticipationEvent> mobile = s.participation().stream()
        .filter(e -> e.format() == ParticipationFormat.MOBILE_FUTURE_WORKSHOP).collect(Collectors.toList());
    assertEquals(1, mobile.size());
    ParticipationEvent e = mobile.get(0);
    assertEquals(2022, e.date().orElseThrow().getYear());
    assertEquals(85, e.participantCount().orElseThrow());
    assertTrue(e.participantCount().orElseThrow() > 80);
    assertTrue(e.format().isWorkshopEquivalent());
    // The themes named in the reports: economy, housing, education, leisure as the top priorities.
    Set<String> top4 = e.priorities().stream().filter(p -> p.rank().orElse(99) <= 4)
        .map(p -> p.actionFieldId()).collect(Collectors.toSet());
    assertEquals(Set.of(ActionFields.WORK_ECONOMY.id(), ActionFields.HOUSING.id(), ActionFields.EDUCATION.id(),
        ActionFields.LEISURE.id()), top4);
  }

  @Test
  void measuresOnMobilityAnd24HourSupply() {
    WorkshopPlan plan = SampleStrategies.barleben().plan().orElseThrow();
    List<Measure> mobility = plan.measures().stream()
        .filter(m -> m.actionFieldIds().contains(ActionFields.MOBILITY.id())).collect(Collectors.toList());
    assertTrue(!mobility.isEmpty(), "a mobility measure");
    assertTrue(plan.measures().stream().anyMatch(m -> m.title().contains("24-Stunden")
        && m.actionFieldIds().contains(ActionFields.PUBLIC_SERVICES.id())), "a 24-hour supply measure");
    // Every action field id the sample uses is in the standard catalogue.
    plan.measures().forEach(m -> m.actionFieldIds().forEach(id ->
        assertTrue(ActionFields.byId(id).isPresent(), m.id() + ": unknown action field " + id)));
    // Adopted ideas point at measures that exist.
    SampleStrategies.barleben().ideas().forEach(i -> i.adoptedIntoMeasureId().ifPresent(mid ->
        assertTrue(plan.measure(mid).isPresent(), i.id() + " -> " + mid)));
  }

  @Test
  void sampleIsStableAndValueEqual() {
    assertEquals(SampleStrategies.barleben(), SampleStrategies.barleben());
    assertEquals(SampleStrategies.barleben().hashCode(), SampleStrategies.barleben().hashCode());
  }
}
