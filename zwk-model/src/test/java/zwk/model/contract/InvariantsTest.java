// SPDX-License-Identifier: Apache-2.0
package zwk.model.contract;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import zwk.model.catalogue.ActionField;
import zwk.model.catalogue.ActionFieldCatalogue;
import zwk.model.catalogue.Actor;
import zwk.model.catalogue.ActorType;
import zwk.model.catalogue.Department;
import zwk.model.catalogue.TargetGroup;
import zwk.model.check.DemographyCheck;
import zwk.model.common.Period;
import zwk.model.participation.ActionFieldPriority;
import zwk.model.participation.Idea;
import zwk.model.participation.ParticipationEvent;
import zwk.model.participation.ParticipationFormat;
import zwk.model.plan.Budget;
import zwk.model.plan.Goal;
import zwk.model.plan.GuidingLine;
import zwk.model.plan.Measure;
import zwk.model.plan.MeasureIndicator;
import zwk.model.plan.PlanRevision;
import zwk.model.plan.WorkshopPlan;
import zwk.model.profile.ExistingMeasure;
import zwk.model.profile.Indicator;
import zwk.model.profile.IndicatorValue;
import zwk.model.profile.MunicipalProfile;
import zwk.model.profile.ReferenceValue;
import zwk.model.profile.SwotCategory;
import zwk.model.profile.SwotEntry;
import zwk.model.programme.Funding;
import zwk.model.programme.FundingKind;
import zwk.model.programme.Mentorship;
import zwk.model.programme.Programme;
import zwk.model.programme.ProgrammeMembership;
import zwk.model.region.Ags;
import zwk.model.region.Ars;
import zwk.model.region.GeoPoint;
import zwk.model.region.Municipality;
import zwk.model.region.RegionalCluster;
import zwk.model.stage.StageRecord;
import zwk.model.stage.StrategyStage;
import zwk.model.statistics.AgeBand;
import zwk.model.statistics.StatisticsRecord;
import zwk.model.statistics.ValueState;
import zwk.model.strategy.MunicipalStrategy;
import zwk.model.toolbox.Tool;
import zwk.model.toolbox.ToolKind;
import zwk.model.toolbox.Toolbox;

/**
 * Every invariant (docs/design.md rule 1): a broken one throws {@link IllegalArgumentException} whose
 * message starts with the field and echoes the offending value; the boundary value builds. And
 * completeness is not an invariant: half-finished records build.
 */
class InvariantsTest {

  private static final LocalDate MAR_1 = LocalDate.of(2023, 3, 1);

