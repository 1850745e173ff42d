// SPDX-License-Identifier: Apache-2.0
package zwk.model.sample;

import java.math.BigDecimal;
import java.time.LocalDate;
import zwk.model.catalogue.ActionFields;
import zwk.model.catalogue.Actor;
import zwk.model.catalogue.ActorType;
import zwk.model.catalogue.Department;
import zwk.model.catalogue.TargetGroup;
import zwk.model.check.AgeGroup;
import zwk.model.check.DemographyCheck;
import zwk.model.common.Period;
import zwk.model.participation.ActionFieldPriority;
import zwk.model.participation.Idea;
import zwk.model.participation.IdeaStatus;
import zwk.model.participation.ParticipationEvent;
import zwk.model.participation.ParticipationFormat;
import zwk.model.participation.ParticipationMode;
import zwk.model.plan.Budget;
import zwk.model.plan.Goal;
import zwk.model.plan.GuidingLine;
import zwk.model.plan.ImplementationStep;
import zwk.model.plan.Measure;
import zwk.model.plan.MeasureIndicator;
import zwk.model.plan.MeasureStatus;
import zwk.model.plan.PlanRevision;
import zwk.model.plan.WorkshopPlan;
import zwk.model.profile.ExistingMeasure;
import zwk.model.profile.MunicipalProfile;
import zwk.model.profile.SwotCategory;
import zwk.model.profile.SwotEntry;
import zwk.model.programme.MembershipRole;
import zwk.model.programme.ProgrammeMembership;
import zwk.model.programme.Programmes;
import zwk.model.region.Ags;
import zwk.model.region.Ars;
import zwk.model.region.GeoPoint;
import zwk.model.region.Municipality;
import zwk.model.region.MunicipalityType;
import zwk.model.region.RegionalCluster;
import zwk.model.stage.StageRecord;
import zwk.model.stage.StageStatus;
import zwk.model.stage.StrategyStage;
import zwk.model.strategy.MunicipalStrategy;

/**
 * The bundled example strategy: Barleben (Landkreis Börde, Sachsen-Anhalt), a ZWK model
 * municipality.
 *
 * <p>Facts from public sources: key, name, population 9,185 (31.12.2021, male 4,496, female
 * 4,689), area 29.75 km² and postcode 39179 from the official municipality register (GV-ISys,
 * Gebietsstand 31.12.2021); ZWK model municipality 2021–2024; the themes economy, housing,
 * education and leisure; a mobile Zukunftswerkstatt in 2022 with more than 80 people; measures on
 * mobility and 24-hour supply. Everything else (department names, budgets, dates within the
 * years, ideas, indicator values) is illustrative, chosen to be realistic, and deliberately leaves
 * a few gaps so that the validator has something to report.
 */
public final class SampleStrategies {
  private SampleStrategies() {}

