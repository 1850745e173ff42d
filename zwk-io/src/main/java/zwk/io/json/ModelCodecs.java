package zwk.io.json;

import static zwk.io.json.Codecs.AGS;
import static zwk.io.json.Codecs.ARS;
import static zwk.io.json.Codecs.BOOLEAN;
import static zwk.io.json.Codecs.DATE;
import static zwk.io.json.Codecs.DECIMAL;
import static zwk.io.json.Codecs.DOUBLE;
import static zwk.io.json.Codecs.INT;
import static zwk.io.json.Codecs.LONG;
import static zwk.io.json.Codecs.STRING;
import static zwk.io.json.Codecs.enumOf;

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
import zwk.model.region.GeoPoint;
import zwk.model.region.Municipality;
import zwk.model.region.MunicipalityType;
import zwk.model.region.RegionalCluster;
import zwk.model.stage.StageRecord;
import zwk.model.stage.StageStatus;
import zwk.model.stage.StrategyStage;
import zwk.model.strategy.MunicipalStrategy;
import zwk.model.toolbox.Effort;
import zwk.model.toolbox.SizeClass;
import zwk.model.toolbox.Tool;
import zwk.model.toolbox.ToolKind;
import zwk.model.toolbox.Toolbox;
import zwk.model.toolbox.Transferability;
import zwk.strategy.Finding;
import zwk.strategy.Severity;
import zwk.strategy.ValidationReport;
import zwk.strategy.rule.RuleSetConfig;

/**
 * The bindings of the model types, property by property in the order of the model's accessors.
 * Derived, auxiliary and lazy attributes ({@code Municipality.key()}, {@code Period.isComplete()} …)
 * and helper methods are not properties.
 */
final class ModelCodecs {
  private ModelCodecs() {}

  static final ObjectCodec<Period, Period.Builder> PERIOD = ObjectCodec.of(Period.class, Period::builder, Period.Builder::build)
      .optional("start", DATE, Period::start, Period.Builder::start)
      .optional("end", DATE, Period::end, Period.Builder::end)
      .build();

  static final ObjectCodec<Source, Source.Builder> SOURCE = ObjectCodec.of(Source.class, Source::builder, Source.Builder::build)
      .required("title", STRING, Source::title, Source.Builder::title)
      .optional("url", STRING, Source::url, Source.Builder::url)
      .optional("publisher", STRING, Source::publisher, Source.Builder::publisher)
      .optional("edition", STRING, Source::edition, Source.Builder::edition)
      .build();

  static final ObjectCodec<GeoPoint, GeoPoint.Builder> GEO_POINT = ObjectCodec.of(GeoPoint.class, GeoPoint::builder, GeoPoint.Builder::build)
      .required("latitude", DOUBLE, GeoPoint::latitude, GeoPoint.Builder::latitude)
      .required("longitude", DOUBLE, GeoPoint::longitude, GeoPoint.Builder::longitude)
      .build();

  static final ObjectCodec<RegionalCluster, RegionalCluster.Builder> CLUSTER = ObjectCodec.of(RegionalCluster.class,
          RegionalCluster::builder, RegionalCluster.Builder::build)
      .required("name", STRING, RegionalCluster::name, RegionalCluster.Builder::name)
      .build();

  static final ObjectCodec<ProgrammeMembership, ProgrammeMembership.Builder> MEMBERSHIP = ObjectCodec.of(
          ProgrammeMembership.class, ProgrammeMembership::builder, ProgrammeMembership.Builder::build)
      .required("programmeId", STRING, ProgrammeMembership::programmeId, ProgrammeMembership.Builder::programmeId)
      .defaulted("role", enumOf(MembershipRole.class), ProgrammeMembership::role, ProgrammeMembership.Builder::role)
      .defaulted("period", PERIOD, ProgrammeMembership::period, ProgrammeMembership.Builder::period)
      .build();

  static final ObjectCodec<Funding, Funding.Builder> FUNDING = ObjectCodec.of(Funding.class, Funding::builder,
          Funding.Builder::build)
      .required("kind", enumOf(FundingKind.class), Funding::kind, Funding.Builder::kind)
      .required("annualAmountEur", DECIMAL, Funding::annualAmountEur, Funding.Builder::annualAmountEur)
      .defaulted("upTo", BOOLEAN, Funding::upTo, Funding.Builder::upTo)
      .optional("description", STRING, Funding::description, Funding.Builder::description)
      .build();

  static final ObjectCodec<Programme, Programme.Builder> PROGRAMME = ObjectCodec.of(Programme.class, Programme::builder,
          Programme.Builder::build)
      .required("id", STRING, Programme::id, Programme.Builder::id)
      .required("name", STRING, Programme::name, Programme.Builder::name)
      .optional("shortName", STRING, Programme::shortName, Programme.Builder::shortName)
      .defaulted("period", PERIOD, Programme::period, Programme.Builder::period)
      .list("funding", FUNDING, Programme::funding, Programme.Builder::funding)
      .optional("fundedYears", INT, Programme::fundedYears, Programme.Builder::fundedYears)
      .list("sources", SOURCE, Programme::sources, Programme.Builder::sources)
      .build();

