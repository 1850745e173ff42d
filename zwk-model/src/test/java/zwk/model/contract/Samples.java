// SPDX-License-Identifier: Apache-2.0
package zwk.model.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import zwk.model.catalogue.ActionField;
import zwk.model.catalogue.ActionFieldCatalogue;
import zwk.model.catalogue.Actor;
import zwk.model.catalogue.ActorType;
import zwk.model.catalogue.ContactPerson;
import zwk.model.catalogue.Department;
import zwk.model.catalogue.TargetGroup;
import zwk.model.check.AgeGroup;
import zwk.model.check.DemographyCheck;
import zwk.model.common.Period;
import zwk.model.common.Source;
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
import zwk.model.profile.Indicator;
import zwk.model.profile.IndicatorValue;
import zwk.model.profile.MunicipalProfile;
import zwk.model.profile.PeerRegion;
import zwk.model.profile.RecommendedTool;
import zwk.model.profile.ReferenceValue;
import zwk.model.profile.SwotCategory;
import zwk.model.profile.SwotEntry;
import zwk.model.programme.ClusterAssignment;
import zwk.model.programme.Funding;
import zwk.model.programme.FundingKind;
import zwk.model.programme.MembershipRole;
import zwk.model.programme.Mentorship;
import zwk.model.programme.Programme;
import zwk.model.programme.ProgrammeDirectory;
import zwk.model.programme.ProgrammeMembership;
import zwk.model.programme.ProgrammeParticipant;
import zwk.model.region.Ags;
import zwk.model.region.Ars;
import zwk.model.region.GeoPoint;
import zwk.model.region.RecordType;
import zwk.model.region.RegisterEntry;
import zwk.model.region.Municipality;
import zwk.model.region.MunicipalityType;
import zwk.model.region.RegionalCluster;
import zwk.model.stage.StageRecord;
import zwk.model.stage.StageStatus;
import zwk.model.stage.StrategyStage;
import zwk.model.statistics.AgeBand;
import zwk.model.statistics.Sex;
import zwk.model.statistics.StatisticsRecord;
import zwk.model.statistics.ValueState;
import zwk.model.strategy.MunicipalStrategy;
import zwk.model.toolbox.Effort;
import zwk.model.toolbox.SizeClass;
import zwk.model.toolbox.Tool;
import zwk.model.toolbox.ToolKind;
import zwk.model.toolbox.Toolbox;
import zwk.model.toolbox.Transferability;

/**
 * One fully populated sample of every generated value type: every optional attribute present and
 * every collection non-empty, so that the contract test exercises each attribute. Each call builds a
 * fresh, independent instance.
 */
final class Samples {
  private Samples() {}

  /** Personal data that must never show up in a toString. */
  static final String PERSON_NAME = "Erika Mustermann";
  static final String PERSON_EMAIL = "erika.mustermann@example.org";
  static final String PERSON_PHONE = "+49 39203 565-0";

  private static final LocalDate D1 = LocalDate.of(2023, 3, 1);
  private static final LocalDate D2 = LocalDate.of(2024, 6, 30);

  static final Map<Class<?>, Supplier<?>> ALL = new LinkedHashMap<>();

