// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static zwk.strategy.Fixtures.complete;
import static zwk.strategy.Fixtures.set;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import zwk.model.catalogue.ActionField;
import zwk.model.catalogue.TargetGroup;
import zwk.model.profile.ExistingMeasure;
import zwk.model.profile.SwotCategory;
import zwk.model.profile.SwotEntry;
import zwk.model.stage.StageRecord;
import zwk.model.stage.StageStatus;
import zwk.model.stage.StrategyStage;
import zwk.model.strategy.MunicipalStrategy;
import zwk.strategy.Finding;
import zwk.strategy.Fixtures;
import zwk.strategy.StrategyValidator;

/**
 * Messages show stages, target groups, funding kinds, SWOT categories, actor types and action fields
 * with their German or English labels (docs/design.md rule 8), measures by title and departments by name,
 * dates in the locale's format; the parameters keep enum constant names, ids and ISO dates. Expected texts are written by hand from the message
 * bundles and the labels of the model enums.
 */
class LocalisedMessagesTest {

  private static Finding first(MunicipalStrategy s, String ruleId, Locale locale) {
    return Fixtures.validator().validate(s, locale).findings(ruleId).get(0);
  }

  private static MunicipalStrategy stage(MunicipalStrategy s, int i, UnaryOperator<StageRecord> op) {
    return s.withStages(set(s.stages(), i, op.apply(s.stages().get(i))));
  }

  @Test
  void stage001ShowsStageLabels() {
    // Profile back to "in progress" while the future workshop stays completed.
    MunicipalStrategy s = stage(complete(), 1, st -> st.withStatus(StageStatus.IN_PROGRESS));
    Finding de = first(s, "ZWK-STAGE-001", Locale.GERMAN);
    Finding en = first(s, "ZWK-STAGE-001", Locale.ENGLISH);
    assertEquals("Die Stufe „Zukunftswerkstatt“ ist als abgeschlossen markiert, die vorherige Stufe „Kommunalprofil“"
        + " aber nicht.", de.message());
    assertEquals("Die Stufen der Fünfstufen-Systematik bauen aufeinander auf: zuerst „Kommunalprofil“ abschließen oder"
        + " den Status von „Zukunftswerkstatt“ korrigieren.", de.hint());
    assertEquals("Stage \"future workshop\" is marked completed but its predecessor \"municipal profile\" is not.",
        en.message());
    assertEquals("FUTURE_WORKSHOP", de.parameters().get("stage"));
    assertEquals("PROFILE", en.parameters().get("predecessor"));
    assertEquals(de.parameters(), en.parameters());
  }

  @Test
  void stage002ShowsLabelsAndLocalDates() {
    // Future workshop completed 2022-03-01, the profile on 2022-03-31 (SampleStrategies).
    MunicipalStrategy s = stage(complete(), 2, st -> st.withStarted(LocalDate.of(2022, 2, 1))
        .withCompleted(LocalDate.of(2022, 3, 1)));
    assertEquals("Die Stufe „Zukunftswerkstatt“ wurde am 01.03.2022 abgeschlossen, also vor ihrer Vorgängerstufe"
        + " „Kommunalprofil“ (abgeschlossen am 31.03.2022).", first(s, "ZWK-STAGE-002", Locale.GERMAN).message());
    Finding en = first(s, "ZWK-STAGE-002", Locale.ENGLISH);
    assertEquals("Stage \"future workshop\" was completed on 2022-03-01, before its predecessor \"municipal profile\""
        + " (completed on 2022-03-31).", en.message());
    assertEquals("2022-03-01", en.parameters().get("completed"));
    assertEquals("2022-03-31", first(s, "ZWK-STAGE-002", Locale.GERMAN).parameters().get("predecessorCompleted"));
  }

  @Test
  void stage003And004ShowStageLabels() {
    MunicipalStrategy s = stage(complete(), 0, st -> st.withEvidence(List.of()));
    assertEquals("Für die abgeschlossene Stufe „Auftakt“ ist kein Nachweis hinterlegt.",
        first(s, "ZWK-STAGE-003", Locale.GERMAN).message());
    assertEquals("The completed stage \"kick-off\" has no evidence.", first(s, "ZWK-STAGE-003", Locale.ENGLISH).message());
    MunicipalStrategy future = stage(complete(), 3, st -> st.withCompleted(LocalDate.of(2024, 7, 1)));
    assertEquals("Die Stufe „Werkstattplan“ hat ein Abschlussdatum in der Zukunft (01.07.2024, Stichtag 30.06.2024).",
        first(future, "ZWK-STAGE-004", Locale.GERMAN).message());
    assertEquals("Stage \"workshop plan\" has a completion date in the future (2024-07-01, reference date 2024-06-30).",
        first(future, "ZWK-STAGE-004", Locale.ENGLISH).message());
  }