  static final ObjectCodec<ClusterAssignment, ClusterAssignment.Builder> CLUSTER_ASSIGNMENT = ObjectCodec.of(
          ClusterAssignment.class, ClusterAssignment::builder, ClusterAssignment.Builder::build)
      .required("cluster", CLUSTER, ClusterAssignment::cluster, ClusterAssignment.Builder::cluster)
      .optional("year", INT, ClusterAssignment::year, ClusterAssignment.Builder::year)
      .list("sources", SOURCE, ClusterAssignment::sources, ClusterAssignment.Builder::sources)
      .build();

  static final ObjectCodec<ProgrammeParticipant, ProgrammeParticipant.Builder> PARTICIPANT = ObjectCodec.of(
          ProgrammeParticipant.class, ProgrammeParticipant::builder, ProgrammeParticipant.Builder::build)
      .optional("ags", AGS, ProgrammeParticipant::ags, ProgrammeParticipant.Builder::ags)
      .optional("ars", ARS, ProgrammeParticipant::ars, ProgrammeParticipant.Builder::ars)
      .required("name", STRING, ProgrammeParticipant::name, ProgrammeParticipant.Builder::name)
      .required("membership", MEMBERSHIP, ProgrammeParticipant::membership, ProgrammeParticipant.Builder::membership)
      .list("clusters", CLUSTER_ASSIGNMENT, ProgrammeParticipant::clusters, ProgrammeParticipant.Builder::clusters)
      .list("actionFieldIds", STRING, ProgrammeParticipant::actionFieldIds, ProgrammeParticipant.Builder::actionFieldIds)
      .list("sources", SOURCE, ProgrammeParticipant::sources, ProgrammeParticipant.Builder::sources)
      .list("actionFieldSources", SOURCE, ProgrammeParticipant::actionFieldSources,
          ProgrammeParticipant.Builder::actionFieldSources)
      .build();

  static final ObjectCodec<ProgrammeDirectory, ProgrammeDirectory.Builder> PROGRAMME_DIRECTORY = ObjectCodec.of(
          ProgrammeDirectory.class, ProgrammeDirectory::builder, ProgrammeDirectory.Builder::build)
      .optional("name", STRING, ProgrammeDirectory::name, ProgrammeDirectory.Builder::name)
      .list("programmes", PROGRAMME, ProgrammeDirectory::programmes, ProgrammeDirectory.Builder::programmes)
      .list("participants", PARTICIPANT, ProgrammeDirectory::participants, ProgrammeDirectory.Builder::participants)
      .build();

  static final ObjectCodec<Municipality, Municipality.Builder> MUNICIPALITY = ObjectCodec.of(Municipality.class,
          Municipality::builder, Municipality.Builder::build)
      .optional("ags", AGS, Municipality::ags, Municipality.Builder::ags)
      .optional("ars", ARS, Municipality::ars, Municipality.Builder::ars)
      .required("name", STRING, Municipality::name, Municipality.Builder::name)
      .optional("type", enumOf(MunicipalityType.class), Municipality::type, Municipality.Builder::type)
      .optional("population", LONG, Municipality::population, Municipality.Builder::population)
      .optional("populationMale", LONG, Municipality::populationMale, Municipality.Builder::populationMale)
      .optional("populationFemale", LONG, Municipality::populationFemale, Municipality.Builder::populationFemale)
      .optional("populationDate", DATE, Municipality::populationDate, Municipality.Builder::populationDate)
      .optional("areaKm2", DECIMAL, Municipality::areaKm2, Municipality.Builder::areaKm2)
      .optional("postcode", STRING, Municipality::postcode, Municipality.Builder::postcode)
      .optional("location", GEO_POINT, Municipality::location, Municipality.Builder::location)
      .optional("cluster", CLUSTER, Municipality::cluster, Municipality.Builder::cluster)
      .list("programmeMemberships", MEMBERSHIP, Municipality::programmeMemberships, Municipality.Builder::programmeMemberships)
      .build();

  static final ObjectCodec<StageRecord, StageRecord.Builder> STAGE_RECORD = ObjectCodec.of(StageRecord.class,
          StageRecord::builder, StageRecord.Builder::build)
      .required("stage", enumOf(StrategyStage.class), StageRecord::stage, StageRecord.Builder::stage)
      .defaulted("status", enumOf(StageStatus.class), StageRecord::status, StageRecord.Builder::status)
      .optional("started", DATE, StageRecord::started, StageRecord.Builder::started)
      .optional("completed", DATE, StageRecord::completed, StageRecord.Builder::completed)
      .list("evidence", STRING, StageRecord::evidence, StageRecord.Builder::evidence)
      .optional("notes", STRING, StageRecord::notes, StageRecord.Builder::notes)
      .build();

  static final ObjectCodec<Indicator, Indicator.Builder> INDICATOR = ObjectCodec.of(Indicator.class,
          Indicator::builder, Indicator.Builder::build)
      .required("id", STRING, Indicator::id, Indicator.Builder::id)
      .required("germanName", STRING, Indicator::germanName, Indicator.Builder::germanName)
      .defaulted("englishName", STRING, Indicator::englishName, Indicator.Builder::englishName)
      .optional("unit", STRING, Indicator::unit, Indicator.Builder::unit)
      .optional("definition", STRING, Indicator::definition, Indicator.Builder::definition)
      .optional("source", STRING, Indicator::source, Indicator.Builder::source)
      .build();

