// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static zwk.strategy.Fixtures.complete;
import static zwk.strategy.Fixtures.event;
import static zwk.strategy.Fixtures.keys;
import static zwk.strategy.Fixtures.set;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import zwk.model.catalogue.ActorType;
import zwk.model.catalogue.TargetGroup;
import zwk.model.participation.Idea;
import zwk.model.participation.IdeaStatus;
import zwk.model.participation.ParticipationEvent;
import zwk.model.participation.ParticipationFormat;
import zwk.model.strategy.MunicipalStrategy;
import zwk.strategy.Fixtures;
import zwk.strategy.ValidationReport;

/** Positive and negative cases of the participation and idea rules. */
class ParticipationRulesTest {

  private static ValidationReport validate(MunicipalStrategy s) {
    return Fixtures.validator().validate(s);
  }

  @Test
  void completeStrategyTriggersNoneOfTheseRules() {
    ValidationReport r = validate(complete());
    for (String id : List.of("ZWK-PART-001", "ZWK-PART-002", "ZWK-PART-003", "ZWK-PART-004", "ZWK-IDEA-001",
        "ZWK-IDEA-002")) {
      assertEquals(List.of(), keys(r, id), id);
    }
  }

  @Test
  void part001NoWorkshopBeforeAdoption() {
    // Only the advisory board (not workshop-equivalent) is left.
    MunicipalStrategy none = complete().withParticipation(List.of(complete().participation().get(1)));
    ValidationReport r = validate(none);
    assertEquals(List.of("ZWK-PART-001 /participation"), keys(r, "ZWK-PART-001"));
    assertEquals("Vor dem Werkstattplan fand keine Zukunftswerkstatt oder vergleichbare Beteiligung statt.",
        r.findings("ZWK-PART-001").get(0).message());
    // The workshop after the adoption on 2023-03-23.
    ValidationReport after = validate(event(complete(), 0, e -> e.withDate(LocalDate.of(2023, 3, 24))));
    assertEquals(List.of("ZWK-PART-001 /participation"), keys(after, "ZWK-PART-001"));
    assertEquals("Keine Zukunftswerkstatt ist auf den Tag des Beschlusses des Werkstattplans (23.03.2023) oder früher datiert.",
        after.findings("ZWK-PART-001").get(0).message());
    // On the adoption day it still counts.
    assertEquals(List.of(), keys(validate(event(complete(), 0, e -> e.withDate(LocalDate.of(2023, 3, 23)))), "ZWK-PART-001"));
  }

  @Test
  void part002TooFewTargetGroups() {
    MunicipalStrategy two = event(complete(), 0, e -> e.withParticipantsByTargetGroup(
        Map.of(TargetGroup.FAMILIES, 10, TargetGroup.YOUTH, 5, TargetGroup.SENIORS, 0)));
    ValidationReport r = validate(two);
    assertEquals(List.of("ZWK-PART-002 /participation"), keys(r, "ZWK-PART-002"));
    assertEquals(2, r.findings("ZWK-PART-002").get(0).parameters().get("targetGroups"));
    MunicipalStrategy three = event(complete(), 0, e -> e.withParticipantsByTargetGroup(
        Map.of(TargetGroup.FAMILIES, 10, TargetGroup.YOUTH, 5, TargetGroup.SENIORS, 1)));
    assertEquals(List.of(), keys(validate(three), "ZWK-PART-002"));
  }

  @Test
  void part003BothAdministrationAndCivilSociety() {
    MunicipalStrategy citizensOnly = event(event(complete(), 0, e -> e.withParticipantsByActorType(
        Map.of(ActorType.CITIZENS, 40))), 1, e -> e.withParticipantsByActorType(Map.of(ActorType.VOLUNTEERS, 3)));
    assertEquals(List.of("ZWK-PART-003 /participation"), keys(validate(citizensOnly), "ZWK-PART-003"));
    assertEquals("An der Beteiligung nahm niemand der Akteursart „Verwaltung (Hauptamt)“ teil.",
        validate(citizensOnly).findings("ZWK-PART-003").get(0).message());
    MunicipalStrategy staffOnly = event(event(complete(), 0, e -> e.withParticipantsByActorType(
        Map.of(ActorType.ADMINISTRATION, 8, ActorType.POLITICS, 2))), 1, e -> e.withParticipantsByActorType(
        Map.of(ActorType.ADMINISTRATION, 6, ActorType.BUSINESS, 2, ActorType.CIVIL_SOCIETY, 0)));
    assertEquals("An der Beteiligung nahm niemand der Akteursarten „Ehrenamt“, „Zivilgesellschaft“ oder „Bürgerschaft“"
        + " teil.",
        validate(staffOnly).findings("ZWK-PART-003").get(0).message());
    assertEquals(1, validate(staffOnly).findings("ZWK-PART-003").size());
  }

  @Test
  void part004NoPrioritisation() {
    assertEquals(List.of("ZWK-PART-004 /participation"),
        keys(validate(event(complete(), 0, e -> e.withPriorities(List.of()))), "ZWK-PART-004"));
  }

  @Test
  void idea001OpenLongerThanThreshold() {
    // A third event 180 days before 2024-06-30 (= 2024-01-02) with an open idea: not yet overdue;
    // one day earlier (181 days) it is.
    ParticipationEvent base = ParticipationEvent.builder().id("p-online").title("Online-Umfrage")
        .format(ParticipationFormat.SURVEY).addIdeas(Idea.builder().id("i9").text("Bücherschrank").build()).build();
    MunicipalStrategy at180 = complete().withParticipation(Fixtures.append(complete().participation(),
        base.withDate(LocalDate.of(2024, 1, 2))));
    assertEquals(List.of(), keys(validate(at180), "ZWK-IDEA-001"));
    MunicipalStrategy at181 = complete().withParticipation(Fixtures.append(complete().participation(),
        base.withDate(LocalDate.of(2024, 1, 1))));
    ValidationReport r = validate(at181);
    assertEquals(List.of("ZWK-IDEA-001 /participation/2/ideas/0"), keys(r, "ZWK-IDEA-001"));
    assertEquals(181, r.findings("ZWK-IDEA-001").get(0).parameters().get("daysOpen"));
    // Undated events are not judged.
    MunicipalStrategy undated = complete().withParticipation(Fixtures.append(complete().participation(), base));
    assertEquals(List.of(), keys(validate(undated), "ZWK-IDEA-001"));
  }

  @Test
  void idea002StatusWithoutData() {
    MunicipalStrategy s = event(complete(), 0, e -> {
      List<Idea> ideas = set(e.ideas(), 0, e.ideas().get(0).withAdoptedIntoMeasureId(Optional.empty()));
      ideas = set(ideas, 2, ideas.get(2).withAnswer(Optional.empty()));
      return e.withIdeas(ideas);
    });
    assertEquals(List.of("ZWK-IDEA-002 /participation/0/ideas/0/adoptedIntoMeasureId",
        "ZWK-IDEA-002 /participation/0/ideas/2/answer"), keys(validate(s), "ZWK-IDEA-002"));
    // Status OPEN without data is fine for this rule.
    MunicipalStrategy open = event(complete(), 0, e -> e.withIdeas(set(e.ideas(), 2,
        e.ideas().get(2).withStatus(IdeaStatus.OPEN).withAnswer(Optional.empty()))));
    assertEquals(List.of(), keys(validate(open), "ZWK-IDEA-002"));
  }
}