  static {
    ALL.put(Municipality.class, Samples::municipality);
    ALL.put(GeoPoint.class, () -> GeoPoint.of(52.199761, 11.620091));
    ALL.put(RegionalCluster.class, () -> RegionalCluster.of("Ost"));
    ALL.put(Programme.class, Samples::programme);
    ALL.put(ProgrammeMembership.class, Samples::membership);
    ALL.put(Funding.class, Samples::funding);
    ALL.put(Source.class, Samples::source);
    ALL.put(ClusterAssignment.class, Samples::clusterAssignment);
    ALL.put(ProgrammeParticipant.class, Samples::participant);
    ALL.put(ProgrammeDirectory.class, () -> ProgrammeDirectory.builder().name("Programme").addProgrammes(programme())
        .addParticipants(participant()).build());
    ALL.put(Mentorship.class, () -> Mentorship.builder().mentor(Ags.of("09463000")).mentee(Ags.of("15083040"))
        .addTopics("mobility", "Ehrenamt").period(period()).build());
    ALL.put(ActionField.class, () -> ActionField.builder().id("dorfladen").germanLabel("Dorfladen")
        .englishLabel("Village shop").standard(false).build());
    ALL.put(ActionFieldCatalogue.class, () -> ActionFieldCatalogue.builder().name("Katalog Barleben")
        .addFields(ActionField.builder().id("dorfladen").germanLabel("Dorfladen").build()).build());
    ALL.put(Actor.class, Samples::actor);
    ALL.put(ContactPerson.class, Samples::contact);
    ALL.put(RegisterEntry.class, () -> RegisterEntry.builder().recordType(RecordType.MUNICIPALITY)
        .key("150830040040").name("Barleben").municipality(municipality())
        .putAttribute("Reisegebiete", "Magdeburg, Elbe-Börde-Heide").line(12345).build());
    ALL.put(Department.class, Samples::department);
    ALL.put(Tool.class, Samples::tool);
    ALL.put(Toolbox.class, () -> Toolbox.builder().name("Werkzeugkoffer").addTools(tool()).build());
    ALL.put(StageRecord.class, Samples::stageRecord);
    ALL.put(Period.class, Samples::period);
    ALL.put(Indicator.class, Samples::indicator);
    ALL.put(IndicatorValue.class, Samples::indicatorValue);
    ALL.put(ReferenceValue.class, Samples::referenceValue);
    ALL.put(SwotEntry.class, Samples::swotEntry);
    ALL.put(ExistingMeasure.class, Samples::existingMeasure);
    ALL.put(MunicipalProfile.class, Samples::profile);
    ALL.put(PeerRegion.class, Samples::peerRegion);
    ALL.put(RecommendedTool.class, Samples::recommendedTool);
    ALL.put(ParticipationEvent.class, Samples::event);
    ALL.put(Idea.class, Samples::idea);
    ALL.put(ActionFieldPriority.class, () -> ActionFieldPriority.builder().actionFieldId("housing").rank(2).votes(58).build());
    ALL.put(WorkshopPlan.class, Samples::plan);
    ALL.put(PlanRevision.class, Samples::revision);
    ALL.put(GuidingLine.class, Samples::guidingLine);
    ALL.put(Goal.class, Samples::goal);
    ALL.put(Measure.class, Samples::measure);
    ALL.put(MeasureIndicator.class, Samples::measureIndicator);
    ALL.put(ImplementationStep.class, Samples::step);
    ALL.put(Budget.class, () -> Budget.builder().amountEur(new BigDecimal("25000.00")).fundingKind(FundingKind.LUMP_SUM)
        .fundingSource("ZWK-Mittel").build());
    ALL.put(DemographyCheck.class, Samples::demographyCheck);
    ALL.put(zwk.model.council.CouncilPaper.class, Samples::councilPaper);
    ALL.put(zwk.model.plan.ExternalRecord.class, Samples::externalRecord);
    ALL.put(MunicipalStrategy.class, Samples::strategy);
    ALL.put(StatisticsRecord.class, Samples::statisticsRecord);
  }

  static Period period() {
    return Period.of(D1, D2);
  }

  static Municipality municipality() {
    return Municipality.builder().ags(Ags.of("15083040")).ars(Ars.of("150830040040")).name("Barleben")
        .type(MunicipalityType.MUNICIPALITY).population(9185L).populationMale(4496L).populationFemale(4689L)
        .populationDate(LocalDate.of(2021, 12, 31)).areaKm2(new BigDecimal("29.75")).postcode("39179")
        .location(GeoPoint.of(52.199761, 11.620091)).cluster(RegionalCluster.of("Ost"))
        .addProgrammeMemberships(membership()).build();
  }

  static Funding funding() {
    return Funding.builder().kind(FundingKind.CONSULTING).annualAmountEur(new BigDecimal("30000.00")).upTo(false)
        .description("Prozessbegleitung").build();
  }

  static Programme programme() {
    return Programme.builder().id("dwk").name("Demografiewerkstatt Kommunen").shortName("DWK").period(period())
        .addFunding(funding()).fundedYears(5).addSources(source()).build();
  }

  static Source source() {
    return Source.builder().title("Barleben gestaltet Zukunft").url("https://example.org/barleben")
        .publisher("Zukunftswerkstatt Kommunen").edition("2022-05").build();
  }

  static ClusterAssignment clusterAssignment() {
    return ClusterAssignment.builder().cluster(RegionalCluster.of("Nord-Ost")).year(2022).addSources(source()).build();
  }

  static ProgrammeParticipant participant() {
    return ProgrammeParticipant.builder().ags(Ags.of("15083040")).ars(Ars.of("150830040040")).name("Barleben")
        .membership(membership()).addClusters(clusterAssignment()).addActionFieldIds("mobility")
        .addSources(source()).addActionFieldSources(source()).build();
  }

  static ProgrammeMembership membership() {
    return ProgrammeMembership.builder().programmeId("zwk").role(MembershipRole.MODEL_MUNICIPALITY).period(period()).build();
  }

  static ContactPerson contact() {
    return ContactPerson.builder().name(PERSON_NAME).role("Demografiebeauftragte").email(PERSON_EMAIL)
        .phone(PERSON_PHONE).build();
  }

  static Actor actor() {
    return Actor.builder().id("seniorenbeirat").name("Seniorenbeirat Barleben").type(ActorType.CIVIL_SOCIETY)
        .contact(contact()).build();
  }