  /** The Barleben example strategy. */
  public static MunicipalStrategy barleben() {
    return MunicipalStrategy.builder()
        .id("barleben-2024")
        .asOf(LocalDate.of(2024, 6, 30))
        .municipality(municipality())
        .addStages(StageRecord.builder().stage(StrategyStage.KICK_OFF).status(StageStatus.COMPLETED)
            .started(LocalDate.of(2021, 9, 1)).completed(LocalDate.of(2021, 9, 28))
            .addEvidence("Auftaktveranstaltung mit Bürgermeister und Verwaltungsspitze, 28.09.2021").build())
        .addStages(StageRecord.builder().stage(StrategyStage.PROFILE).status(StageStatus.COMPLETED)
            .started(LocalDate.of(2021, 10, 1)).completed(LocalDate.of(2022, 3, 31))
            .addEvidence("Kommunalprofil Barleben, Stand März 2022").build())
        .addStages(StageRecord.builder().stage(StrategyStage.FUTURE_WORKSHOP).status(StageStatus.COMPLETED)
            .started(LocalDate.of(2022, 5, 1)).completed(LocalDate.of(2022, 6, 30))
            .addEvidence("Dokumentation der Mobilen Zukunftswerkstatt 2022").build())
        .addStages(StageRecord.builder().stage(StrategyStage.WORKSHOP_PLAN).status(StageStatus.COMPLETED)
            .started(LocalDate.of(2022, 9, 1)).completed(LocalDate.of(2023, 3, 23))
            .addEvidence("Gemeinderatsbeschluss zum Werkstattplan, 23.03.2023").build())
        .addStages(StageRecord.builder().stage(StrategyStage.INTERIM_REVIEW).status(StageStatus.IN_PROGRESS)
            .started(LocalDate.of(2024, 4, 1)).build())
        .profile(profile())
        .addParticipation(mobileWorkshop())
        .addParticipation(ParticipationEvent.builder().id("p-beirat").title("Demografie-Lenkungsgruppe")
            .format(ParticipationFormat.ADVISORY_BOARD).date(LocalDate.of(2022, 9, 14))
            .participantCount(12)
            .putParticipantsByActorType(ActorType.ADMINISTRATION, 6)
            .putParticipantsByActorType(ActorType.POLITICS, 3)
            .putParticipantsByActorType(ActorType.CIVIL_SOCIETY, 3)
            .build())
        .plan(plan())
        .addDepartments(Department.builder().id("hauptamt").name("Hauptamt").build())
        .addDepartments(Department.builder().id("bauamt").name("Bau- und Ordnungsamt").build())
        .addDepartments(Department.builder().id("wirtschaft").name("Wirtschaftsförderung").build())
        .addDepartments(Department.builder().id("soziales").name("Amt für Bildung, Soziales und Kultur").build())
        .addActors(Actor.builder().id("seniorenbeirat").name("Seniorenbeirat Barleben").type(ActorType.CIVIL_SOCIETY).build())
        .addActors(Actor.builder().id("jugendclub").name("Jugendclub Barleben").type(ActorType.CIVIL_SOCIETY).build())
        .addActors(Actor.builder().id("gewerbe").name("Unternehmen im Technologiepark").type(ActorType.BUSINESS).build())
        .addActors(Actor.builder().id("gemeinderat").name("Gemeinderat Barleben").type(ActorType.POLITICS).build())
        .addDemographyChecks(DemographyCheck.builder().subject("Beschlussvorlage Rufbus-Erprobung")
            .date(LocalDate.of(2023, 5, 10))
            .addAffectedAgeGroups(AgeGroup.UNDER_20, AgeGroup.AGE_65_PLUS)
            .futureGenerationsAssessment("Verbessert die Erreichbarkeit für Jugendliche ohne Führerschein.")
            .followUpCostsAssessment("Betriebskosten nach der Erprobung sind mit dem Landkreis zu klären.")
            .followUpCostsEurPerYear(new BigDecimal("45000.00"))
            .build())
        .build();
  }

  private static Municipality municipality() {
    return Municipality.builder()
        .ags(Ags.of("15083040"))
        .ars(Ars.of("150830040040"))
        .name("Barleben")
        .type(MunicipalityType.MUNICIPALITY)
        .population(9185L)
        .populationMale(4496L)
        .populationFemale(4689L)
        .populationDate(LocalDate.of(2021, 12, 31))
        .areaKm2(new BigDecimal("29.75"))
        .postcode("39179")
        .location(GeoPoint.of(52.199761, 11.620091))
        .cluster(RegionalCluster.of("Ost"))
        .addProgrammeMemberships(ProgrammeMembership.builder().programmeId(Programmes.ZWK.id())
            .role(MembershipRole.MODEL_MUNICIPALITY)
            .period(Period.of(LocalDate.of(2021, 5, 1), LocalDate.of(2024, 12, 31))).build())
        .build();
  }

  private static MunicipalProfile profile() {
    return MunicipalProfile.builder()
        .regionKey("15083040")
        .regionName("Barleben")
        .asOf(LocalDate.of(2022, 3, 31))
        .interviewCount(14)
        .addInterviewFindings("Wohnraum für junge Familien und Ältere ist knapp.",
            "Ohne Auto ist die Versorgung in den Ortsteilen schwierig.")
        .addInventory(ExistingMeasure.builder().id("inv-seniorentreff").title("Seniorentreff im Bürgerhaus")
            .addActionFieldIds(ActionFields.ENCOUNTER_ADVICE_SELF_HELP.id())
            .addTargetGroups(TargetGroup.SENIORS).provider("Seniorenbeirat Barleben").build())
        .addInventory(ExistingMeasure.builder().id("inv-jugendclub").title("Offene Jugendarbeit")
            .addActionFieldIds(ActionFields.LEISURE.id()).addTargetGroups(TargetGroup.YOUTH)
            .leadDepartmentId("soziales").build())
        .addSwot(SwotEntry.builder().id("s1").category(SwotCategory.STRENGTH)
            .text("Starker Wirtschaftsstandort mit Technologiepark und vielen Arbeitsplätzen")
            .actionFieldId(ActionFields.WORK_ECONOMY.id()).build())
        .addSwot(SwotEntry.builder().id("s2").category(SwotCategory.WEAKNESS)
            .text("Zu wenig bezahlbarer und altersgerechter Wohnraum")
            .actionFieldId(ActionFields.HOUSING.id()).build())
        .addSwot(SwotEntry.builder().id("s3").category(SwotCategory.WEAKNESS)
            .text("Lücken im öffentlichen Nahverkehr zwischen den Ortsteilen")
            .actionFieldId(ActionFields.MOBILITY.id()).build())
        .addSwot(SwotEntry.builder().id("s4").category(SwotCategory.OPPORTUNITY)
            .text("Nähe zu Magdeburg zieht junge Familien an")
            .actionFieldId(ActionFields.CHILDREN_YOUTH_FAMILY.id()).build())
        .addSwot(SwotEntry.builder().id("s5").category(SwotCategory.THREAT)
            .text("Wachsende Zahl Hochbetagter bei knapper Pflegeinfrastruktur")
            .actionFieldId(ActionFields.HEALTH_CARE.id()).build())
        .build();
  }

