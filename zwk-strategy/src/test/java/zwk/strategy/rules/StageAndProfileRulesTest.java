// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static zwk.strategy.Fixtures.complete;
import static zwk.strategy.Fixtures.keys;
import static zwk.strategy.Fixtures.set;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import zwk.model.profile.SwotCategory;
import zwk.model.profile.SwotEntry;
import zwk.model.stage.StageRecord;
import zwk.model.stage.StageStatus;
import zwk.model.strategy.MunicipalStrategy;
import zwk.strategy.Fixtures;
import zwk.strategy.ValidationReport;

/** Positive and negative cases of the stage, field, profile and SWOT rules. */
class StageAndProfileRulesTest {

  private static ValidationReport validate(MunicipalStrategy s) {
    return Fixtures.validator().validate(s);
  }

  private static MunicipalStrategy stage(MunicipalStrategy s, int i, java.util.function.UnaryOperator<StageRecord> op) {
    return s.withStages(set(s.stages(), i, op.apply(s.stages().get(i))));
  }

  @Test
  void completeStrategyTriggersNoneOfTheseRules() {
    ValidationReport r = validate(complete());
    for (String id : List.of("ZWK-FIELD-001", "ZWK-STAGE-001", "ZWK-STAGE-002", "ZWK-STAGE-003", "ZWK-STAGE-004",
        "ZWK-PROFILE-001", "ZWK-PROFILE-002", "ZWK-PROFILE-003", "ZWK-SWOT-001", "ZWK-SWOT-002")) {
      assertEquals(List.of(), keys(r, id), id);
    }
  }

  @Test
  void field001BlankTitle() {
    ValidationReport r = validate(Fixtures.measure(complete(), 0, m -> m.withTitle(" ")));
    assertEquals(List.of("ZWK-FIELD-001 /plan/measures/0/title"), keys(r, "ZWK-FIELD-001"));
    assertEquals("Das Pflichtfeld „Titel“ ist leer.", r.findings().get(0).message());
    assertEquals("title", r.findings().get(0).parameters().get("property"));
    assertEquals("The required field \"title\" is empty.",
        Fixtures.validator().validate(Fixtures.measure(complete(), 0, m -> m.withTitle(" ")), java.util.Locale.ENGLISH)
            .findings().get(0).message());
    assertEquals(Optional.of(zwk.model.stage.StrategyStage.WORKSHOP_PLAN), r.findings().get(0).stage());
  }

  @Test
  void stage001CompletedBeforePredecessor() {
    // Profile back to "in progress" while stages 3 and 4 stay completed: both report it.
    ValidationReport r = validate(stage(complete(), 1, st -> st.withStatus(StageStatus.IN_PROGRESS)));
    assertEquals(List.of("ZWK-STAGE-001 /stages/2/status", "ZWK-STAGE-001 /stages/3/status"), keys(r, "ZWK-STAGE-001"));
    assertEquals("PROFILE", r.findings("ZWK-STAGE-001").get(0).parameters().get("predecessor"));
  }

  @Test
  void stage002CompletedBeforePredecessorCompleted() {
    // Future workshop completed 2022-03-01, the profile only on 2022-03-31.
    ValidationReport r = validate(stage(complete(), 2, st -> st.withStarted(LocalDate.of(2022, 2, 1))
        .withCompleted(LocalDate.of(2022, 3, 1))));
    assertEquals(List.of("ZWK-STAGE-002 /stages/2/completed"), keys(r, "ZWK-STAGE-002"));
    // Same day as the predecessor is consistent.
    ValidationReport same = validate(stage(complete(), 2, st -> st.withStarted(LocalDate.of(2022, 2, 1))
        .withCompleted(LocalDate.of(2022, 3, 31))));
    assertEquals(List.of(), keys(same, "ZWK-STAGE-002"));
  }

  @Test
  void stage003CompletedWithoutDateOrEvidence() {
    MunicipalStrategy s = stage(complete(), 0, st -> st.withEvidence(List.of()));
    s = stage(s, 1, st -> st.withCompleted(Optional.empty()));
    ValidationReport r = validate(s);
    assertEquals(List.of("ZWK-STAGE-003 /stages/0/evidence", "ZWK-STAGE-003 /stages/1/completed"), keys(r, "ZWK-STAGE-003"));
  }

  @Test
  void stage004CompletionInTheFuture() {
    ValidationReport r = validate(stage(complete(), 3, st -> st.withCompleted(LocalDate.of(2024, 7, 1))));
    assertEquals(List.of("ZWK-STAGE-004 /stages/3/completed"), keys(r, "ZWK-STAGE-004"));
    ValidationReport today = validate(stage(complete(), 3, st -> st.withCompleted(Fixtures.TODAY)));
    assertEquals(List.of(), keys(today, "ZWK-STAGE-004"));
  }