  @Test
  void gateShowsStageLabelsInEnglish() {
    MunicipalStrategy s = stage(complete(), 2, st -> st.withStatus(StageStatus.IN_PROGRESS));
    StrategyValidator en = StrategyValidator.builder().locale(Locale.ENGLISH).referenceDate(Fixtures.TODAY).build();
    Finding gate = en.canAdvance(s, StrategyStage.INTERIM_REVIEW).get(0);
    assertEquals("Stage \"future workshop\" is not completed; stage \"interim review\" cannot begin yet.", gate.message());
    assertEquals("Complete stage \"future workshop\" first (five-stage method).", gate.hint());
    assertEquals("INTERIM_REVIEW", gate.parameters().get("target"));
  }

  /** Youth mobility offer of the Hauptamt, parallel to m-rufbus (Bauamt, youth, mobility). */
  private static ExistingMeasure schoolBus() {
    return ExistingMeasure.builder().id("inv-schulbus").title("Schülerverkehr am Nachmittag")
        .addActionFieldIds("mobility").addTargetGroups(TargetGroup.YOUTH).leadDepartmentId("hauptamt").build();
  }

  private static MunicipalStrategy withInventory(MunicipalStrategy s, ExistingMeasure e) {
    return Fixtures.profile(s, p -> p.withInventory(Fixtures.append(p.inventory(), e)));
  }

  @Test
  void par001ShowsTitlesDepartmentNamesAndLabels() {
    // SampleStrategies: m-rufbus "Rufbus für Abend und Wochenende", lead bauamt "Bau- und Ordnungsamt";
    // department hauptamt is named "Hauptamt".
    MunicipalStrategy s = withInventory(complete(), schoolBus());
    Finding de = first(s, "ZWK-PAR-001", Locale.GERMAN);
    assertEquals("Parallelstruktur: Die Maßnahmen „Rufbus für Abend und Wochenende“ (Federführung „Bau- und"
        + " Ordnungsamt“) und „Schülerverkehr am Nachmittag“ (Federführung „Hauptamt“) richten sich im Handlungsfeld"
        + " „Mobilität“ an dieselbe Zielgruppe „Jugendliche“, sind aber nicht miteinander verknüpft.", de.message());
    Finding en = first(s, "ZWK-PAR-001", Locale.ENGLISH);
    assertEquals("Parallel structure: the measures \"Rufbus für Abend und Wochenende\" (lead \"Bau- und Ordnungsamt\")"
        + " and \"Schülerverkehr am Nachmittag\" (lead \"Hauptamt\") serve the same target group \"young people\" in"
        + " action field \"Mobility\" but are not linked.", en.message());
    // Ids stay in the parameters; titles and names are added as data, the same in both languages.
    assertEquals("YOUTH", de.parameters().get("targetGroup"));
    assertEquals("mobility", de.parameters().get("actionFieldId"));
    assertEquals("m-rufbus", de.parameters().get("measureId"));
    assertEquals("inv-schulbus", de.parameters().get("otherId"));
    assertEquals("bauamt", de.parameters().get("leadDepartmentId"));
    assertEquals("hauptamt", de.parameters().get("otherLeadDepartmentId"));
    assertEquals("Rufbus für Abend und Wochenende", de.parameters().get("measureTitle"));
    assertEquals("Schülerverkehr am Nachmittag", de.parameters().get("otherTitle"));
    assertEquals("Bau- und Ordnungsamt", de.parameters().get("leadDepartmentName"));
    assertEquals("Hauptamt", de.parameters().get("otherLeadDepartmentName"));
    assertEquals(de.parameters(), en.parameters());
  }