  static final ObjectCodec<ReferenceValue, ReferenceValue.Builder> REFERENCE_VALUE = ObjectCodec.of(ReferenceValue.class,
          ReferenceValue::builder, ReferenceValue.Builder::build)
      .required("regionKey", STRING, ReferenceValue::regionKey, ReferenceValue.Builder::regionKey)
      .optional("regionName", STRING, ReferenceValue::regionName, ReferenceValue.Builder::regionName)
      .required("value", DOUBLE, ReferenceValue::value, ReferenceValue.Builder::value)
      .optional("percentile", DOUBLE, ReferenceValue::percentile, ReferenceValue.Builder::percentile)
      .build();

  static final ObjectCodec<IndicatorValue, IndicatorValue.Builder> INDICATOR_VALUE = ObjectCodec.of(IndicatorValue.class,
          IndicatorValue::builder, IndicatorValue.Builder::build)
      .required("indicatorId", STRING, IndicatorValue::indicatorId, IndicatorValue.Builder::indicatorId)
      .optional("regionKey", STRING, IndicatorValue::regionKey, IndicatorValue.Builder::regionKey)
      .optional("referenceDate", DATE, IndicatorValue::referenceDate, IndicatorValue.Builder::referenceDate)
      .optional("value", DOUBLE, IndicatorValue::value, IndicatorValue.Builder::value)
      .optional("notComputableReason", STRING, IndicatorValue::notComputableReason, IndicatorValue.Builder::notComputableReason)
      .list("references", REFERENCE_VALUE, IndicatorValue::references, IndicatorValue.Builder::references)
      .build();

  static final ObjectCodec<ExistingMeasure, ExistingMeasure.Builder> EXISTING_MEASURE = ObjectCodec.of(ExistingMeasure.class,
          ExistingMeasure::builder, ExistingMeasure.Builder::build)
      .required("id", STRING, ExistingMeasure::id, ExistingMeasure.Builder::id)
      .required("title", STRING, ExistingMeasure::title, ExistingMeasure.Builder::title)
      .optional("description", STRING, ExistingMeasure::description, ExistingMeasure.Builder::description)
      .list("actionFieldIds", STRING, ExistingMeasure::actionFieldIds, ExistingMeasure.Builder::actionFieldIds)
      .list("targetGroups", enumOf(TargetGroup.class), ExistingMeasure::targetGroups, ExistingMeasure.Builder::targetGroups)
      .optional("leadDepartmentId", STRING, ExistingMeasure::leadDepartmentId, ExistingMeasure.Builder::leadDepartmentId)
      .optional("provider", STRING, ExistingMeasure::provider, ExistingMeasure.Builder::provider)
      .defaulted("period", PERIOD, ExistingMeasure::period, ExistingMeasure.Builder::period)
      .list("linkedMeasureIds", STRING, ExistingMeasure::linkedMeasureIds, ExistingMeasure.Builder::linkedMeasureIds)
      .build();

  static final ObjectCodec<SwotEntry, SwotEntry.Builder> SWOT_ENTRY = ObjectCodec.of(SwotEntry.class,
          SwotEntry::builder, SwotEntry.Builder::build)
      .required("id", STRING, SwotEntry::id, SwotEntry.Builder::id)
      .required("category", enumOf(SwotCategory.class), SwotEntry::category, SwotEntry.Builder::category)
      .required("text", STRING, SwotEntry::text, SwotEntry.Builder::text)
      .optional("textEnglish", STRING, SwotEntry::textEnglish, SwotEntry.Builder::textEnglish)
      .optional("actionFieldId", STRING, SwotEntry::actionFieldId, SwotEntry.Builder::actionFieldId)
      .list("citedIndicatorIds", STRING, SwotEntry::citedIndicatorIds, SwotEntry.Builder::citedIndicatorIds)
      .optional("derivedByRule", STRING, SwotEntry::derivedByRule, SwotEntry.Builder::derivedByRule)
      .optional("deferralReason", STRING, SwotEntry::deferralReason, SwotEntry.Builder::deferralReason)
      .build();

  static final ObjectCodec<PeerRegion, PeerRegion.Builder> PEER_REGION = ObjectCodec.of(PeerRegion.class,
          PeerRegion::builder, PeerRegion.Builder::build)
      .required("rank", INT, PeerRegion::rank, PeerRegion.Builder::rank)
      .required("regionKey", STRING, PeerRegion::regionKey, PeerRegion.Builder::regionKey)
      .optional("regionName", STRING, PeerRegion::regionName, PeerRegion.Builder::regionName)
      .required("distance", DOUBLE, PeerRegion::distance, PeerRegion.Builder::distance)
      .optional("explanation", STRING, PeerRegion::explanation, PeerRegion.Builder::explanation)
      .optional("explanationEnglish", STRING, PeerRegion::explanationEnglish, PeerRegion.Builder::explanationEnglish)
      .build();