  static Department department() {
    return Department.builder().id("bauamt").name("Bau- und Ordnungsamt").shortName("FB 2").contact(contact()).build();
  }

  static Tool tool() {
    return Tool.builder().id("kinderstadtplan-coburg").title("Kinderstadtplan").kind(ToolKind.BEST_PRACTICE)
        .problem("Kinder finden sichere Wege nicht").description("Kinder kartieren ihre Stadt")
        .originAgs(Ags.of("09463000")).originName("Coburg").addActionFieldIds("children-youth-family")
        .addKeywords("Kinder", "Stadtplan").addTargetGroups(TargetGroup.CHILDREN).addSuitableSizes(SizeClass.SMALL_TOWN)
        .addSuitableTypes(MunicipalityType.TOWN).effort(Effort.MEDIUM).transferability(Transferability.HIGH)
        .url("https://example.org/kinderstadtplan").addSources(source()).build();
  }

  static StageRecord stageRecord() {
    return StageRecord.builder().stage(StrategyStage.PROFILE).status(StageStatus.COMPLETED).started(D1).completed(D2)
        .addEvidence("Kommunalprofil, Stand März 2022").notes("mit Interviews").build();
  }

  static Indicator indicator() {
    return Indicator.builder().id("old_age_ratio").germanName("Altenquotient").englishName("Old-age ratio")
        .unit("je 100").definition("65+ / 20-64 * 100").source("Destatis").build();
  }

  static ReferenceValue referenceValue() {
    return ReferenceValue.builder().regionKey("15").regionName("Sachsen-Anhalt").value(48.1).percentile(30.0).build();
  }

  static IndicatorValue indicatorValue() {
    return IndicatorValue.builder().indicatorId("old_age_ratio").regionKey("15083040").referenceDate(LocalDate.of(2021, 12, 31))
        .value(35.2).addReferences(referenceValue()).build();
  }

  static SwotEntry swotEntry() {
    return SwotEntry.builder().id("s2").category(SwotCategory.WEAKNESS).text("Zu wenig altersgerechter Wohnraum")
        .textEnglish("Too little housing for older people").actionFieldId("housing").addCitedIndicatorIds("old_age_ratio")
        .derivedByRule("SWOT-3").deferralReason("Landesprogramm abwarten").build();
  }

  static ExistingMeasure existingMeasure() {
    return ExistingMeasure.builder().id("inv-1").title("Seniorentreff").description("wöchentlich")
        .addActionFieldIds("seniors").addTargetGroups(TargetGroup.SENIORS).leadDepartmentId("soziales")
        .provider("Seniorenbeirat").period(period()).addLinkedMeasureIds("m-1").build();
  }

  static PeerRegion peerRegion() {
    return PeerRegion.builder().rank(1).regionKey("13076").regionName("Ludwigslust-Parchim").distance(0.58)
        .explanation("nah bei: Altenquotient (39,9 / 40,0)").explanationEnglish("close in: old-age ratio (39.9 / 40.0)").build();
  }

  static RecommendedTool recommendedTool() {
    return RecommendedTool.builder().rank(1).toolId("assistenzsysteme-wohnen-vrees").title("Assistenzsysteme").score(4.34)
        .addReasons("+3,00 Handlungsfeld Gesundheit und Pflege").addReasonsEnglish("+3.00 action field Health and care").build();
  }

  static MunicipalProfile profile() {
    return MunicipalProfile.builder().regionKey("15083040").regionName("Barleben").asOf(D1).addIndicators(indicator())
        .addIndicatorValues(indicatorValue()).addInventory(existingMeasure()).interviewCount(14)
        .addInterviewFindings("Wohnraum ist knapp").addSwot(swotEntry()).addPeers(peerRegion())
        .addRecommendedTools(recommendedTool()).build();
  }

  static Idea idea() {
    return Idea.builder().id("i1").text("Rufbus am Abend").actionFieldId("mobility").status(IdeaStatus.ADOPTED)
        .adoptedIntoMeasureId("m-1").answer("übernommen").decidedOn(D2).build();
  }

  static ParticipationEvent event() {
    return ParticipationEvent.builder().id("p-1").title("Mobile Zukunftswerkstatt")
        .format(ParticipationFormat.MOBILE_FUTURE_WORKSHOP).mode(ParticipationMode.MOBILE).date(D1)
        .location("Marktplatz").participantCount(85).putParticipantsByTargetGroup(TargetGroup.SENIORS, 30)
        .putParticipantsByActorType(ActorType.CITIZENS, 70).addActorIds("seniorenbeirat").addIdeas(idea())
        .addPriorities(ActionFieldPriority.builder().actionFieldId("housing").rank(1).votes(3).build())
        .summary("Über 80 Menschen").build();
  }