  @Test
  void par001ShowsTheIdOfAnUnknownDepartmentAndOfAMeasureWithoutTitle() {
    // Lead "jugendamt" is not among the strategy's departments (ZWK-REF-001 reports it too); the
    // inventory entry has a blank title.
    MunicipalStrategy s = withInventory(complete(), schoolBus().withLeadDepartmentId("jugendamt").withTitle(" "));
    Finding de = first(s, "ZWK-PAR-001", Locale.GERMAN);
    assertEquals("Parallelstruktur: Die Maßnahmen „Rufbus für Abend und Wochenende“ (Federführung „Bau- und"
        + " Ordnungsamt“) und „inv-schulbus“ (Federführung „jugendamt“) richten sich im Handlungsfeld"
        + " „Mobilität“ an dieselbe Zielgruppe „Jugendliche“, sind aber nicht miteinander verknüpft.", de.message());
    assertEquals("jugendamt", de.parameters().get("otherLeadDepartmentName"));
    assertEquals("inv-schulbus", de.parameters().get("otherTitle"));
  }

  @Test
  void par001DepartmentNameIsUserTextAndShownVerbatim() {
    MunicipalStrategy s = withInventory(complete(), schoolBus()).withDepartments(List.of(
        zwk.model.catalogue.Department.builder().id("bauamt").name("${1+1}").build(),
        zwk.model.catalogue.Department.builder().id("hauptamt").name("{otherTitle} {0}").build()));
    assertEquals("Parallel structure: the measures \"Rufbus für Abend und Wochenende\" (lead \"${1+1}\")"
        + " and \"Schülerverkehr am Nachmittag\" (lead \"{otherTitle} {0}\") serve the same target group"
        + " \"young people\" in action field \"Mobility\" but are not linked.",
        first(s, "ZWK-PAR-001", Locale.ENGLISH).message());
  }

  @Test
  void part003NamesTheMissingActorTypesWithTheirLabels() {
    // Labels of zwk.model.catalogue.ActorType: ADMINISTRATION „Verwaltung (Hauptamt)“ / "administration
    // (staff)"; civil-society sphere VOLUNTEERS „Ehrenamt“ / "volunteers", CIVIL_SOCIETY
    // „Zivilgesellschaft“ / "civil society", CITIZENS „Bürgerschaft“ / "citizens".
    MunicipalStrategy citizensOnly = complete().withParticipation(complete().participation().stream()
        .map(e -> e.withParticipantsByActorType(java.util.Map.of(zwk.model.catalogue.ActorType.CITIZENS, 12)))
        .collect(java.util.stream.Collectors.toList()));
    Finding de = first(citizensOnly, "ZWK-PART-003", Locale.GERMAN);
    assertEquals("An der Beteiligung nahm niemand der Akteursart „Verwaltung (Hauptamt)“ teil.", de.message());
    Finding en = first(citizensOnly, "ZWK-PART-003", Locale.ENGLISH);
    assertEquals("No one of actor type \"administration (staff)\" took part in the participation process.",
        en.message());
    assertEquals(List.of("ADMINISTRATION"), de.parameters().get("missingActorTypes"));
    assertEquals(de.parameters(), en.parameters());

    MunicipalStrategy staffOnly = complete().withParticipation(complete().participation().stream()
        .map(e -> e.withParticipantsByActorType(java.util.Map.of(zwk.model.catalogue.ActorType.ADMINISTRATION, 5)))
        .collect(java.util.stream.Collectors.toList()));
    Finding deCivil = first(staffOnly, "ZWK-PART-003", Locale.GERMAN);
    assertEquals("An der Beteiligung nahm niemand der Akteursarten „Ehrenamt“, „Zivilgesellschaft“ oder"
        + " „Bürgerschaft“ teil.", deCivil.message());
    assertEquals("No one of actor types \"volunteers\", \"civil society\" or \"citizens\" took part in the"
        + " participation process.", first(staffOnly, "ZWK-PART-003", Locale.ENGLISH).message());
    assertEquals(List.of("VOLUNTEERS", "CIVIL_SOCIETY", "CITIZENS"), deCivil.parameters().get("missingActorTypes"));
  }