  static final ObjectCodec<RecommendedTool, RecommendedTool.Builder> RECOMMENDED_TOOL = ObjectCodec.of(RecommendedTool.class,
          RecommendedTool::builder, RecommendedTool.Builder::build)
      .required("rank", INT, RecommendedTool::rank, RecommendedTool.Builder::rank)
      .required("toolId", STRING, RecommendedTool::toolId, RecommendedTool.Builder::toolId)
      .optional("title", STRING, RecommendedTool::title, RecommendedTool.Builder::title)
      .required("score", DOUBLE, RecommendedTool::score, RecommendedTool.Builder::score)
      .list("reasons", STRING, RecommendedTool::reasons, RecommendedTool.Builder::reasons)
      .list("reasonsEnglish", STRING, RecommendedTool::reasonsEnglish, RecommendedTool.Builder::reasonsEnglish)
      .build();

  static final ObjectCodec<MunicipalProfile, MunicipalProfile.Builder> PROFILE = ObjectCodec.of(MunicipalProfile.class,
          MunicipalProfile::builder, MunicipalProfile.Builder::build)
      .optional("regionKey", STRING, MunicipalProfile::regionKey, MunicipalProfile.Builder::regionKey)
      .optional("regionName", STRING, MunicipalProfile::regionName, MunicipalProfile.Builder::regionName)
      .optional("asOf", DATE, MunicipalProfile::asOf, MunicipalProfile.Builder::asOf)
      .list("indicators", INDICATOR, MunicipalProfile::indicators, MunicipalProfile.Builder::indicators)
      .list("indicatorValues", INDICATOR_VALUE, MunicipalProfile::indicatorValues, MunicipalProfile.Builder::indicatorValues)
      .list("inventory", EXISTING_MEASURE, MunicipalProfile::inventory, MunicipalProfile.Builder::inventory)
      .optional("interviewCount", INT, MunicipalProfile::interviewCount, MunicipalProfile.Builder::interviewCount)
      .list("interviewFindings", STRING, MunicipalProfile::interviewFindings, MunicipalProfile.Builder::interviewFindings)
      .list("swot", SWOT_ENTRY, p -> p.swot(), MunicipalProfile.Builder::swot)
      .list("peers", PEER_REGION, MunicipalProfile::peers, MunicipalProfile.Builder::peers)
      .list("recommendedTools", RECOMMENDED_TOOL, MunicipalProfile::recommendedTools, MunicipalProfile.Builder::recommendedTools)
      .build();

  static final ObjectCodec<Idea, Idea.Builder> IDEA = ObjectCodec.of(Idea.class, Idea::builder, Idea.Builder::build)
      .required("id", STRING, Idea::id, Idea.Builder::id)
      .required("text", STRING, Idea::text, Idea.Builder::text)
      .optional("actionFieldId", STRING, Idea::actionFieldId, Idea.Builder::actionFieldId)
      .defaulted("status", enumOf(IdeaStatus.class), Idea::status, Idea.Builder::status)
      .optional("adoptedIntoMeasureId", STRING, Idea::adoptedIntoMeasureId, Idea.Builder::adoptedIntoMeasureId)
      .optional("answer", STRING, Idea::answer, Idea.Builder::answer)
      .optional("decidedOn", DATE, Idea::decidedOn, Idea.Builder::decidedOn)
      .build();

  static final ObjectCodec<ActionFieldPriority, ActionFieldPriority.Builder> PRIORITY = ObjectCodec.of(
          ActionFieldPriority.class, ActionFieldPriority::builder, ActionFieldPriority.Builder::build)
      .required("actionFieldId", STRING, ActionFieldPriority::actionFieldId, ActionFieldPriority.Builder::actionFieldId)
      .optional("rank", INT, ActionFieldPriority::rank, ActionFieldPriority.Builder::rank)
      .optional("votes", INT, ActionFieldPriority::votes, ActionFieldPriority.Builder::votes)
      .build();

  static final ObjectCodec<ParticipationEvent, ParticipationEvent.Builder> PARTICIPATION_EVENT = ObjectCodec.of(
          ParticipationEvent.class, ParticipationEvent::builder, ParticipationEvent.Builder::build)
      .required("id", STRING, ParticipationEvent::id, ParticipationEvent.Builder::id)
      .required("title", STRING, ParticipationEvent::title, ParticipationEvent.Builder::title)
      .required("format", enumOf(ParticipationFormat.class), ParticipationEvent::format, ParticipationEvent.Builder::format)
      .defaulted("mode", enumOf(ParticipationMode.class), ParticipationEvent::mode, ParticipationEvent.Builder::mode)
      .optional("date", DATE, ParticipationEvent::date, ParticipationEvent.Builder::date)
      .optional("location", STRING, ParticipationEvent::location, ParticipationEvent.Builder::location)
      .optional("participantCount", INT, ParticipationEvent::participantCount, ParticipationEvent.Builder::participantCount)
      .enumMap("participantsByTargetGroup", TargetGroup.class, INT, ParticipationEvent::participantsByTargetGroup,
          ParticipationEvent.Builder::participantsByTargetGroup)
      .enumMap("participantsByActorType", ActorType.class, INT, ParticipationEvent::participantsByActorType,
          ParticipationEvent.Builder::participantsByActorType)
      .list("actorIds", STRING, ParticipationEvent::actorIds, ParticipationEvent.Builder::actorIds)
      .list("ideas", IDEA, ParticipationEvent::ideas, ParticipationEvent.Builder::ideas)
      .list("priorities", PRIORITY, ParticipationEvent::priorities, ParticipationEvent.Builder::priorities)
      .optional("summary", STRING, ParticipationEvent::summary, ParticipationEvent.Builder::summary)
      .build();

