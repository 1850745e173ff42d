// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static zwk.strategy.Fixtures.complete;
import static zwk.strategy.Fixtures.keys;
import static zwk.strategy.Fixtures.measure;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import zwk.model.check.DemographyCheck;
import zwk.model.council.CouncilPaper;
import zwk.model.plan.MeasureStatus;
import zwk.model.strategy.MunicipalStrategy;
import zwk.strategy.Finding;
import zwk.strategy.Fixtures;
import zwk.strategy.ValidationReport;

/** ZWK-CHECK-005: a measure with a council paper needs a Demografie-Check (of the measure or of the paper). */
class CouncilPaperRuleTest {
  private static final CouncilPaper PAPER = CouncilPaper.builder().url("https://oparl.example.org/paper/749")
      .reference("1234/2014").date(LocalDate.of(2014, 4, 4)).name("Antwort auf Anfrage 1200/2014").build();

  private static ValidationReport validate(MunicipalStrategy s) {
    return Fixtures.validator().validate(s);
  }

  @Test
  void completeStrategyHasNoCouncilPapersAndNoFinding() {
    assertEquals(List.of(), keys(validate(complete()), "ZWK-CHECK-005"));
  }

  @Test
  void measureWithPaperButWithoutCheckIsReportedInGermanAndEnglish() {
    MunicipalStrategy s = measure(complete(), 1, m -> m.withCouncilPaper(PAPER).withDemographyCheck(java.util.Optional.empty()));
    ValidationReport r = validate(s);
    assertEquals(List.of("ZWK-CHECK-005 /plan/measures/1/demographyCheck"), keys(r, "ZWK-CHECK-005"));
    String title = s.plan().get().measures().get(1).title();
    Finding de = Fixtures.validator().validate(s, Locale.GERMAN).findings("ZWK-CHECK-005").get(0);
    assertEquals("Die Maßnahme „" + title + "“ geht mit der Drucksache „1234/2014“ in den Rat, hat aber keinen "
        + "Demografie-Check.", de.message());
    Finding en = Fixtures.validator().validate(s, Locale.ENGLISH).findings("ZWK-CHECK-005").get(0);
    assertEquals("The measure \"" + title + "\" goes to the council with paper \"1234/2014\" but has no demography check.",
        en.message());
  }

  @Test
  void aCheckOfTheSamePaperInTheStrategyOrOnTheMeasureCounts() {
    MunicipalStrategy s = measure(complete(), 1, m -> m.withCouncilPaper(PAPER).withDemographyCheck(java.util.Optional.empty()));
    // the strategy-level check started from the same paper (matched by URL)
    MunicipalStrategy withCheck = s.withDemographyChecks(Fixtures.append(s.demographyChecks(), DemographyCheck.startedFrom(PAPER)));
    assertEquals(List.of(), keys(validate(withCheck), "ZWK-CHECK-005"));
    // a check of another paper does not count
    CouncilPaper other = CouncilPaper.builder().reference("77/2024").build();
    MunicipalStrategy wrong = s.withDemographyChecks(Fixtures.append(s.demographyChecks(), DemographyCheck.startedFrom(other)));
    assertEquals(List.of("ZWK-CHECK-005 /plan/measures/1/demographyCheck"), keys(validate(wrong), "ZWK-CHECK-005"));
    // a check on the measure itself
    MunicipalStrategy own = measure(s, 1, m -> m.withDemographyCheck(DemographyCheck.startedFrom(PAPER)));
    assertEquals(List.of(), keys(validate(own), "ZWK-CHECK-005"));
    // cancelled measures go nowhere
    MunicipalStrategy cancelled = measure(s, 1, m -> m.withStatus(MeasureStatus.CANCELLED));
    assertEquals(List.of(), keys(validate(cancelled), "ZWK-CHECK-005"));
  }

  @Test
  void checkStartedFromAPaper() {
    DemographyCheck c = DemographyCheck.startedFrom(PAPER);
    assertEquals("1234/2014 Antwort auf Anfrage 1200/2014", c.subject());
    assertEquals(java.util.Optional.of(LocalDate.of(2014, 4, 4)), c.date());
    assertEquals(java.util.Optional.of(PAPER), c.councilPaper());
    assertEquals("https://x.example/p/1",
        DemographyCheck.startedFrom(CouncilPaper.builder().url("https://x.example/p/1").build()).subject());
  }

  @Test
  void samePaperByUrlOrElseByReference() {
    CouncilPaper refOnly = CouncilPaper.builder().reference("1234/2014").build();
    assertEquals(true, CouncilPaperCheckRule.samePaper(PAPER, refOnly));
    assertEquals(false, CouncilPaperCheckRule.samePaper(PAPER,
        CouncilPaper.builder().url("https://oparl.example.org/paper/750").reference("1234/2014").build()));
  }
}