  @Test
  void ownActionFieldShowsItsLabelUnknownShowsTheId() {
    SwotEntry sport = SwotEntry.builder().id("s6").category(SwotCategory.WEAKNESS).text("Sporthalle marode")
        .actionFieldId("sport").build();
    MunicipalStrategy s = Fixtures.profile(complete(), p -> p.withSwot(Fixtures.append(p.swot(), sport)))
        .withOwnActionFields(ActionField.builder().id("sport").germanLabel("Sport und Bewegung")
            .englishLabel("Sport and exercise").build());
    assertEquals("Weißer Fleck: „Sporthalle marode“ (Schwäche) wird von keinem Ziel und keiner Maßnahme im"
        + " Handlungsfeld „Sport und Bewegung“ aufgegriffen.", first(s, "ZWK-SWOT-001", Locale.GERMAN).message());
    Finding en = first(s, "ZWK-SWOT-001", Locale.ENGLISH);
    assertEquals("White spot: \"Sporthalle marode\" (weakness) is not addressed by any goal or measure in action field"
        + " \"Sport and exercise\".", en.message());
    assertEquals("sport", en.parameters().get("actionFieldId"));
    assertEquals("WEAKNESS", en.parameters().get("category"));
    assertEquals(Optional.of("sport"), en.actionFieldId());
    // Not declared: the id itself, in both languages.
    MunicipalStrategy unknown = Fixtures.profile(complete(), p -> p.withSwot(Fixtures.append(p.swot(), sport)));
    assertEquals("White spot: \"Sporthalle marode\" (weakness) is not addressed by any goal or measure in action field"
        + " \"sport\".", first(unknown, "ZWK-SWOT-001", Locale.ENGLISH).message());
    assertEquals("Weißer Fleck: „Sporthalle marode“ (Schwäche) wird von keinem Ziel und keiner Maßnahme im"
        + " Handlungsfeld „sport“ aufgegriffen.", first(unknown, "ZWK-SWOT-001", Locale.GERMAN).message());
  }

  @Test
  void ownActionFieldLabelIsUserTextAndShownVerbatim() {
    // The label is inserted in the single formatting pass: neither evaluated nor formatted again.
    SwotEntry e = SwotEntry.builder().id("s6").category(SwotCategory.THREAT).text("{text}").actionFieldId("x").build();
    MunicipalStrategy s = Fixtures.profile(complete(), p -> p.withSwot(Fixtures.append(p.swot(), e)))
        .withOwnActionFields(ActionField.builder().id("x").germanLabel("${1+1} #{2} {0} {category}").build());
    assertEquals("Weißer Fleck: „{text}“ (Risiko) wird von keinem Ziel und keiner Maßnahme im Handlungsfeld"
        + " „${1+1} #{2} {0} {category}“ aufgegriffen.", first(s, "ZWK-SWOT-001", Locale.GERMAN).message());
  }

  @Test
  void review001ShowsGermanDates() {
    // Last review 2024-03-14 (SampleStrategies); on 2025-03-15 that is more than 12 months ago.
    StrategyValidator late = StrategyValidator.builder().referenceDate(LocalDate.of(2025, 3, 15)).build();
    Finding f = late.validate(complete()).findings("ZWK-REVIEW-001").get(0);
    assertEquals("Der Werkstattplan wurde zuletzt am 14.03.2024 überprüft, vor mehr als 12 Monaten (Stichtag 15.03.2025).",
        f.message());
    assertEquals("2024-03-14", f.parameters().get("lastReview"));
  }

  @Test
  void review002ShowsGermanDates() {
    // Adopted 2023-03-23 (SampleStrategies) + 24 months = 2025-03-23; on 2025-03-24 stage 5 is overdue.
    MunicipalStrategy s = stage(complete(), 4, st -> st.withStatus(StageStatus.NOT_STARTED));
    StrategyValidator later = StrategyValidator.builder().referenceDate(LocalDate.of(2025, 3, 24)).build();
    Finding f = later.validate(s).findings("ZWK-REVIEW-002").get(0);
    assertEquals("Der Werkstattplan wurde am 23.03.2023 beschlossen; die nach 24 Monaten fällige Zwischenbilanz wurde"
        + " noch nicht begonnen.", f.message());
    assertEquals("The workshop plan was adopted on 2023-03-23; the interim review due after 24 months has not begun.",
        later.validate(s, Locale.ENGLISH).findings("ZWK-REVIEW-002").get(0).message());
    assertEquals("2023-03-23", f.parameters().get("adoptedOn"));
    assertEquals(24, f.parameters().get("interimReviewAfterMonths"));
  }
}