  static final ObjectCodec<PlanRevision, PlanRevision.Builder> PLAN_REVISION = ObjectCodec.of(PlanRevision.class,
          PlanRevision::builder, PlanRevision.Builder::build)
      .required("version", INT, PlanRevision::version, PlanRevision.Builder::version)
      .required("date", DATE, PlanRevision::date, PlanRevision.Builder::date)
      .optional("summary", STRING, PlanRevision::summary, PlanRevision.Builder::summary)
      .optional("decision", STRING, PlanRevision::decision, PlanRevision.Builder::decision)
      .build();

  static final ObjectCodec<MeasureIndicator, MeasureIndicator.Builder> MEASURE_INDICATOR = ObjectCodec.of(
          MeasureIndicator.class, MeasureIndicator::builder, MeasureIndicator.Builder::build)
      .required("name", STRING, MeasureIndicator::name, MeasureIndicator.Builder::name)
      .optional("indicatorId", STRING, MeasureIndicator::indicatorId, MeasureIndicator.Builder::indicatorId)
      .optional("unit", STRING, MeasureIndicator::unit, MeasureIndicator.Builder::unit)
      .optional("baseline", DOUBLE, MeasureIndicator::baseline, MeasureIndicator.Builder::baseline)
      .optional("baselineDate", DATE, MeasureIndicator::baselineDate, MeasureIndicator.Builder::baselineDate)
      .optional("target", DOUBLE, MeasureIndicator::target, MeasureIndicator.Builder::target)
      .optional("targetDate", DATE, MeasureIndicator::targetDate, MeasureIndicator.Builder::targetDate)
      .optional("current", DOUBLE, MeasureIndicator::current, MeasureIndicator.Builder::current)
      .build();

  static final ObjectCodec<Goal, Goal.Builder> GOAL = ObjectCodec.of(Goal.class, Goal::builder, Goal.Builder::build)
      .required("id", STRING, Goal::id, Goal.Builder::id)
      .required("title", STRING, Goal::title, Goal.Builder::title)
      .optional("description", STRING, Goal::description, Goal.Builder::description)
      .list("actionFieldIds", STRING, Goal::actionFieldIds, Goal.Builder::actionFieldIds)
      .list("indicators", MEASURE_INDICATOR, Goal::indicators, Goal.Builder::indicators)
      .optional("targetDate", DATE, Goal::targetDate, Goal.Builder::targetDate)
      .build();

  static final ObjectCodec<GuidingLine, GuidingLine.Builder> GUIDING_LINE = ObjectCodec.of(GuidingLine.class,
          GuidingLine::builder, GuidingLine.Builder::build)
      .required("id", STRING, GuidingLine::id, GuidingLine.Builder::id)
      .required("title", STRING, GuidingLine::title, GuidingLine.Builder::title)
      .optional("description", STRING, GuidingLine::description, GuidingLine.Builder::description)
      .list("actionFieldIds", STRING, GuidingLine::actionFieldIds, GuidingLine.Builder::actionFieldIds)
      .list("goals", GOAL, GuidingLine::goals, GuidingLine.Builder::goals)
      .build();

  static final ObjectCodec<Budget, Budget.Builder> BUDGET = ObjectCodec.of(Budget.class, Budget::builder, Budget.Builder::build)
      .optional("amountEur", DECIMAL, Budget::amountEur, Budget.Builder::amountEur)
      .defaulted("noCost", BOOLEAN, Budget::noCost, Budget.Builder::noCost)
      .optional("fundingKind", enumOf(FundingKind.class), Budget::fundingKind, Budget.Builder::fundingKind)
      .optional("fundingSource", STRING, Budget::fundingSource, Budget.Builder::fundingSource)
      .build();

  static final ObjectCodec<ImplementationStep, ImplementationStep.Builder> STEP = ObjectCodec.of(ImplementationStep.class,
          ImplementationStep::builder, ImplementationStep.Builder::build)
      .required("title", STRING, ImplementationStep::title, ImplementationStep.Builder::title)
      .optional("due", DATE, ImplementationStep::due, ImplementationStep.Builder::due)
      .optional("doneOn", DATE, ImplementationStep::doneOn, ImplementationStep.Builder::doneOn)
      .optional("responsibleDepartmentId", STRING, ImplementationStep::responsibleDepartmentId,
          ImplementationStep.Builder::responsibleDepartmentId)
      .build();

