// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static zwk.strategy.Fixtures.complete;
import static zwk.strategy.Fixtures.keys;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import zwk.model.catalogue.TargetGroup;
import zwk.model.common.Period;
import zwk.model.plan.Budget;
import zwk.model.plan.Measure;
import zwk.model.programme.Funding;
import zwk.model.programme.FundingKind;
import zwk.model.programme.MembershipRole;
import zwk.model.programme.Programme;
import zwk.model.programme.ProgrammeMembership;
import zwk.model.strategy.MunicipalStrategy;
import zwk.strategy.Finding;
import zwk.strategy.Fixtures;
import zwk.strategy.StrategyValidator;
import zwk.strategy.ValidationReport;

/**
 * ZWK-FUND-001 with programme data: caps and the funded span come from the programme of the
 * strategy's membership, not from the thresholds. The programmes are written here by hand with the
 * figures of the bundled data (DWK 2016-2020, €30,000 consulting + €10,000 material, five years; ZWK
 * 2021-05-01 to 2024-12-31, up to €40,000 as a lump sum).
 */
class FundingFromProgrammeDataTest {

  static final Programme DWK = Programme.builder().id("dwk").name("Demografiewerkstatt Kommunen")
      .period(Period.of(LocalDate.of(2016, 1, 1), LocalDate.of(2020, 12, 31)))
      .addFunding(Funding.builder().kind(FundingKind.CONSULTING).annualAmountEur(new BigDecimal("30000.00")).build())
      .addFunding(Funding.builder().kind(FundingKind.MATERIAL).annualAmountEur(new BigDecimal("10000.00")).build())
      .fundedYears(5).build();

  static final Programme ZWK = Programme.builder().id("zwk").name("Zukunftswerkstatt Kommunen – Attraktiv im Wandel")
      .period(Period.of(LocalDate.of(2021, 5, 1), LocalDate.of(2024, 12, 31)))
      .addFunding(Funding.builder().kind(FundingKind.LUMP_SUM).annualAmountEur(new BigDecimal("40000.00")).upTo(true).build())
      .build();

  private static final StrategyValidator WITH_DATA = StrategyValidator.builder().referenceDate(Fixtures.TODAY)
      .programmes(List.of(DWK, ZWK)).build();

  private static Measure funded(String id, String amount, FundingKind kind, LocalDate start, LocalDate end) {
    return Measure.builder().id(id).title("Förderung " + id).addGoalIds("g-1").addActionFieldIds("mobility")
        .addTargetGroups(TargetGroup.GENERAL_PUBLIC).leadDepartmentId("hauptamt").period(Period.of(start, end))
        .budget(Budget.builder().amountEur(new BigDecimal(amount)).fundingKind(kind).build()).build();
  }

  /** The complete Barleben strategy as a member of one programme, with extra funded measures. */
  private static MunicipalStrategy member(ProgrammeMembership m, Measure... extra) {
    MunicipalStrategy s = complete();
    s = s.withMunicipality(s.municipality().withProgrammeMemberships(m));
    return Fixtures.plan(s, p -> {
      List<Measure> ms = new java.util.ArrayList<>(p.measures());
      ms.addAll(List.of(extra));
      return p.withMeasures(ms);
    });
  }

  private static ProgrammeMembership in(String programme) {
    return ProgrammeMembership.builder().programmeId(programme).build();
  }

  private static List<Finding> fund(ValidationReport r) {
    return r.findings("ZWK-FUND-001");
  }

  @Test
  void dwkCapsComeFromTheProgramme() {
    // 24,000 € material over 2018-01-01..2019-12-31 = 730 days: 24000 × 365 / 730 = 12000.00 per year.
    MunicipalStrategy s = member(in("dwk"),
        funded("m-mat", "24000", FundingKind.MATERIAL, LocalDate.of(2018, 1, 1), LocalDate.of(2019, 12, 31)));
    List<Finding> f = fund(WITH_DATA.validate(s));
    assertEquals(2, f.size());
    assertEquals(2018, f.get(0).parameters().get("year"));
    assertEquals(new BigDecimal("12000.00"), f.get(0).parameters().get("sumEur"));
    assertEquals(10000, f.get(0).parameters().get("limitEur"));
    assertEquals("Die Mittel der Förderart „Sachmittel“ betragen 2018 insgesamt 12.000,00 € und übersteigen damit die"
        + " Förderung von 10.000 € je Jahr.", f.get(0).message());
  }