  private static ParticipationEvent mobileWorkshop() {
    return ParticipationEvent.builder()
        .id("p-mzw-2022")
        .title("Mobile Zukunftswerkstatt Barleben")
        .format(ParticipationFormat.MOBILE_FUTURE_WORKSHOP)
        .mode(ParticipationMode.MOBILE)
        .date(LocalDate.of(2022, 6, 11))
        .location("Ortsteile Barleben, Ebendorf und Meitzendorf")
        .participantCount(85)
        .putParticipantsByTargetGroup(TargetGroup.FAMILIES, 25)
        .putParticipantsByTargetGroup(TargetGroup.YOUTH, 12)
        .putParticipantsByTargetGroup(TargetGroup.SENIORS, 30)
        .putParticipantsByTargetGroup(TargetGroup.NEWCOMERS, 8)
        .putParticipantsByActorType(ActorType.CITIZENS, 70)
        .putParticipantsByActorType(ActorType.ADMINISTRATION, 8)
        .putParticipantsByActorType(ActorType.POLITICS, 4)
        .putParticipantsByActorType(ActorType.VOLUNTEERS, 3)
        .addActorIds("seniorenbeirat", "jugendclub")
        .addIdeas(Idea.builder().id("i1").text("Rufbus am Abend und am Wochenende")
            .actionFieldId(ActionFields.MOBILITY.id()).status(IdeaStatus.ADOPTED)
            .adoptedIntoMeasureId("m-rufbus").decidedOn(LocalDate.of(2023, 3, 23)).build())
        .addIdeas(Idea.builder().id("i2").text("Einkaufen rund um die Uhr im Ort")
            .actionFieldId(ActionFields.PUBLIC_SERVICES.id()).status(IdeaStatus.ADOPTED)
            .adoptedIntoMeasureId("m-24h").decidedOn(LocalDate.of(2023, 3, 23)).build())
        .addIdeas(Idea.builder().id("i3").text("Treffpunkt für Jugendliche am Mittellandkanal")
            .actionFieldId(ActionFields.LEISURE.id()).status(IdeaStatus.ANSWERED)
            .answer("Geprüft; der Standort ist aus Gründen des Hochwasserschutzes nicht möglich.")
            .decidedOn(LocalDate.of(2022, 11, 2)).build())
        .addIdeas(Idea.builder().id("i4").text("Mehrgenerationenwohnen auf dem alten Sportplatz")
            .actionFieldId(ActionFields.HOUSING.id()).build())
        .addPriorities(ActionFieldPriority.builder().actionFieldId(ActionFields.WORK_ECONOMY.id()).rank(1).votes(64).build())
        .addPriorities(ActionFieldPriority.builder().actionFieldId(ActionFields.HOUSING.id()).rank(2).votes(58).build())
        .addPriorities(ActionFieldPriority.builder().actionFieldId(ActionFields.EDUCATION.id()).rank(3).votes(41).build())
        .addPriorities(ActionFieldPriority.builder().actionFieldId(ActionFields.LEISURE.id()).rank(4).votes(37).build())
        .summary("Über 80 Menschen an mehreren Stationen in den Ortsteilen; Wirtschaft, Wohnen, Bildung und "
            + "Freizeit wurden als wichtigste Themen benannt, dazu Mobilität und Nahversorgung.")
        .build();
  }

