// SPDX-License-Identifier: Apache-2.0
package zwk.profile.swot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import zwk.model.catalogue.ActionFields;
import zwk.model.profile.SwotCategory;
import zwk.model.profile.SwotEntry;
import zwk.model.region.RegionLevel;
import zwk.model.statistics.Sex;
import zwk.profile.compare.Comparison;
import zwk.profile.compare.ReferenceComparator;
import zwk.profile.indicator.AgeBounds;
import zwk.profile.indicator.IndicatorResult;
import zwk.profile.indicator.Indicators;
import zwk.profile.population.BandSet;
import zwk.profile.population.PopulationTable;

class SwotDeriverTest {
  private static final LocalDate D = LocalDate.of(2018, 12, 31);

  private static List<Comparison> comparisons(String region) {
    // 01001: 20/50/30, 01002: 10/50/10 -> Land 01: 30/100/40
    PopulationTable t = PopulationTable.builder(List.of("01001", "01002"), List.of(D), BandSet.fromLowerBounds(0, 20, 65))
        .setAll("01001", D, Sex.TOTAL, 20, 50, 30).setAll("01002", D, Sex.TOTAL, 10, 50, 10).build();
    ReferenceComparator c = ReferenceComparator.deriving(t, RegionLevel.DISTRICT);
    return List.of(c.compare(Indicators.oldAgeRatio(AgeBounds.DESTATIS), region, D, Sex.TOTAL),
        c.compare(Indicators.youthRatio(AgeBounds.DESTATIS), region, D, Sex.TOTAL));
  }

  @Test
  void oldRegionGetsAThreatInHealthAndAStrengthInFamilies() {
    // 01001: Altenquotient 60 vs Land 40 (+20 >= 5) and vs Germany 40 (+20 >= 3: health-care and seniors);
    // percentile among the 2 peers (1 below + 1 equal / 2) / 2 = 75 < 80: no peer entry;
    // Jugendquotient 40 vs Land 30 (+10 >= 2: children-youth-family and education)
    List<SwotEntry> s = SwotDeriver.defaults().derive(comparisons("01001"));
    assertEquals(5, s.size(), s.toString());
    SwotEntry threat = s.get(0);
    assertEquals("swot-1", threat.id());
    assertEquals(SwotCategory.THREAT, threat.category());
    assertEquals(ActionFields.HEALTH_CARE.id(), threat.actionFieldId().get());
    assertEquals(List.of("old_age_ratio"), threat.citedIndicatorIds());
    assertEquals("old-age-ratio-above-state", threat.derivedByRule().get());
    assertTrue(threat.text().contains("60,0") && threat.text().contains("40,0") && threat.text().contains("20,0"), threat.text());
    assertTrue(threat.textEnglish().get().contains("60.0"), threat.textEnglish().get());
    assertEquals("old-age-ratio-above-germany", s.get(1).derivedByRule().get());
    assertEquals(List.of(ActionFields.HEALTH_CARE.id(), ActionFields.SENIORS.id()),
        List.of(s.get(1).actionFieldId().get(), s.get(2).actionFieldId().get()));
    assertTrue(s.get(1).text().contains("Deutschland = 40,0, Differenz 20,0"), s.get(1).text());
    assertEquals(SwotCategory.STRENGTH, s.get(3).category());
    assertEquals(ActionFields.CHILDREN_YOUTH_FAMILY.id(), s.get(3).actionFieldId().get());
    assertEquals(ActionFields.EDUCATION.id(), s.get(4).actionFieldId().get());
  }

  @Test
  void youngLowOldRegionGetsAWeakness() {
    // 01002: Jugendquotient 20 vs Land 30 and Germany 30 (-10 <= -2): two weaknesses;
    // Altenquotient 20 vs Germany 40 (-20 <= -3): a strength in work and economy
    List<SwotEntry> s = SwotDeriver.defaults().derive(comparisons("01002"));
    assertEquals(3, s.size(), s.toString());
    assertEquals(SwotCategory.WEAKNESS, s.get(0).category());
    assertEquals("youth-ratio-below-state", s.get(0).derivedByRule().get());
    assertEquals("youth-ratio-below-germany", s.get(1).derivedByRule().get());
    assertEquals(SwotCategory.STRENGTH, s.get(2).category());
    assertEquals("old-age-ratio-below-germany", s.get(2).derivedByRule().get());
  }

  @Test
  void thresholdsAreConfigurableAndAbsoluteRulesWork() {
    List<SwotEntry> none = new SwotDeriver(List.of(SwotRules.OLD_AGE_RATIO_ABOVE_STATE.withThreshold(25))).derive(comparisons("01001"));
    assertTrue(none.isEmpty());
    Comparison edu = Comparison.ownOnly("education_migration", "01001", D, IndicatorResult.of(-31.5));
    List<SwotEntry> s = SwotDeriver.defaults().derive(List.of(edu));
    assertEquals(2, s.size()); // education and work
    assertEquals(SwotCategory.WEAKNESS, s.get(0).category());
    assertEquals(ActionFields.WORK_ECONOMY.id(), s.get(1).actionFieldId().get());
    assertTrue(s.get(0).text().contains("-31,5"), s.get(0).text());
    Comparison notComputable = Comparison.ownOnly("education_migration", "01001", D, IndicatorResult.notComputable("no data"));
    assertTrue(SwotDeriver.defaults().derive(List.of(notComputable)).isEmpty());
  }
}
