// SPDX-License-Identifier: Apache-2.0
package zwk.io.programmes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import zwk.io.json.ZwkJson;
import zwk.io.samples.RegisterNames;
import zwk.model.catalogue.ActionFields;
import zwk.model.common.Source;
import zwk.model.programme.Funding;
import zwk.model.programme.FundingKind;
import zwk.model.programme.MembershipRole;
import zwk.model.programme.Programme;
import zwk.model.programme.ProgrammeDirectory;
import zwk.model.programme.ProgrammeParticipant;
import zwk.model.programme.Programmes;
import zwk.model.region.RegionalCluster;

/**
 * The bundled programme data against the public sources it cites (expected values copied by hand
 * from those pages, see the README beside the data file) and against the official register.
 */
class ProgrammeDataTest {

  private static final ProgrammeDirectory DIR = ProgrammeData.bundled();

  private static Set<String> names(List<ProgrammeParticipant> ps) {
    return ps.stream().map(ProgrammeParticipant::name).collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> keys(List<ProgrammeParticipant> ps) {
    return ps.stream().map(ProgrammeParticipant::key).collect(Collectors.toCollection(TreeSet::new));
  }

  /** Regenerate after editing the data: {@code -Dzwk.samples.write=true -Dtest=ProgrammeDataTest}. */
  @Test
  void documentIsCanonical() throws IOException {
    byte[] canonical = ZwkJson.writeBytes(ZwkJson.read(ProgrammeData.bytes(), ProgrammeDirectory.class));
    if (Boolean.getBoolean("zwk.samples.write")) {
      Files.write(Path.of("src/main/resources").resolve(ProgrammeData.RESOURCE), canonical);
    }
    assertArrayEquals(canonical, ProgrammeData.bytes());
  }

  /**
   * DWK (BMFSFJ and the Bundestag's hib 1113/2021): the eight municipalities selected in 2016,
   * Havelland (May 2018) and Ludwigslust-Parchim (May 2019) who joined, Bamberg and Romrod as
   * associated municipalities.
   */
  @Test
  void dwkHasItsEightMembersTheTwoLaterOnesAndTwoAssociated() {
    List<ProgrammeParticipant> model = DIR.participants("dwk", MembershipRole.MODEL_MUNICIPALITY);
    assertEquals(Set.of("01051", "03454", "05358", "05913000", "10041", "13076050", "14523010", "14627230",
        "12063", "13076"), keys(model));
    assertEquals(8, model.stream().filter(p -> p.membership().period().start().isEmpty()).count());
    assertEquals(Set.of("06535014", "09461000"), keys(DIR.participants("dwk", MembershipRole.PARTNER)));
    ProgrammeParticipant havelland = DIR.participations("12063").get(0);
    assertEquals(LocalDate.of(2018, 5, 1), havelland.membership().period().start().orElseThrow());
  }

  /** The regional meetings of 2022 and 2023 list their participants; the host counts as a member. */
  @Test
  void zwkClustersAsTheMeetingReportsListThem() {
    // Zwickau, 5.-6. Juli 2022: Adorf/Vogtl., Dresden, Furth, Helbedündorf, Kornwestheim,
    // Oelsnitz/Vogtl., Marktredwitz, Plößberg, Riesa, Rodewisch (and the Initiative Rodachtal e. V.,
    // not a municipality), host Zwickau.
    assertEquals(Set.of("14523010", "14612000", "09274132", "16065032", "08118046", "14523300", "09479136",
        "09377146", "14627230", "14523360", "14524330"), keys(DIR.inCluster("zwk", "Süd", 2022)));
    // Ludwigslust, 21.-22. Juni 2022: Barleben, Dessau-Roßlau, Dithmarschen, Geestland, Grabow,
    // Ludwigslust-Parchim, Neubrandenburg, Rostock, Sangerhausen, Vrees, host Ludwigslust.
    assertEquals(Set.of("15083040", "15001000", "01051", "03352062", "13076050", "13076", "13071107", "13072",
        "15087370", "03454055", "13076090"), keys(DIR.inCluster("zwk", "Nord-Ost", 2022)));
    // Barleben, 21.-22. März 2023, cluster "Nord": Barleben, Dessau-Roßlau, Landkreis Rostock,
    // Landkreis Uckermark, Amt Stralendorf, Neubrandenburg.
    assertEquals(Set.of("15083040", "15001000", "13072", "12073", "130765665", "13071107"),
        keys(DIR.inCluster("zwk", "Nord", 2023)));
    // West: Bad Honnef (host 2022) and the Hochsauerlandkreis; Herford hosted West on 9.-10. Mai 2023.
    assertEquals(Set.of("05382008", "05958"), keys(DIR.inCluster("zwk", "West", 2022)));
    assertEquals(Set.of("05382008", "05958", "05758012"), keys(DIR.inCluster("zwk", "West")));
    // Kornwestheim hosted the cluster Süd-Ost on 13.-14. Juni 2023.
    assertEquals(Set.of("08118046"), keys(DIR.inCluster("zwk", "Süd-Ost", 2023)));
    assertEquals(List.of("Süd", "Süd-Ost", "Nord-Ost", "Nord", "West"),
        DIR.clusters("zwk").stream().map(RegionalCluster::name).collect(Collectors.toList()));
    assertTrue(DIR.clusters("dwk").isEmpty(), "no DWK cluster is documented");
  }

  @Test
  void zwkNamesAtMostFortyModelMunicipalitiesAndEachOnce() {
    List<ProgrammeParticipant> zwk = DIR.participants("zwk");
    assertEquals(37, zwk.size());
    assertTrue(zwk.size() <= 40, "the programme had 40 model municipalities");
    assertEquals(zwk.size(), keys(zwk).size());
    assertEquals(Set.of("Gemeinde Uckerland"), names(DIR.withActionField("zwk", "housing")).stream()
        .filter(n -> n.contains("Uckerland")).collect(Collectors.toSet()));
  }

  @Test
  void everyFactHasASourceAndEveryActionFieldIsStandard() {
    for (Programme p : DIR.programmes()) {
      assertFalse(p.sources().isEmpty(), p.id());
    }
    for (ProgrammeParticipant p : DIR.participants()) {
      assertFalse(p.sources().isEmpty(), p + ": membership without a source");
      p.clusters().forEach(c -> assertFalse(c.sources().isEmpty(), p + " " + c.cluster()));
      assertEquals(p.actionFieldIds().isEmpty(), p.actionFieldSources().isEmpty(), p + ": action fields and sources");
      for (String id : p.actionFieldIds()) {
        assertTrue(ActionFields.byId(id).isPresent(), p + ": " + id);
      }
      for (Source s : p.sources()) {
        assertTrue(s.url().orElseThrow().startsWith("http"), s.title());
        assertFalse(s.title().isBlank(), p.name());
      }
    }
  }

  /** Every key names the same municipality in GV-ISys 31.12.2021 (names copied from the register). */
  @Test
  void everyKeyIsInTheRegisterWithTheExpectedName() throws IOException {
    Map<String, String> register = RegisterNames.load();
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("14523010", "Adorf/Vogtl., Stadt");
    expected.put("01051", "Dithmarschen");
    expected.put("05913000", "Dortmund, Stadt");
    expected.put("05358", "Düren");
    expected.put("03454", "Emsland");
    expected.put("13076050", "Grabow, Stadt");
    expected.put("14627230", "Riesa, Stadt");
    expected.put("10041", "Regionalverband Saarbrücken");
    expected.put("12063", "Havelland");
    expected.put("13076", "Ludwigslust-Parchim");
    expected.put("09461000", "Bamberg");
    expected.put("06535014", "Romrod, Stadt");
    expected.put("14612000", "Dresden, Stadt");
    expected.put("09274132", "Furth");
    expected.put("16065032", "Helbedündorf");
    expected.put("08118046", "Kornwestheim, Stadt");
    expected.put("14523300", "Oelsnitz/Vogtl., Stadt");
    expected.put("09479136", "Marktredwitz, GKSt");
    expected.put("09377146", "Plößberg, M");
    expected.put("14523360", "Rodewisch, Stadt");
    expected.put("14524330", "Zwickau, Stadt");
    expected.put("15083040", "Barleben");
    expected.put("15001000", "Dessau-Roßlau, Stadt");
    expected.put("03352062", "Geestland, Stadt");
    expected.put("13071107", "Neubrandenburg, Vier-Tore-Stadt");
    expected.put("13072", "Landkreis Rostock");
    expected.put("15087370", "Sangerhausen, Stadt");
    expected.put("03454055", "Vrees");
    expected.put("13076090", "Ludwigslust, Stadt");
    expected.put("12073", "Uckermark");
    expected.put("130765665", "Stralendorf");
    expected.put("05382008", "Bad Honnef, Stadt");
    expected.put("05958", "Hochsauerlandkreis");
    expected.put("04012000", "Bremerhaven, Stadt");
    expected.put("06412000", "Frankfurt am Main, Stadt");
    expected.put("09463000", "Coburg");
    expected.put("09177120", "Fraunberg");
    expected.put("12073579", "Uckerland");
    expected.put("05758012", "Herford, Hansestadt");
    expected.put("071325006", "Hamm (Sieg)");
    expected.put("034545408", "Spelle");
    expected.put("033595409", "Oldendorf-Himmelpforten");
    for (ProgrammeParticipant p : DIR.participants()) {
      assertEquals(expected.get(p.key()), register.get(p.key()), p + " in the register");
    }
    assertEquals(new TreeSet<>(expected.keySet()), keys(DIR.participants()));
  }

  /** DWK: €30,000 consulting and €10,000 material a year for five years; ZWK up to €40,000. */
  @Test
  void programmesCarryTheirCapsAndSpanAndTheConstantsAgree() {
    Programme dwk = DIR.programme("dwk").orElseThrow();
    assertEquals(0, new BigDecimal("30000").compareTo(dwk.fundingOf(FundingKind.CONSULTING).orElseThrow().annualAmountEur()));
    assertEquals(0, new BigDecimal("10000").compareTo(dwk.fundingOf(FundingKind.MATERIAL).orElseThrow().annualAmountEur()));
    assertEquals(5, dwk.fundedYears().orElseThrow());
    assertEquals(LocalDate.of(2016, 1, 1), dwk.period().start().orElseThrow());
    assertEquals(LocalDate.of(2020, 12, 31), dwk.period().end().orElseThrow());
    Programme zwk = DIR.programme("zwk").orElseThrow();
    assertEquals(LocalDate.of(2021, 5, 1), zwk.period().start().orElseThrow());
    assertEquals(LocalDate.of(2024, 12, 31), zwk.period().end().orElseThrow());
    assertTrue(zwk.fundingOf(FundingKind.LUMP_SUM).orElseThrow().upTo());
    for (Programme constant : Programmes.all()) {
      Programme data = DIR.programme(constant.id()).orElseThrow();
      assertEquals(constant.name(), data.name());
      assertEquals(constant.shortName(), data.shortName());
      assertEquals(constant.period(), data.period());
      assertEquals(constant.fundedYears(), data.fundedYears());
      assertEquals(strip(constant.funding()), strip(data.funding()), constant.id());
    }
  }

  /** The validator with the bundled programmes takes DWK's material cap and span from the data. */
  @Test
  void theFundingRuleReadsTheBundledProgrammes() {
    zwk.model.strategy.MunicipalStrategy s = zwk.model.sample.SampleStrategies.barleben();
    s = s.withMunicipality(s.municipality().withProgrammeMemberships(
        zwk.model.programme.ProgrammeMembership.builder().programmeId("dwk").build()));
    zwk.model.plan.WorkshopPlan plan = s.plan().orElseThrow();
    java.util.List<zwk.model.plan.Measure> ms = new java.util.ArrayList<>(plan.measures());
    // 24,000 € material over 2019-01-01..2020-12-31 (731 days, 2020 has 366): 2019 → 24000 × 365 / 731
    // = 11983.58, 2020 → 12016.42, both over DWK's 10,000 €; 1,000 € in 2021 lies after the five years.
    ms.add(zwk.model.plan.Measure.builder().id("m-dwk").title("Sachmittel").period(zwk.model.common.Period.of(
        LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31))).budget(zwk.model.plan.Budget.builder()
        .amountEur(new BigDecimal("24000")).fundingKind(FundingKind.MATERIAL).build()).build());
    ms.add(zwk.model.plan.Measure.builder().id("m-late").title("Nachlauf").period(zwk.model.common.Period.of(
        LocalDate.of(2021, 1, 1), LocalDate.of(2021, 1, 31))).budget(zwk.model.plan.Budget.builder()
        .amountEur(new BigDecimal("1000")).fundingKind(FundingKind.MATERIAL).build()).build());
    s = s.withPlan(plan.withMeasures(ms));
    zwk.strategy.ValidationReport r = zwk.strategy.StrategyValidator.builder().referenceDate(LocalDate.of(2024, 6, 30))
        .programmes(DIR.programmes()).build().validate(s);
    List<zwk.strategy.Finding> f = r.findings("ZWK-FUND-001");
    assertEquals(3, f.size(), f.toString());
    assertEquals(new BigDecimal("11983.58"), f.get(0).parameters().get("sumEur"));
    assertEquals(10000, f.get(0).parameters().get("limitEur"));
    assertEquals(new BigDecimal("12016.42"), f.get(1).parameters().get("sumEur"));
    assertEquals(2021, f.get(2).parameters().get("year"));
    assertEquals(2020, f.get(2).parameters().get("lastYear"));
  }

  private static List<Funding> strip(List<Funding> fs) {
    return fs.stream().map(f -> f.withDescription(java.util.Optional.empty())).collect(Collectors.toList());
  }
}