  private static WorkshopPlan plan() {
    return WorkshopPlan.builder()
        .title("Werkstattplan Barleben 2023")
        .vision("Barleben – ein attraktiver Wohn- und Wirtschaftsort für alle Generationen")
        .version(2)
        .adoptedOn(LocalDate.of(2023, 3, 23))
        .adoptionDecision("Gemeinderat Barleben, Beschluss vom 23.03.2023")
        .lastReviewedOn(LocalDate.of(2024, 3, 14))
        .nextReviewDue(LocalDate.of(2025, 3, 31))
        .addRevisions(PlanRevision.builder().version(1).date(LocalDate.of(2023, 3, 23))
            .summary("Erster Werkstattplan").build())
        .addRevisions(PlanRevision.builder().version(2).date(LocalDate.of(2024, 3, 14))
            .summary("Fortschreibung: 24-Stunden-Versorgung ergänzt").build())
        .addGuidingLines(GuidingLine.builder().id("gl-1").title("Gut leben und versorgt sein in allen Ortsteilen")
            .addActionFieldIds(ActionFields.MOBILITY.id(), ActionFields.PUBLIC_SERVICES.id())
            .addGoals(Goal.builder().id("g-1").title("Alle Ortsteile sind ohne Auto erreichbar")
                .addActionFieldIds(ActionFields.MOBILITY.id())
                .addIndicators(MeasureIndicator.builder().name("Fahrgäste Rufbus je Monat").unit("Fahrgäste")
                    .baseline(0.0).baselineDate(LocalDate.of(2023, 1, 1)).target(400.0)
                    .targetDate(LocalDate.of(2025, 12, 31)).current(180.0).build())
                .build())
            .addGoals(Goal.builder().id("g-2").title("Grundversorgung rund um die Uhr im Ort")
                .addActionFieldIds(ActionFields.PUBLIC_SERVICES.id()).build())
            .build())
        .addGuidingLines(GuidingLine.builder().id("gl-2").title("Wohnen und Arbeiten für alle Generationen")
            .addActionFieldIds(ActionFields.HOUSING.id(), ActionFields.WORK_ECONOMY.id())
            .addGoals(Goal.builder().id("g-3").title("Mehr bezahlbarer und altersgerechter Wohnraum")
                .addActionFieldIds(ActionFields.HOUSING.id()).build())
            .addGoals(Goal.builder().id("g-4").title("Fachkräfte finden in Barleben ein Zuhause")
                .addActionFieldIds(ActionFields.WORK_ECONOMY.id(), ActionFields.SKILLED_LABOUR.id()).build())
            .build())
        .addMeasures(Measure.builder().id("m-rufbus").externalId("WP-01").title("Rufbus für Abend und Wochenende")
            .addGoalIds("g-1").addActionFieldIds(ActionFields.MOBILITY.id())
            .addTargetGroups(TargetGroup.YOUTH, TargetGroup.SENIORS)
            .leadDepartmentId("bauamt").addPartnerDepartmentIds("hauptamt")
            .period(Period.of(LocalDate.of(2023, 6, 1), LocalDate.of(2025, 5, 31)))
            .budget(Budget.ofEur("90000.00")).status(MeasureStatus.IN_PROGRESS).progressPercent(50.0)
            .addIdeaIds("i1")
            .addSteps(ImplementationStep.builder().title("Ausschreibung Verkehrsleistung")
                .due(LocalDate.of(2023, 4, 30)).doneOn(LocalDate.of(2023, 4, 20)).responsibleDepartmentId("bauamt").build())
            .addSteps(ImplementationStep.builder().title("Auswertung der Erprobung")
                .due(LocalDate.of(2025, 3, 31)).responsibleDepartmentId("bauamt").build())
            .build())
        .addMeasures(Measure.builder().id("m-24h").externalId("WP-02").title("24-Stunden-Nahversorgung (digitaler Dorfladen)")
            .addGoalIds("g-2").addActionFieldIds(ActionFields.PUBLIC_SERVICES.id())
            .addTargetGroups(TargetGroup.GENERAL_PUBLIC, TargetGroup.SENIORS)
            .leadDepartmentId("wirtschaft").addPartnerActorIds("gewerbe")
            .period(Period.of(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31)))
            .budget(Budget.builder().amountEur(new BigDecimal("25000.00")).fundingSource("ZWK-Mittel").build())
            .status(MeasureStatus.IN_PROGRESS).progressPercent(20.0).addIdeaIds("i2")
            .build())
        .addMeasures(Measure.builder().id("m-wohnen").externalId("WP-03").title("Wohnraumkonzept für alle Generationen")
            .addGoalIds("g-3").addActionFieldIds(ActionFields.HOUSING.id())
            .addTargetGroups(TargetGroup.FAMILIES, TargetGroup.SENIORS)
            .leadDepartmentId("bauamt")
            .period(Period.of(LocalDate.of(2023, 9, 1), LocalDate.of(2024, 12, 31)))
            .budget(Budget.ofEur("30000.00")).status(MeasureStatus.IN_PROGRESS).progressPercent(60.0)
            .build())
        .addMeasures(Measure.builder().id("m-fachkraefte").externalId("WP-04").title("Willkommenspaket für neue Fachkräfte")
            .addGoalIds("g-4").addActionFieldIds(ActionFields.SKILLED_LABOUR.id())
            .addTargetGroups(TargetGroup.SKILLED_WORKERS, TargetGroup.NEWCOMERS)
            .leadDepartmentId("wirtschaft").addPartnerActorIds("gewerbe")
            .period(Period.builder().start(LocalDate.of(2024, 3, 1)).build())
            .status(MeasureStatus.PLANNED)
            .build())
        .build();
  }
}