  static final ObjectCodec<DemographyCheck, DemographyCheck.Builder> DEMOGRAPHY_CHECK = ObjectCodec.of(DemographyCheck.class,
          DemographyCheck::builder, DemographyCheck.Builder::build)
      .required("subject", STRING, DemographyCheck::subject, DemographyCheck.Builder::subject)
      .optional("date", DATE, DemographyCheck::date, DemographyCheck.Builder::date)
      .list("affectedAgeGroups", enumOf(AgeGroup.class), DemographyCheck::affectedAgeGroups,
          DemographyCheck.Builder::affectedAgeGroups)
      .optional("futureGenerationsAssessment", STRING, DemographyCheck::futureGenerationsAssessment,
          DemographyCheck.Builder::futureGenerationsAssessment)
      .optional("followUpCostsAssessment", STRING, DemographyCheck::followUpCostsAssessment,
          DemographyCheck.Builder::followUpCostsAssessment)
      .optional("followUpCostsEurPerYear", DECIMAL, DemographyCheck::followUpCostsEurPerYear,
          DemographyCheck.Builder::followUpCostsEurPerYear)
      .optional("accessibilityAssessment", STRING, DemographyCheck::accessibilityAssessment,
          DemographyCheck.Builder::accessibilityAssessment)
      .build();

  static final ObjectCodec<Measure, Measure.Builder> MEASURE = ObjectCodec.of(Measure.class, Measure::builder, Measure.Builder::build)
      .required("id", STRING, Measure::id, Measure.Builder::id)
      .optional("externalId", STRING, Measure::externalId, Measure.Builder::externalId)
      .optional("parentId", STRING, Measure::parentId, Measure.Builder::parentId)
      .required("title", STRING, Measure::title, Measure.Builder::title)
      .optional("description", STRING, Measure::description, Measure.Builder::description)
      .list("goalIds", STRING, Measure::goalIds, Measure.Builder::goalIds)
      .list("actionFieldIds", STRING, Measure::actionFieldIds, Measure.Builder::actionFieldIds)
      .list("targetGroups", enumOf(TargetGroup.class), Measure::targetGroups, Measure.Builder::targetGroups)
      .optional("leadDepartmentId", STRING, Measure::leadDepartmentId, Measure.Builder::leadDepartmentId)
      .list("partnerDepartmentIds", STRING, Measure::partnerDepartmentIds, Measure.Builder::partnerDepartmentIds)
      .list("partnerActorIds", STRING, Measure::partnerActorIds, Measure.Builder::partnerActorIds)
      .defaulted("period", PERIOD, Measure::period, Measure.Builder::period)
      .optional("budget", BUDGET, Measure::budget, Measure.Builder::budget)
      .defaulted("status", enumOf(MeasureStatus.class), Measure::status, Measure.Builder::status)
      .optional("progressPercent", INT, Measure::progressPercent, Measure.Builder::progressPercent)
      .optional("weight", DOUBLE, Measure::weight, Measure.Builder::weight)
      .list("steps", STEP, Measure::steps, Measure.Builder::steps)
      .list("indicators", MEASURE_INDICATOR, Measure::indicators, Measure.Builder::indicators)
      .list("toolIds", STRING, Measure::toolIds, Measure.Builder::toolIds)
      .list("ideaIds", STRING, Measure::ideaIds, Measure.Builder::ideaIds)
      .list("linkedMeasureIds", STRING, Measure::linkedMeasureIds, Measure.Builder::linkedMeasureIds)
      .optional("demographyCheck", DEMOGRAPHY_CHECK, Measure::demographyCheck, Measure.Builder::demographyCheck)
      .build();

  static final ObjectCodec<WorkshopPlan, WorkshopPlan.Builder> PLAN = ObjectCodec.of(WorkshopPlan.class,
          WorkshopPlan::builder, WorkshopPlan.Builder::build)
      .optional("title", STRING, WorkshopPlan::title, WorkshopPlan.Builder::title)
      .optional("vision", STRING, WorkshopPlan::vision, WorkshopPlan.Builder::vision)
      .defaulted("version", INT, WorkshopPlan::version, WorkshopPlan.Builder::version)
      .optional("adoptedOn", DATE, WorkshopPlan::adoptedOn, WorkshopPlan.Builder::adoptedOn)
      .optional("adoptionDecision", STRING, WorkshopPlan::adoptionDecision, WorkshopPlan.Builder::adoptionDecision)
      .optional("lastReviewedOn", DATE, WorkshopPlan::lastReviewedOn, WorkshopPlan.Builder::lastReviewedOn)
      .optional("nextReviewDue", DATE, WorkshopPlan::nextReviewDue, WorkshopPlan.Builder::nextReviewDue)
      .list("revisions", PLAN_REVISION, WorkshopPlan::revisions, WorkshopPlan.Builder::revisions)
      .list("guidingLines", GUIDING_LINE, WorkshopPlan::guidingLines, WorkshopPlan.Builder::guidingLines)
      .list("measures", MEASURE, WorkshopPlan::measures, WorkshopPlan.Builder::measures)
      .build();