  @Test
  void dwkFundsFiveYearsAndMoneyAfterwardsIsReported() {
    // 6,000 € consulting over 2020-07-01..2021-06-30 = 365 days (184 in 2020, 181 in 2021):
    // 2020: 6000 × 184 / 365 = 3024.657… → 3024.66 (within 2016..2020); 2021: 6000 × 181 / 365 = 2975.342… → 2975.34.
    MunicipalStrategy s = member(in("dwk"),
        funded("m-c", "6000", FundingKind.CONSULTING, LocalDate.of(2020, 7, 1), LocalDate.of(2021, 6, 30)));
    ValidationReport r = WITH_DATA.validate(s);
    assertEquals(List.of("ZWK-FUND-001 /plan/measures"), keys(r, "ZWK-FUND-001"));
    Finding f = fund(r).get(0);
    assertEquals(2021, f.parameters().get("year"));
    assertEquals(new BigDecimal("2975.34"), f.parameters().get("sumEur"));
    assertEquals(2016, f.parameters().get("firstYear"));
    assertEquals(2020, f.parameters().get("lastYear"));
    assertEquals("Für 2021 sind Programmmittel von 2.975,34 € eingeplant, die Förderung durch „Demografiewerkstatt"
        + " Kommunen“ läuft aber nur von 2016 bis 2020.", f.message());
    assertEquals("Programme funding of €2,975.34 is planned for 2021, but funding by \"Demografiewerkstatt Kommunen\""
        + " only runs from 2016 to 2020.", fund(WITH_DATA.validate(s, Locale.ENGLISH)).get(0).message());
  }

  @Test
  void theSpanStartsWithTheMembership() {
    // Joined in May 2018 (like Havelland): funded 2018..2020 (five years would end 2022, the programme ends 2020).
    ProgrammeMembership late = ProgrammeMembership.builder().programmeId("dwk")
        .period(Period.builder().start(LocalDate.of(2018, 5, 1)).build()).build();
    MunicipalStrategy s = member(late,
        funded("m-17", "1000", FundingKind.MATERIAL, LocalDate.of(2017, 3, 1), LocalDate.of(2017, 3, 31)),
        funded("m-20", "1000", FundingKind.MATERIAL, LocalDate.of(2020, 3, 1), LocalDate.of(2020, 3, 31)),
        funded("m-21", "1000", FundingKind.MATERIAL, LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 31)));
    List<Finding> f = fund(WITH_DATA.validate(s));
    assertEquals(2, f.size());
    assertEquals(List.of(2017, 2021), List.of(f.get(0).parameters().get("year"), f.get(1).parameters().get("year")));
    assertEquals(2018, f.get(0).parameters().get("firstYear"));
    assertEquals(2020, f.get(1).parameters().get("lastYear"));
  }

  @Test
  void zwkHasOneLumpSumCapAndItsProgrammePeriod() {
    // ZWK pays one kind: 12,000 € material in 2022 is within the 40,000 € total; no per-kind cap applies.
    MunicipalStrategy within = member(in("zwk"),
        funded("m-m", "12000", FundingKind.MATERIAL, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)));
    assertEquals(List.of(), keys(WITH_DATA.validate(within), "ZWK-FUND-001"));
    // 45,000 € lump sum in 2023 > 40,000 €; 500 € in 2025 is after the programme's end (2024).
    MunicipalStrategy over = member(in("zwk"),
        funded("m-l", "45000", FundingKind.LUMP_SUM, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)),
        funded("m-late", "500", FundingKind.LUMP_SUM, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28)));
    List<Finding> f = fund(WITH_DATA.validate(over));
    assertEquals(2, f.size());
    assertEquals(new BigDecimal("45000.00"), f.get(0).parameters().get("sumEur"));
    assertEquals(40000, f.get(0).parameters().get("limitEur"));
    assertEquals("Die Programmmittel betragen 2023 insgesamt 45.000,00 € und übersteigen damit die Förderung von"
        + " 40.000 € je Jahr.", f.get(0).message());
    assertEquals(2025, f.get(1).parameters().get("year"));
    assertEquals(2021, f.get(1).parameters().get("firstYear"));
    assertEquals(2024, f.get(1).parameters().get("lastYear"));
  }

  @Test
  void withoutKnownProgrammeTheThresholdsApply() {
    // 12,000 € material in 2022: the threshold materialEurPerYear = 10,000 applies when the validator
    // has no programme data, or the membership's programme is unknown, or the role is not "model municipality".
    Measure m = funded("m-m", "12000", FundingKind.MATERIAL, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31));
    assertEquals(1, fund(Fixtures.validator().validate(member(in("zwk"), m))).size());
    assertEquals(1, fund(WITH_DATA.validate(member(in("land-programm"), m))).size());
    ProgrammeMembership mentor = ProgrammeMembership.builder().programmeId("zwk").role(MembershipRole.MENTOR).build();
    assertEquals(1, fund(WITH_DATA.validate(member(mentor, m))).size());
    // As a ZWK model municipality the same measure is within the programme's lump sum.
    assertEquals(0, fund(WITH_DATA.validate(member(in("zwk"), m))).size());
  }

  @Test
  void theCompleteStrategyStaysCleanWithProgrammeData() {
    assertEquals(List.of(), keys(WITH_DATA.validate(complete())));
  }
}