  @Test
  void profile001PlanWithoutProfileOrSwot() {
    assertEquals(List.of("ZWK-PROFILE-001 /profile"),
        keys(validate(complete().withProfile(Optional.empty())), "ZWK-PROFILE-001"));
    assertEquals(List.of("ZWK-PROFILE-001 /profile/swot"),
        keys(validate(Fixtures.profile(complete(), p -> p.withSwot(List.of()))), "ZWK-PROFILE-001"));
    // No plan and stage 4 not started: nothing to require yet.
    MunicipalStrategy early = complete().withPlan(Optional.empty()).withProfile(Optional.empty())
        .withStages(complete().stages().subList(0, 3));
    assertEquals(List.of(), keys(validate(early), "ZWK-PROFILE-001"));
  }

  @Test
  void profile002ProfileOlderThanThreeYearsAtAdoption() {
    // Adopted 2023-03-23. 2020-03-23 + 3 years = adoption day: not older.
    assertEquals(List.of(), keys(validate(Fixtures.profile(complete(), p -> p.withAsOf(LocalDate.of(2020, 3, 23)))),
        "ZWK-PROFILE-002"));
    assertEquals(List.of("ZWK-PROFILE-002 /profile/asOf"),
        keys(validate(Fixtures.profile(complete(), p -> p.withAsOf(LocalDate.of(2020, 3, 22)))), "ZWK-PROFILE-002"));
    ValidationReport noDate = validate(Fixtures.profile(complete(), p -> p.withAsOf(Optional.empty())));
    assertEquals(List.of("ZWK-PROFILE-002 /profile/asOf"), keys(noDate, "ZWK-PROFILE-002"));
    assertEquals("Für das Kommunalprofil ist kein Stand (Datum) angegeben; sein Alter lässt sich nicht prüfen.",
        noDate.findings("ZWK-PROFILE-002").get(0).message());
  }

  @Test
  void profile003NoInventory() {
    assertEquals(List.of("ZWK-PROFILE-003 /profile/inventory"),
        keys(validate(Fixtures.profile(complete(), p -> p.withInventory(List.of()))), "ZWK-PROFILE-003"));
  }

  @Test
  void swot001WhiteSpot() {
    // A weakness in education: no goal or measure there.
    MunicipalStrategy s = Fixtures.profile(complete(), p -> p.withSwot(Fixtures.append(p.swot(),
        SwotEntry.builder().id("s6").category(SwotCategory.WEAKNESS).text("Kein Gymnasium im Ort")
            .actionFieldId("education").build())));
    ValidationReport r = validate(s);
    assertEquals(List.of("ZWK-SWOT-001 /profile/swot/5"), keys(r, "ZWK-SWOT-001"));
    assertEquals(Optional.of("education"), r.findings("ZWK-SWOT-001").get(0).actionFieldId());
    // A blank deferral reason is no reason.
    MunicipalStrategy blank = Fixtures.profile(complete(), p -> p.withSwot(set(p.swot(), 4, p.swot().get(4).withDeferralReason(" "))));
    assertEquals(List.of("ZWK-SWOT-001 /profile/swot/4"), keys(validate(blank), "ZWK-SWOT-001"));
    // An opportunity in an uncovered field is no white spot.
    MunicipalStrategy opp = Fixtures.profile(complete(), p -> p.withSwot(Fixtures.append(p.swot(),
        SwotEntry.builder().id("s6").category(SwotCategory.OPPORTUNITY).text("Hochschule in der Nähe")
            .actionFieldId("education").build())));
    assertEquals(List.of(), keys(validate(opp), "ZWK-SWOT-001"));
    // Weakness s3 (mobility) is addressed by goal g-1 even when m-rufbus is cancelled.
    MunicipalStrategy cancelled = Fixtures.measure(complete(), 0, m -> m.withStatus(zwk.model.plan.MeasureStatus.CANCELLED));
    assertEquals(List.of(), keys(validate(cancelled), "ZWK-SWOT-001"));
  }

  @Test
  void swot002WeaknessWithoutActionField() {
    MunicipalStrategy s = Fixtures.profile(complete(), p -> p.withSwot(Fixtures.append(Fixtures.append(p.swot(),
        SwotEntry.builder().id("s6").category(SwotCategory.THREAT).text("Unklare Lage").build()),
        SwotEntry.builder().id("s7").category(SwotCategory.STRENGTH).text("Gute Lage").build())));
    assertEquals(List.of("ZWK-SWOT-002 /profile/swot/5/actionFieldId"), keys(validate(s), "ZWK-SWOT-002"));
  }

}