  static final ObjectCodec<ContactPerson, ContactPerson.Builder> CONTACT = ObjectCodec.of(ContactPerson.class,
          ContactPerson::builder, ContactPerson.Builder::build)
      .optional("name", STRING, ContactPerson::name, ContactPerson.Builder::name)
      .optional("role", STRING, ContactPerson::role, ContactPerson.Builder::role)
      .optional("email", STRING, ContactPerson::email, ContactPerson.Builder::email)
      .optional("phone", STRING, ContactPerson::phone, ContactPerson.Builder::phone)
      .build();

  static final ObjectCodec<Department, Department.Builder> DEPARTMENT = ObjectCodec.of(Department.class,
          Department::builder, Department.Builder::build)
      .required("id", STRING, Department::id, Department.Builder::id)
      .required("name", STRING, Department::name, Department.Builder::name)
      .optional("shortName", STRING, Department::shortName, Department.Builder::shortName)
      .optional("contact", CONTACT, Department::contact, Department.Builder::contact)
      .build();

  static final ObjectCodec<Actor, Actor.Builder> ACTOR = ObjectCodec.of(Actor.class, Actor::builder, Actor.Builder::build)
      .required("id", STRING, Actor::id, Actor.Builder::id)
      .required("name", STRING, Actor::name, Actor.Builder::name)
      .required("type", enumOf(ActorType.class), Actor::type, Actor.Builder::type)
      .optional("contact", CONTACT, Actor::contact, Actor.Builder::contact)
      .build();

  static final ObjectCodec<Tool, Tool.Builder> TOOL = ObjectCodec.of(Tool.class, Tool::builder, Tool.Builder::build)
      .required("id", STRING, Tool::id, Tool.Builder::id)
      .required("title", STRING, Tool::title, Tool.Builder::title)
      .required("kind", enumOf(ToolKind.class), Tool::kind, Tool.Builder::kind)
      .optional("problem", STRING, Tool::problem, Tool.Builder::problem)
      .optional("description", STRING, Tool::description, Tool.Builder::description)
      .optional("originAgs", AGS, Tool::originAgs, Tool.Builder::originAgs)
      .optional("originName", STRING, Tool::originName, Tool.Builder::originName)
      .list("actionFieldIds", STRING, Tool::actionFieldIds, Tool.Builder::actionFieldIds)
      .list("keywords", STRING, Tool::keywords, Tool.Builder::keywords)
      .list("targetGroups", enumOf(TargetGroup.class), Tool::targetGroups, Tool.Builder::targetGroups)
      .list("suitableSizes", enumOf(SizeClass.class), Tool::suitableSizes, Tool.Builder::suitableSizes)
      .list("suitableTypes", enumOf(MunicipalityType.class), Tool::suitableTypes, Tool.Builder::suitableTypes)
      .optional("effort", enumOf(Effort.class), Tool::effort, Tool.Builder::effort)
      .optional("transferability", enumOf(Transferability.class), Tool::transferability, Tool.Builder::transferability)
      .optional("url", STRING, Tool::url, Tool.Builder::url)
      .list("sources", SOURCE, Tool::sources, Tool.Builder::sources)
      .build();

  static final ObjectCodec<ActionField, ActionField.Builder> ACTION_FIELD = ObjectCodec.of(ActionField.class,
          ActionField::builder, ActionField.Builder::build)
      .required("id", STRING, ActionField::id, ActionField.Builder::id)
      .required("germanLabel", STRING, ActionField::germanLabel, ActionField.Builder::germanLabel)
      .defaulted("englishLabel", STRING, ActionField::englishLabel, ActionField.Builder::englishLabel)
      .defaulted("standard", BOOLEAN, ActionField::standard, ActionField.Builder::standard)
      .build();

  static final ObjectCodec<Mentorship, Mentorship.Builder> MENTORSHIP = ObjectCodec.of(Mentorship.class,
          Mentorship::builder, Mentorship.Builder::build)
      .required("mentor", AGS, Mentorship::mentor, Mentorship.Builder::mentor)
      .required("mentee", AGS, Mentorship::mentee, Mentorship.Builder::mentee)
      .list("topics", STRING, Mentorship::topics, Mentorship.Builder::topics)
      .defaulted("period", PERIOD, Mentorship::period, Mentorship.Builder::period)
      .build();

  static final ObjectCodec<MunicipalStrategy, MunicipalStrategy.Builder> STRATEGY = ObjectCodec.of(MunicipalStrategy.class,
          MunicipalStrategy::builder, MunicipalStrategy.Builder::build)
      .optional("id", STRING, MunicipalStrategy::id, MunicipalStrategy.Builder::id)
      .required("municipality", MUNICIPALITY, MunicipalStrategy::municipality, MunicipalStrategy.Builder::municipality)
      .optional("asOf", DATE, MunicipalStrategy::asOf, MunicipalStrategy.Builder::asOf)
      .list("stages", STAGE_RECORD, MunicipalStrategy::stages, MunicipalStrategy.Builder::stages)
      .optional("profile", PROFILE, MunicipalStrategy::profile, MunicipalStrategy.Builder::profile)
      .list("participation", PARTICIPATION_EVENT, MunicipalStrategy::participation, MunicipalStrategy.Builder::participation)
      .optional("plan", PLAN, MunicipalStrategy::plan, MunicipalStrategy.Builder::plan)
      .list("departments", DEPARTMENT, MunicipalStrategy::departments, MunicipalStrategy.Builder::departments)
      .list("actors", ACTOR, MunicipalStrategy::actors, MunicipalStrategy.Builder::actors)
      .list("tools", TOOL, MunicipalStrategy::tools, MunicipalStrategy.Builder::tools)
      .list("ownActionFields", ACTION_FIELD, MunicipalStrategy::ownActionFields, MunicipalStrategy.Builder::ownActionFields)
      .list("mentorships", MENTORSHIP, MunicipalStrategy::mentorships, MunicipalStrategy.Builder::mentorships)
      .list("demographyChecks", DEMOGRAPHY_CHECK, MunicipalStrategy::demographyChecks, MunicipalStrategy.Builder::demographyChecks)
      .build();

