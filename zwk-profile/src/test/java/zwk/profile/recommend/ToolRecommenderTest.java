// SPDX-License-Identifier: Apache-2.0
package zwk.profile.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import zwk.model.catalogue.TargetGroup;
import zwk.model.profile.SwotCategory;
import zwk.model.profile.SwotEntry;
import zwk.model.region.Ags;
import zwk.model.region.MunicipalityType;
import zwk.model.toolbox.SizeClass;
import zwk.model.toolbox.Tool;
import zwk.model.toolbox.ToolKind;
import zwk.model.toolbox.Toolbox;
import zwk.profile.similarity.Feature;
import zwk.profile.similarity.FeatureMatrix;
import zwk.profile.similarity.SimilarityModel;
import zwk.profile.similarity.Standardisation;
import zwk.profile.swot.SwotRuleSet;

/** Hand-made toolboxes; every expected score is summed by hand from the documented points. */
class ToolRecommenderTest {
  private static final SwotEntry HOUSING_WEAKNESS = SwotEntry.builder().id("swot-1").category(SwotCategory.WEAKNESS)
      .text("Zu wenig Wohnraum").actionFieldId("housing").build();
  private static final SwotEntry CARE_THREAT = SwotEntry.builder().id("swot-2").category(SwotCategory.THREAT)
      .text("Altenquotient über dem Bundeswert").actionFieldId("health-care").derivedByRule("old-age-ratio-above-germany").build();
  private static final SwotEntry STRENGTH = SwotEntry.builder().id("swot-3").category(SwotCategory.STRENGTH)
      .text("Viele Familien").actionFieldId("children-youth-family").build();

  private static Tool tool(String id, List<String> fields, List<TargetGroup> groups) {
    return Tool.builder().id(id).title("Titel " + id).kind(ToolKind.BEST_PRACTICE).actionFieldIds(fields).targetGroups(groups).build();
  }

  @Test
  void housingWeaknessBringsHousingToolsFirst() {
    Toolbox box = Toolbox.builder().addTools(
        tool("a-family", List.of("children-youth-family"), List.of(TargetGroup.FAMILIES)),
        tool("b-care", List.of("health-care"), List.of()),
        tool("c-housing", List.of("housing"), List.of()),
        tool("d-housing-seniors", List.of("housing", "seniors"), List.of(TargetGroup.SENIORS))).build();
    Needs needs = Needs.fromSwot("15083", List.of(HOUSING_WEAKNESS, STRENGTH), SwotRuleSet.defaults(), Optional.empty(),
        Optional.empty());
    List<ToolRecommendation> r = new ToolRecommender(box, OriginSimilarity.NONE).recommend(needs);
    // only housing matches (the strength is no need, and no rule gave target groups): both housing tools score 3,
    // in id order; the family and care tools are not recommended
    assertEquals(List.of("c-housing", "d-housing-seniors"), r.stream().map(x -> x.tool().id()).collect(Collectors.toList()));
    assertEquals(3.0, r.get(0).score());
    assertEquals("Handlungsfeld Wohnen: Schwäche swot-1 (Regel swot-1)", r.get(0).reasons(Locale.GERMAN));
    assertEquals("action field Housing: weakness swot-1 (rule swot-1)", r.get(0).reasons(Locale.ENGLISH));
  }

  @Test
  void scoreIsTheSumOfNamedParts() {
    Tool care = Tool.builder().id("care").title("Pflegestammtisch").kind(ToolKind.CONCEPT)
        .actionFieldIds(List.of("health-care", "seniors")).targetGroups(List.of(TargetGroup.SENIORS, TargetGroup.CAREGIVERS,
            TargetGroup.VERY_OLD)).suitableSizes(List.of(SizeClass.RURAL)).suitableTypes(List.of(MunicipalityType.RURAL_DISTRICT))
        .originAgs(Ags.of("15083040")).originName("Barleben").build();
    // the rule old-age-ratio-above-germany concerns SENIORS, VERY_OLD, CAREGIVERS
    Needs needs = Needs.fromSwot("15083", List.of(CARE_THREAT), SwotRuleSet.defaults(), Optional.of(SizeClass.DISTRICT),
        Optional.of(MunicipalityType.DISTRICT));
    assertEquals(Set.of(TargetGroup.SENIORS, TargetGroup.VERY_OLD, TargetGroup.CAREGIVERS), needs.targetGroups());
    // origin Barleben 15083040 is compared as its Kreis 15083, which is the region itself: distance 0
    Feature f = Feature.of("x", "x", "x", Map.of("15083", 1.0, "15001", 3.0));
    SimilarityModel m = SimilarityModel.of(FeatureMatrix.of(List.of("15083", "15001"), List.of(f)), Standardisation.Z_SCORE);
    List<ToolRecommendation> r = new ToolRecommender(Toolbox.builder().addTools(care).build(), OriginSimilarity.of(m))
        .recommend(needs);
    ToolRecommendation c = r.get(0);
    // action field health-care 3 (seniors is no need) + 2 target groups (the cap) 2 + size: DISTRICT not in [RURAL] −1
    // + type: Kreis counts as Landkreis +1 + origin 2 × 1 / (1 + 0) = 2  → 7
    assertEquals(List.of("action-field", "target-group", "target-group", "size", "type", "origin-similarity"),
        c.parts().stream().map(ScorePart::name).collect(Collectors.toList()));
    assertEquals(3 + 2 - 1 + 1 + 2, c.score(), 1e-12);
    assertEquals(c.parts().stream().mapToDouble(ScorePart::points).sum(), c.score(), 1e-12);
    assertTrue(c.reasons(Locale.GERMAN).contains("Herkunft Barleben ähnelt der Region (verglichen als 15083, Abstand 0,00)"),
        c.reasons(Locale.GERMAN));
    assertTrue(c.reasons(Locale.ENGLISH).contains("not described for the size district"), c.reasons(Locale.ENGLISH));
  }
}