  static PlanRevision revision() {
    return PlanRevision.builder().version(1).date(D1).summary("Erster Plan").decision("GR 2023/12").build();
  }

  static MeasureIndicator measureIndicator() {
    return MeasureIndicator.builder().name("Fahrgäste je Monat").indicatorId("riders").unit("Fahrgäste").baseline(0.0)
        .baselineDate(D1).target(400.0).targetDate(D2).current(180.0).build();
  }

  static Goal goal() {
    return Goal.builder().id("g-1").title("Ortsteile ohne Auto erreichbar").description("ÖPNV-Lücken schließen")
        .addActionFieldIds("mobility").addIndicators(measureIndicator()).targetDate(D2).build();
  }

  static GuidingLine guidingLine() {
    return GuidingLine.builder().id("gl-1").title("Gut versorgt in allen Ortsteilen").description("Leitlinie 1")
        .addActionFieldIds("mobility").addGoals(goal()).build();
  }

  static ImplementationStep step() {
    return ImplementationStep.builder().title("Ausschreibung").due(D1).doneOn(D2).responsibleDepartmentId("bauamt").build();
  }

  static DemographyCheck demographyCheck() {
    return DemographyCheck.builder().subject("Vorlage 2023/45").date(D1).addAffectedAgeGroups(AgeGroup.UNDER_20)
        .futureGenerationsAssessment("positiv").followUpCostsAssessment("gering")
        .followUpCostsEurPerYear(new BigDecimal("4500.00")).accessibilityAssessment("barrierefrei")
        .councilPaper(councilPaper()).build();
  }

  static zwk.model.council.CouncilPaper councilPaper() {
    return zwk.model.council.CouncilPaper.builder().url("https://oparl.example.org/paper/749").reference("1234/2014")
        .date(D1).name("Antwort auf Anfrage 1200/2014").paperType("Beantwortung einer Anfrage").build();
  }

  static zwk.model.plan.ExternalRecord externalRecord() {
    return zwk.model.plan.ExternalRecord.builder().system("decidim-accountability")
        .url("http://localhost:3000/processes/cum-odit/f/15/results/291")
        .addRelatedUrls("http://localhost:3000/processes/cum-odit/f/12/proposals/4")
        .putField("title/ca", "test2 ").putField("status/key", "status_1").build();
  }

  static Measure measure() {
    return Measure.builder().id("m-2").externalId("WP-02").parentId("m-1").title("Rufbus").description("Abend und Wochenende")
        .addGoalIds("g-1").addActionFieldIds("mobility").addTargetGroups(TargetGroup.YOUTH).leadDepartmentId("bauamt")
        .addPartnerDepartmentIds("hauptamt").addPartnerActorIds("seniorenbeirat").period(period())
        .budget(Budget.ofEur("90000.00")).status(MeasureStatus.IN_PROGRESS).progressPercent(50.0).weight(2.0)
        .addSteps(step()).addIndicators(measureIndicator()).addToolIds("kinderstadtplan-coburg").addIdeaIds("i1")
        .addLinkedMeasureIds("inv-1").demographyCheck(demographyCheck()).councilPaper(councilPaper())
        .externalRecord(externalRecord()).build();
  }

  static WorkshopPlan plan() {
    return WorkshopPlan.builder().title("Werkstattplan").vision("Ein Ort für alle Generationen").version(2)
        .adoptedOn(D1).adoptionDecision("GR 2023/12").lastReviewedOn(D2).nextReviewDue(LocalDate.of(2025, 3, 31))
        .addRevisions(revision()).addGuidingLines(guidingLine()).addMeasures(measure()).build();
  }

  static MunicipalStrategy strategy() {
    return MunicipalStrategy.builder().id("barleben").municipality(municipality()).asOf(D2).addStages(stageRecord())
        .profile(profile()).addParticipation(event()).plan(plan()).addDepartments(department()).addActors(actor())
        .addTools(tool()).addOwnActionFields(ActionField.builder().id("dorfladen").germanLabel("Dorfladen").build())
        .addMentorships(Mentorship.builder().mentor(Ags.of("09463000")).mentee(Ags.of("15083040")).build())
        .addDemographyChecks(demographyCheck()).build();
  }

  static StatisticsRecord statisticsRecord() {
    return StatisticsRecord.builder().regionKey("15083").ags(Ags.of("15083")).ars(Ars.of("15083"))
        .regionName("Börde, Landkreis").time("31.12.2021").referenceDate(LocalDate.of(2021, 12, 31)).year(2021)
        .sex(Sex.FEMALE).age(AgeBand.of(20, 64)).nationality("Insgesamt").putDimension("Merkmal", "Bevölkerung")
        .variable("Bevölkerungsstand").unit("Anzahl").value(new BigDecimal("1234")).state(ValueState.NUMBER).line(12)
        .build();
  }
}