  /** Fails unless building throws IAE with a message that starts with the field and shows the value. */
  static void rejects(String field, String offending, Executable build) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build, field);
    assertTrue(e.getMessage().startsWith(field), "message names the field '" + field + "': " + e.getMessage());
    assertTrue(e.getMessage().contains(offending),
        "message echoes the value '" + offending + "': " + e.getMessage());
  }

  static void accepts(Supplier<?> build) {
    assertDoesNotThrow(build::get);
  }

  // ---- ids shared by many types ---------------------------------------------------------------

  @Test
  void blankIdsAreRejectedEverywhere() {
    rejects("id", "' '", () -> Actor.builder().id(" ").name("n").type(ActorType.BUSINESS).build());
    rejects("id", "''", () -> Department.builder().id("").name("n").build());
    rejects("id", "' '", () -> Idea.builder().id(" ").text("t").build());
    rejects("id", "' '", () -> Goal.builder().id(" ").title("t").build());
    rejects("id", "' '", () -> GuidingLine.builder().id(" ").title("t").build());
    rejects("id", "' '", () -> ExistingMeasure.builder().id(" ").title("t").build());
    rejects("id", "' '", () -> SwotEntry.builder().id(" ").category(SwotCategory.THREAT).text("t").build());
    rejects("id", "' '", () -> Tool.builder().id(" ").title("t").kind(ToolKind.VIDEO).build());
    rejects("id", "' '", () -> ParticipationEvent.builder().id(" ").title("t").format(ParticipationFormat.SURVEY).build());
    rejects("id", "'\t'", () -> Measure.builder().id("\t").title("t").build());
    rejects("id", "' '", () -> Programme.builder().id(" ").name("n").build());
    rejects("programmeId", "' '", () -> ProgrammeMembership.builder().programmeId(" ").build());
    rejects("name", "' '", () -> RegionalCluster.of(" "));
    // Boundary: a one-character id is enough.
    accepts(() -> Actor.builder().id("a").name("n").type(ActorType.BUSINESS).build());
    accepts(() -> Measure.builder().id("m").title("t").build());
    accepts(() -> Programme.builder().id("p").name("n").build());
    accepts(() -> RegionalCluster.of("Süd"));
  }

  // ---- catalogue ------------------------------------------------------------------------------

  @Test
  void actionFieldIdIsASlugOfAtMost64Characters() {
    rejects("id", "Health Care", () -> ActionField.builder().id("Health Care").germanLabel("x").build());
    rejects("id", "-housing", () -> ActionField.builder().id("-housing").germanLabel("x").build());
    rejects("id", "a--b", () -> ActionField.builder().id("a--b").germanLabel("x").build());
    rejects("id", "wohnen-ä", () -> ActionField.builder().id("wohnen-ä").germanLabel("x").build());
    String id64 = "a".repeat(64);
    accepts(() -> ActionField.builder().id(id64).germanLabel("x").build());
    // 65 characters: the echo is cut to 61 characters plus "...".
    rejects("id", "a".repeat(61) + "...", () -> ActionField.builder().id(id64 + "a").germanLabel("x").build());
    accepts(() -> ActionField.builder().id("a").germanLabel("x").build());
    accepts(() -> ActionField.builder().id("a-1-b2").germanLabel("x").build());
    rejects("germanLabel", "dorfladen", () -> ActionField.builder().id("dorfladen").germanLabel("  ").build());
  }

  @Test
  void catalogueAndToolboxIdsAreUnique() {
    ActionField f = ActionField.builder().id("housing").germanLabel("Wohnen").build();
    rejects("fields[1]", "housing", () -> ActionFieldCatalogue.builder().addFields(f, f.withGermanLabel("W")).build());
    accepts(() -> ActionFieldCatalogue.builder().addFields(f, f.withId("housing-2")).build());
    Tool t = Tool.builder().id("tool-1").title("t").kind(ToolKind.CONCEPT).build();
    rejects("tools[1]", "tool-1", () -> Toolbox.builder().addTools(t, t.withTitle("other")).build());
    accepts(() -> Toolbox.builder().addTools(t, t.withId("tool-2")).build());
  }

  // ---- common, stages -------------------------------------------------------------------------

  @Test
  void periodEndNotBeforeStart() {
    rejects("end", "2023-02-28", () -> Period.of(MAR_1, LocalDate.of(2023, 2, 28)));
    accepts(() -> Period.of(MAR_1, MAR_1));
    accepts(() -> Period.builder().end(LocalDate.of(1990, 1, 1)).build());
  }

  @Test
  void stageCompletedNotBeforeStarted() {
    rejects("completed", "2023-02-28", () -> StageRecord.builder().stage(StrategyStage.KICK_OFF).started(MAR_1)
        .completed(LocalDate.of(2023, 2, 28)).build());
    accepts(() -> StageRecord.builder().stage(StrategyStage.KICK_OFF).started(MAR_1).completed(MAR_1).build());
  }

  // ---- participation --------------------------------------------------------------------------

  @Test
  void participationCountsAndRanks() {
    rejects("rank", "0", () -> ActionFieldPriority.builder().actionFieldId("housing").rank(0).build());
    accepts(() -> ActionFieldPriority.builder().actionFieldId("housing").rank(1).build());
    rejects("votes", "-1", () -> ActionFieldPriority.builder().actionFieldId("housing").votes(-1).build());
    accepts(() -> ActionFieldPriority.builder().actionFieldId("housing").votes(0).build());
    ParticipationEvent.Builder e = ParticipationEvent.builder().id("e").title("t").format(ParticipationFormat.SURVEY);
    rejects("participantCount", "-1", () -> ParticipationEvent.builder().from(e.build()).participantCount(-1).build());
    accepts(() -> ParticipationEvent.builder().from(e.build()).participantCount(0).build());
    rejects("participantsByTargetGroup.SENIORS", "-3",
        () -> ParticipationEvent.builder().from(e.build()).putParticipantsByTargetGroup(TargetGroup.SENIORS, -3).build());
    rejects("participantsByActorType.POLITICS", "-1",
        () -> ParticipationEvent.builder().from(e.build()).putParticipantsByActorType(ActorType.POLITICS, -1).build());
    accepts(() -> ParticipationEvent.builder().from(e.build()).putParticipantsByTargetGroup(TargetGroup.SENIORS, 0)
        .putParticipantsByActorType(ActorType.POLITICS, 0).build());
  }

  // ---- plan -----------------------------------------------------------------------------------

  @Test
  void budgetAmounts() {
    rejects("amountEur", "-0.01", () -> Budget.ofEur("-0.01"));
    accepts(() -> Budget.ofEur("0"));
    rejects("noCost", "0.01", () -> Budget.builder().noCost(true).amountEur(new BigDecimal("0.01")).build());
    accepts(() -> Budget.builder().noCost(true).amountEur(BigDecimal.ZERO).build());
    assertEquals(true, Budget.none().isSpecified());
    assertEquals(false, Budget.builder().build().isSpecified());
  }

  @Test
  void councilPaperNeedsUrlOrReferenceAndAnAbsoluteHttpUrl() {
    rejects("url", "neither", () -> zwk.model.council.CouncilPaper.builder().name("Vorlage").build());
    rejects("url", "paper/7", () -> zwk.model.council.CouncilPaper.builder().url("paper/7").build());
    rejects("url", "ftp://x.example/p", () -> zwk.model.council.CouncilPaper.builder().url("ftp://x.example/p").build());
    rejects("reference", "' '", () -> zwk.model.council.CouncilPaper.builder().reference(" ").build());
    accepts(() -> zwk.model.council.CouncilPaper.builder().reference("1234/2014").build());
    accepts(() -> zwk.model.council.CouncilPaper.builder().url("https://oparl.example.org/paper/749").build());
  }

  @Test
  void externalRecordNeedsASystemAndNamedFields() {
    rejects("system", "' '", () -> zwk.model.plan.ExternalRecord.builder().system(" ").build());
    rejects("fields", "' '", () -> zwk.model.plan.ExternalRecord.builder().system("decidim").putField(" ", "x").build());
    accepts(() -> zwk.model.plan.ExternalRecord.builder().system("decidim").putField("title/ca", "x").build());
  }

  @Test
  void measureProgressWeightAndParent() {
    rejects("progressPercent", "-1", () -> Measure.builder().id("m").title("t").progressPercent(-1.0).build());
    rejects("progressPercent", "101", () -> Measure.builder().id("m").title("t").progressPercent(101.0).build());
    accepts(() -> Measure.builder().id("m").title("t").progressPercent(0.0).build());
    accepts(() -> Measure.builder().id("m").title("t").progressPercent(100.0).build());
    accepts(() -> Measure.builder().id("m").title("t").progressPercent(46.33).build());
    rejects("progressPercent", "NaN", () -> Measure.builder().id("m").title("t").progressPercent(Double.NaN).build());
    rejects("progressPercent", "100.01", () -> Measure.builder().id("m").title("t").progressPercent(100.01).build());
    rejects("weight", "-0.5", () -> Measure.builder().id("m").title("t").weight(-0.5).build());
    rejects("weight", "NaN", () -> Measure.builder().id("m").title("t").weight(Double.NaN).build());
    rejects("weight", "Infinity", () -> Measure.builder().id("m").title("t").weight(Double.POSITIVE_INFINITY).build());
    accepts(() -> Measure.builder().id("m").title("t").weight(0.0).build());
    rejects("parentId", "m-1", () -> Measure.builder().id("m-1").title("t").parentId("m-1").build());
    accepts(() -> Measure.builder().id("m-1").title("t").parentId("m-0").build());
  }

  @Test
  void indicatorNumbersAreFinite() {
    rejects("baseline", "NaN", () -> MeasureIndicator.builder().name("n").baseline(Double.NaN).build());
    rejects("target", "Infinity", () -> MeasureIndicator.builder().name("n").target(Double.POSITIVE_INFINITY).build());
    rejects("current", "-Infinity", () -> MeasureIndicator.builder().name("n").current(Double.NEGATIVE_INFINITY).build());
    accepts(() -> MeasureIndicator.builder().name("n").baseline(-Double.MAX_VALUE).target(Double.MAX_VALUE)
        .current(Double.MIN_VALUE).build());
  }

  @Test
  void planVersionsIdsAndHierarchy() {
    rejects("version", "0", () -> PlanRevision.builder().version(0).date(MAR_1).build());
    accepts(() -> PlanRevision.builder().version(1).date(MAR_1).build());
    rejects("version", "0", () -> WorkshopPlan.builder().version(0).build());
    accepts(() -> WorkshopPlan.builder().version(1).build());
    Measure m = Measure.builder().id("m-1").title("t").build();
    rejects("measures[1]", "m-1", () -> WorkshopPlan.builder().addMeasures(m, m.withTitle("u")).build());
    GuidingLine gl = GuidingLine.builder().id("gl-1").title("t").build();
    rejects("guidingLines[1]", "gl-1", () -> WorkshopPlan.builder().addGuidingLines(gl, gl.withTitle("u")).build());
    // Goal ids are unique across guiding lines.
    Goal g = Goal.builder().id("g-1").title("t").build();
    rejects("goals[1]", "g-1", () -> WorkshopPlan.builder().addGuidingLines(gl.withGoals(g),
        gl.withId("gl-2").withGoals(g)).build());
    PlanRevision r = PlanRevision.builder().version(1).date(MAR_1).build();
    rejects("revisions[1]", "1", () -> WorkshopPlan.builder().addRevisions(r, r.withSummary("again")).build());
    // A cycle m-1 -> m-2 -> m-3 -> m-1.
    rejects("measures", "m-1", () -> WorkshopPlan.builder()
        .addMeasures(m.withParentId("m-3"), m.withId("m-2").withParentId("m-1"), m.withId("m-3").withParentId("m-2"))
        .build());
    // Boundary: a chain without a cycle, and a parent that is not in the plan.
    accepts(() -> WorkshopPlan.builder()
        .addMeasures(m, m.withId("m-2").withParentId("m-1"), m.withId("m-3").withParentId("m-2"),
            m.withId("m-4").withParentId("elsewhere"))
        .build());
  }

  @Test
  void demographyCheckFollowUpCosts() {
    rejects("followUpCostsEurPerYear", "-0.01",
        () -> DemographyCheck.builder().subject("s").followUpCostsEurPerYear(new BigDecimal("-0.01")).build());
    accepts(() -> DemographyCheck.builder().subject("s").followUpCostsEurPerYear(BigDecimal.ZERO).build());
  }

  // ---- profile --------------------------------------------------------------------------------

  @Test
  void profileInvariants() {
    rejects("id", "old age", () -> Indicator.builder().id("old age").germanName("Altenquotient").build());
    rejects("id", "''", () -> Indicator.builder().id("").germanName("Altenquotient").build());
    accepts(() -> Indicator.builder().id("x").germanName("Altenquotient").build());
    rejects("value", "neither", () -> IndicatorValue.builder().indicatorId("old_age_ratio").build());
    rejects("value", "both", () -> IndicatorValue.builder().indicatorId("old_age_ratio").value(1.0)
        .notComputableReason("division by zero").build());
    rejects("value", "NaN", () -> IndicatorValue.builder().indicatorId("old_age_ratio").value(Double.NaN).build());
    accepts(() -> IndicatorValue.builder().indicatorId("old_age_ratio").value(0.0).build());
    accepts(() -> IndicatorValue.builder().indicatorId("old_age_ratio").notComputableReason("0 persons 20-64").build());
    rejects("value", "NaN", () -> ReferenceValue.builder().regionKey("15").value(Double.NaN).build());
    rejects("percentile", "-0.1", () -> ReferenceValue.builder().regionKey("15").value(1).percentile(-0.1).build());
    rejects("percentile", "100.1", () -> ReferenceValue.builder().regionKey("15").value(1).percentile(100.1).build());
    accepts(() -> ReferenceValue.builder().regionKey("15").value(1).percentile(0.0).build());
    accepts(() -> ReferenceValue.builder().regionKey("15").value(1).percentile(100.0).build());
    rejects("interviewCount", "-1", () -> MunicipalProfile.builder().interviewCount(-1).build());
    accepts(() -> MunicipalProfile.builder().interviewCount(0).build());
  }

  // ---- programme ------------------------------------------------------------------------------

  @Test
  void programmeInvariants() {
    rejects("annualAmountEur", "-1", () -> Funding.builder().kind(FundingKind.MATERIAL)
        .annualAmountEur(new BigDecimal("-1")).build());
    accepts(() -> Funding.builder().kind(FundingKind.MATERIAL).annualAmountEur(BigDecimal.ZERO).build());
    rejects("fundedYears", "-1", () -> Programme.builder().id("p").name("n").fundedYears(-1).build());
    accepts(() -> Programme.builder().id("p").name("n").fundedYears(0).build());
    rejects("mentee", "15083040", () -> Mentorship.builder().mentor(Ags.of("15083040")).mentee(Ags.of("15083040")).build());
    accepts(() -> Mentorship.builder().mentor(Ags.of("15083040")).mentee(Ags.of("15083030")).build());
  }

  // ---- region ---------------------------------------------------------------------------------

  @Test
  void geoPointRanges() {
    rejects("latitude", "90.000001", () -> GeoPoint.of(90.000001, 0));
    rejects("latitude", "-90.5", () -> GeoPoint.of(-90.5, 0));
    rejects("latitude", "NaN", () -> GeoPoint.of(Double.NaN, 0));
    rejects("longitude", "180.5", () -> GeoPoint.of(0, 180.5));
    rejects("longitude", "-Infinity", () -> GeoPoint.of(0, Double.NEGATIVE_INFINITY));
    accepts(() -> GeoPoint.of(90, 180));
    accepts(() -> GeoPoint.of(-90, -180));
  }

  @Test
  void municipalityInvariants() {
    rejects("ags", "Barleben", () -> Municipality.builder().name("Barleben").build());
    // 15083030 is Wolmirstedt, not Barleben (15083040).
    rejects("ars", "150830040040", () -> Municipality.builder().name("Barleben").ags(Ags.of("15083030"))
        .ars(Ars.of("150830040040")).build());
    accepts(() -> Municipality.builder().name("Barleben").ags(Ags.of("15083040")).ars(Ars.of("150830040040")).build());
    // A Gemeindeverband has no AGS: an ARS alone is enough, and its AGS is not compared.
    accepts(() -> Municipality.builder().name("VG").ars(Ars.of("150830040")).build());
    accepts(() -> Municipality.builder().name("Kreis").ags(Ags.of("15083")).ars(Ars.of("150830040")).build());
    Municipality.Builder b = Municipality.builder().name("Barleben").ags(Ags.of("15083040"));
    rejects("population", "-1", () -> Municipality.builder().from(b.build()).population(-1L).build());
    rejects("populationMale", "-1", () -> Municipality.builder().from(b.build()).populationMale(-1L).build());
    rejects("populationFemale", "-2", () -> Municipality.builder().from(b.build()).populationFemale(-2L).build());
    accepts(() -> Municipality.builder().from(b.build()).population(0L).populationMale(0L).populationFemale(0L).build());
    rejects("areaKm2", "-0.01", () -> Municipality.builder().from(b.build()).areaKm2(new BigDecimal("-0.01")).build());
    accepts(() -> Municipality.builder().from(b.build()).areaKm2(BigDecimal.ZERO).build());
    rejects("postcode", "3917", () -> Municipality.builder().from(b.build()).postcode("3917").build());
    rejects("postcode", "391790", () -> Municipality.builder().from(b.build()).postcode("391790").build());
    rejects("postcode", "3917O", () -> Municipality.builder().from(b.build()).postcode("3917O").build());
    accepts(() -> Municipality.builder().from(b.build()).postcode("01067").build());
    // Male + female need not add up to the total (official sources disagree): not an invariant.
    accepts(() -> Municipality.builder().from(b.build()).population(10L).populationMale(3L).populationFemale(3L).build());
  }

  @Test
  void keyAndAgeBandInvariants() {
    rejects("ags", "17000000", () -> Ags.of("17000000"));
    rejects("ags", "0531500A", () -> Ags.of("0531500A"));
    rejects("ags", "123456", () -> Ags.parse("123456"));
    rejects("ars", "0531500000", () -> Ars.of("0531500000"));
    rejects("ars", "170000000000", () -> Ars.of("170000000000"));
    rejects("ars", "12 345 6", () -> Ars.parse("12 345 6"));
    rejects("municipality", "15083", () -> Ars.of(Ags.of("15083"), "0040"));
    // The echo of a huge input is cut to 64 characters.
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Ags.of("1".repeat(1000)));
    assertTrue(e.getMessage().length() < 200, e.getMessage());
    rejects("from", "-1", () -> AgeBand.of(-1, 5));
    rejects("to", "4", () -> AgeBand.of(5, 4));
    rejects("from", "-1", () -> AgeBand.openFrom(-1));
    accepts(() -> AgeBand.of(0, 0));
    accepts(() -> AgeBand.openFrom(0));
    assertThrows(IllegalStateException.class, () -> Ars.of("150830040").toAgs());
  }

  // ---- statistics -----------------------------------------------------------------------------

  @Test
  void statisticsValueMatchesState() {
    StatisticsRecord.Builder b = StatisticsRecord.builder().regionKey("15083").regionName("Börde").time("2021")
        .variable("Bevölkerungsstand");
    rejects("value", "state=NUMBER", () -> StatisticsRecord.builder().from(ok(b)).value(java.util.Optional.empty())
        .state(ValueState.NUMBER).build());
    rejects("value", "value=5", () -> StatisticsRecord.builder().from(ok(b)).value(new BigDecimal("5"))
        .state(ValueState.UNKNOWN).build());
    rejects("value", "7", () -> StatisticsRecord.builder().from(ok(b)).value(new BigDecimal("7"))
        .state(ValueState.ZERO).build());
    rejects("line", "-1", () -> StatisticsRecord.builder().from(ok(b)).line(-1).build());
    accepts(() -> StatisticsRecord.builder().from(ok(b)).value(BigDecimal.ZERO).state(ValueState.ZERO).line(0).build());
    for (ValueState s : List.of(ValueState.UNKNOWN, ValueState.NOT_APPLICABLE, ValueState.NOT_YET_AVAILABLE,
        ValueState.UNCERTAIN)) {
      accepts(() -> StatisticsRecord.builder().from(ok(b)).value(java.util.Optional.empty()).state(s).build());
    }
  }

  private static StatisticsRecord ok(StatisticsRecord.Builder b) {
    return StatisticsRecord.builder().from(b.value(BigDecimal.ONE).state(ValueState.NUMBER).build()).build();
  }

  // ---- aggregate root -------------------------------------------------------------------------

  @Test
  void strategyIdsAreUnique() {
    Municipality m = Samples.municipality();
    StageRecord kickOff = StageRecord.builder().stage(StrategyStage.KICK_OFF).build();
    rejects("stages[1]", "KICK_OFF", () -> MunicipalStrategy.builder().municipality(m)
        .addStages(kickOff, kickOff.withNotes("again")).build());
    Department d = Department.builder().id("bauamt").name("Bauamt").build();
    rejects("departments[1]", "bauamt", () -> MunicipalStrategy.builder().municipality(m)
        .addDepartments(d, d.withName("Bauamt 2")).build());
    Actor a = Actor.builder().id("verein").name("Verein").type(ActorType.CIVIL_SOCIETY).build();
    rejects("actors[1]", "verein", () -> MunicipalStrategy.builder().municipality(m).addActors(a, a.withName("V2")).build());
    Tool t = Tool.builder().id("tool").title("t").kind(ToolKind.TALK).build();
    rejects("tools[1]", "tool", () -> MunicipalStrategy.builder().municipality(m).addTools(t, t.withTitle("u")).build());
    ParticipationEvent e = ParticipationEvent.builder().id("e").title("t").format(ParticipationFormat.SURVEY).build();
    rejects("participation[1]", "'e'", () -> MunicipalStrategy.builder().municipality(m)
        .addParticipation(e, e.withTitle("u")).build());
    // Idea ids are unique across all events.
    Idea i = Idea.builder().id("i1").text("Rufbus").build();
    rejects("ideas[1]", "i1", () -> MunicipalStrategy.builder().municipality(m)
        .addParticipation(e.withIdeas(i), e.withId("e2").withIdeas(i.withText("anders"))).build());
    ActionField f = ActionField.builder().id("dorfladen").germanLabel("Dorfladen").build();
    rejects("ownActionFields[1]", "dorfladen", () -> MunicipalStrategy.builder().municipality(m)
        .addOwnActionFields(f, f.withGermanLabel("Laden")).build());
    accepts(() -> MunicipalStrategy.builder().municipality(m).addParticipation(e.withIdeas(i),
        e.withId("e2").withIdeas(i.withId("i2"))).build());
  }

  // ---- completeness is not an invariant -------------------------------------------------------

  @Test
  void halfFinishedRecordsBuild() {
    Measure bare = Measure.builder().id("m-1").title("Rufbus").build();
    assertTrue(bare.leadDepartmentId().isEmpty() && bare.budget().isEmpty() && bare.period().start().isEmpty()
        && bare.goalIds().isEmpty() && bare.progressPercent().isEmpty());
    WorkshopPlan plan = WorkshopPlan.builder().addMeasures(bare, bare.withId("m-2")).build();
    assertTrue(plan.adoptedOn().isEmpty() && plan.nextReviewDue().isEmpty() && plan.guidingLines().isEmpty());
    assertEquals(1, plan.version());
    MunicipalStrategy strategy = MunicipalStrategy.builder()
        .municipality(Municipality.builder().name("Barleben").ags(Ags.of("15083040")).build()).build();
    assertTrue(strategy.plan().isEmpty() && strategy.profile().isEmpty() && strategy.stages().isEmpty()
        && strategy.participation().isEmpty());
    // A blank name, an adopted idea without a measure, a completed stage without dates: all build.
    accepts(() -> Municipality.builder().name(" ").ags(Ags.of("15083040")).build());
    accepts(() -> Idea.builder().id("i").text("t").status(zwk.model.participation.IdeaStatus.ADOPTED).build());
    accepts(() -> StageRecord.builder().stage(StrategyStage.PROFILE)
        .status(zwk.model.stage.StageStatus.COMPLETED).build());
  }
}
