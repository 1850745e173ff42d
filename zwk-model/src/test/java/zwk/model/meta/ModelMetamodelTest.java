// SPDX-License-Identifier: Apache-2.0
package zwk.model.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import zwk.model.catalogue.ActorType;
import zwk.model.catalogue.TargetGroup;
import zwk.model.common.Period;
import zwk.model.participation.ParticipationEvent;
import zwk.model.plan.Budget;
import zwk.model.plan.Measure;
import zwk.model.plan.WorkshopPlan;
import zwk.model.region.GeoPoint;
import zwk.model.region.Municipality;

/**
 * The generated metamodel against the {@code *Def} sources as written (the expected lists are
 * copied by hand from {@code MeasureDef}, {@code PeriodDef} …): declaration order, kinds, element
 * types, and that derived, lazy and check methods are not attributes; and that the accessors and
 * setters work on real values.
 */
class ModelMetamodelTest {

  private static MetaType<?, ?> meta(Class<?> type) {
    return ModelMetamodel.types().stream().filter(t -> t.type() == type).findFirst().orElseThrow();
  }

  private static List<String> describe(Class<?> type) {
    List<String> out = new ArrayList<>();
    meta(type).properties().forEach(p -> out.add(p.toString()));
    return out;
  }

  @Test
  void measureInDeclarationOrderWithKindsAndTypes() {
    assertEquals(List.of("id: REQUIRED<String>", "externalId: OPTIONAL<String>", "parentId: OPTIONAL<String>",
        "title: REQUIRED<String>", "description: OPTIONAL<String>", "goalIds: LIST<String>",
        "actionFieldIds: LIST<String>", "targetGroups: LIST<TargetGroup>", "leadDepartmentId: OPTIONAL<String>",
        "partnerDepartmentIds: LIST<String>", "partnerActorIds: LIST<String>", "period: DEFAULTED<Period>",
        "budget: OPTIONAL<Budget>", "status: DEFAULTED<MeasureStatus>", "progressPercent: OPTIONAL<Double>",
        "weight: OPTIONAL<Double>", "steps: LIST<ImplementationStep>", "indicators: LIST<MeasureIndicator>",
        "toolIds: LIST<String>", "ideaIds: LIST<String>", "linkedMeasureIds: LIST<String>",
        "demographyCheck: OPTIONAL<DemographyCheck>", "councilPaper: OPTIONAL<CouncilPaper>",
        "externalRecord: OPTIONAL<ExternalRecord>"), describe(Measure.class));
  }

  @Test
  void derivedLazyAndCheckMethodsAreNoAttributes() {
    // PeriodDef.isComplete() is @Value.Derived; MunicipalityDef.key()/state()/level() too.
    assertEquals(List.of("start: OPTIONAL<LocalDate>", "end: OPTIONAL<LocalDate>"), describe(Period.class));
    List<String> municipality = new ArrayList<>();
    meta(Municipality.class).properties().forEach(p -> municipality.add(p.name()));
    assertEquals(List.of("ags", "ars", "name", "type", "population", "populationMale", "populationFemale",
        "populationDate", "areaKm2", "postcode", "location", "cluster", "programmeMemberships"), municipality);
    // WorkshopPlanDef.measuresById()/childrenById() are @Value.Lazy, progressOf(..) a helper.
    assertTrue(meta(WorkshopPlan.class).property("measuresById").isEmpty());
    assertTrue(meta(WorkshopPlan.class).property("childrenById").isEmpty());
    assertEquals("version: DEFAULTED<Integer>", meta(WorkshopPlan.class).property("version").orElseThrow().toString());
  }

  @Test
  void primitivesAreBoxedAndMapsHaveKeyTypes() {
    assertEquals(List.of("latitude: REQUIRED<Double>", "longitude: REQUIRED<Double>"), describe(GeoPoint.class));
    assertEquals(List.of("amountEur: OPTIONAL<BigDecimal>", "noCost: DEFAULTED<Boolean>",
        "fundingKind: OPTIONAL<FundingKind>", "fundingSource: OPTIONAL<String>"), describe(Budget.class));
    MetaProperty<?, ?> byGroup = meta(ParticipationEvent.class).property("participantsByTargetGroup").orElseThrow();
    assertEquals(MetaProperty.Kind.MAP, byGroup.kind());
    assertEquals(Optional.of(TargetGroup.class), byGroup.keyType());
    assertEquals(Integer.class, byGroup.valueType());
    assertEquals(Optional.of(ActorType.class),
        meta(ParticipationEvent.class).property("participantsByActorType").orElseThrow().keyType());
  }

  @Test
  @SuppressWarnings("unchecked")
  void accessorsAndSettersWorkOnValues() {
    MetaType<Budget, Budget.Builder> t = (MetaType<Budget, Budget.Builder>) meta(Budget.class);
    Budget.Builder b = t.newBuilder().get();
    t.property("amountEur").orElseThrow().<BigDecimal>setter().accept(b, new BigDecimal("40000.00"));
    t.property("noCost").orElseThrow().<Boolean>setter().accept(b, false);
    Budget built = t.build().apply(b);
    assertEquals(Budget.builder().amountEur(new BigDecimal("40000.00")).noCost(false).build(), built);
    assertEquals(Optional.of(new BigDecimal("40000.00")),
        t.property("amountEur").orElseThrow().<Optional<BigDecimal>>getter().apply(built));
    MetaType<Period, Period.Builder> p = (MetaType<Period, Period.Builder>) meta(Period.class);
    Period.Builder pb = p.newBuilder().get();
    p.property("start").orElseThrow().<LocalDate>setter().accept(pb, LocalDate.of(2021, 1, 1));
    assertEquals(Period.builder().start(LocalDate.of(2021, 1, 1)).build(), p.build().apply(pb));
    MetaType<ParticipationEvent, ?> e = (MetaType<ParticipationEvent, ?>) meta(ParticipationEvent.class);
    ParticipationEvent event = ParticipationEvent.builder().id("e").title("t")
        .format(zwk.model.participation.ParticipationFormat.values()[0])
        .putParticipantsByTargetGroup(TargetGroup.values()[0], 12).build();
    assertEquals(Map.of(TargetGroup.values()[0], 12),
        e.property("participantsByTargetGroup").orElseThrow().<Map<?, ?>>getter().apply(event));
  }
}