  static final ObjectCodec<Toolbox, Toolbox.Builder> TOOLBOX = ObjectCodec.of(Toolbox.class, Toolbox::builder, Toolbox.Builder::build)
      .optional("name", STRING, Toolbox::name, Toolbox.Builder::name)
      .list("tools", TOOL, Toolbox::tools, Toolbox.Builder::tools)
      .build();

  static final ObjectCodec<ActionFieldCatalogue, ActionFieldCatalogue.Builder> CATALOGUE = ObjectCodec.of(
          ActionFieldCatalogue.class, ActionFieldCatalogue::builder, ActionFieldCatalogue.Builder::build)
      .optional("name", STRING, ActionFieldCatalogue::name, ActionFieldCatalogue.Builder::name)
      .list("fields", ACTION_FIELD, ActionFieldCatalogue::fields, ActionFieldCatalogue.Builder::fields)
      .build();

  static final ObjectCodec<Finding, Finding.Builder> FINDING = ObjectCodec.of(Finding.class, Finding::builder,
          Finding.Builder::build)
      .required("ruleId", STRING, Finding::ruleId, Finding.Builder::ruleId)
      .required("severity", enumOf(Severity.class), Finding::severity, Finding.Builder::severity)
      .required("path", STRING, Finding::path, Finding.Builder::path)
      .required("message", STRING, Finding::message, Finding.Builder::message)
      .required("hint", STRING, Finding::hint, Finding.Builder::hint)
      .stringMap("parameters", ParameterCodec.INSTANCE, Finding::parameters, Finding.Builder::parameters)
      .optional("stage", enumOf(StrategyStage.class), Finding::stage, Finding.Builder::stage)
      .optional("actionFieldId", STRING, Finding::actionFieldId, Finding.Builder::actionFieldId)
      .build();

  static final ObjectCodec<ValidationReport, ValidationReport.Builder> REPORT = ObjectCodec.of(ValidationReport.class,
          ValidationReport::builder, ValidationReport.Builder::build)
      .list("findings", FINDING, r -> r.findings(), ValidationReport.Builder::findings)
      .required("locale", STRING, ValidationReport::locale, ValidationReport.Builder::locale)
      .required("referenceDate", DATE, ValidationReport::referenceDate, ValidationReport.Builder::referenceDate)
      .build();

  static final ObjectCodec<RuleSetConfig, RuleSetConfig.Builder> RULES = ObjectCodec.of(RuleSetConfig.class,
          RuleSetConfig::builder, RuleSetConfig.Builder::build)
      .optional("name", STRING, RuleSetConfig::name, RuleSetConfig.Builder::name)
      .list("enabledRules", STRING, RuleSetConfig::enabledRules, RuleSetConfig.Builder::enabledRules)
      .list("disabledRules", STRING, RuleSetConfig::disabledRules, RuleSetConfig.Builder::disabledRules)
      .stringMap("severityOverrides", enumOf(Severity.class), RuleSetConfig::severityOverrides,
          RuleSetConfig.Builder::severityOverrides)
      .stringMap("thresholds", DECIMAL, RuleSetConfig::thresholds, RuleSetConfig.Builder::thresholds)
      .build();

  /** Every binding by model type (for {@link ZwkModule}). */
  static final java.util.List<ObjectCodec<?, ?>> ALL = java.util.List.of(PERIOD, SOURCE, GEO_POINT, CLUSTER, MEMBERSHIP,
      FUNDING, PROGRAMME, CLUSTER_ASSIGNMENT, PARTICIPANT, PROGRAMME_DIRECTORY, MUNICIPALITY, STAGE_RECORD, INDICATOR, REFERENCE_VALUE, INDICATOR_VALUE, EXISTING_MEASURE, SWOT_ENTRY, PROFILE,
      IDEA, PRIORITY, PARTICIPATION_EVENT, PLAN_REVISION, MEASURE_INDICATOR, GOAL, GUIDING_LINE, BUDGET, STEP,
      DEMOGRAPHY_CHECK, MEASURE, PLAN, CONTACT, DEPARTMENT, ACTOR, TOOL, ACTION_FIELD, MENTORSHIP, STRATEGY, TOOLBOX,
      CATALOGUE, FINDING, REPORT, RULES);
}
