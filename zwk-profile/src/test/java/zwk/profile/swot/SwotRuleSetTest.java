// SPDX-License-Identifier: Apache-2.0
package zwk.profile.swot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import zwk.model.catalogue.TargetGroup;
import zwk.model.profile.SwotCategory;
import zwk.model.profile.SwotEntry;
import zwk.model.region.RegionLevel;
import zwk.model.statistics.Sex;
import zwk.profile.compare.Comparison;
import zwk.profile.compare.ReferenceComparator;
import zwk.profile.indicator.AgeBounds;
import zwk.profile.indicator.Indicators;
import zwk.profile.population.BandSet;
import zwk.profile.population.PopulationTable;

/** The rule file (data, versioned) and the rules against Germany and the peers. */
class SwotRuleSetTest {
  private static final LocalDate D = LocalDate.of(2018, 12, 31);
  private static final String RULE = "format=zwk.swot-rules\nversion=1\nrules=r1\n"
      + "rule.r1.indicator=old_age_ratio\nrule.r1.basis=PERCENTILE_AMONG_PEERS\nrule.r1.direction=above\n"
      + "rule.r1.threshold=80\nrule.r1.category=THREAT\nrule.r1.actionFields=seniors\nrule.r1.targetGroups=SENIORS\n"
      + "rule.r1.text.de=Alt unter den Vergleichsregionen\nrule.r1.text.en=Old among the peers\n";

  @Test
  void defaultSetIsVersionedAndComplete() {
    SwotRuleSet s = SwotRuleSet.defaults();
    assertEquals(1, s.version());
    assertEquals(15, s.rules().size());
    assertEquals(List.of(TargetGroup.SENIORS, TargetGroup.VERY_OLD, TargetGroup.CAREGIVERS),
        s.byId("old-age-ratio-above-germany").get().targetGroups());
    assertEquals(3.0, SwotRules.OLD_AGE_RATIO_ABOVE_GERMANY.threshold());
    assertEquals(Basis.PERCENTILE_AMONG_PEERS, SwotRules.OLD_AGE_RATIO_HIGH_AMONG_PEERS.basis());
  }

  @Test
  void badRuleFilesAreLocatedErrors() {
    SwotRuleSet ok = SwotRuleSet.load(new StringReader(RULE), "mine.properties");
    assertEquals("r1", ok.rules().get(0).id());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SwotRuleSet.load(new StringReader(RULE.replace("version=1", "version=2")), "mine.properties"));
    assertEquals("mine.properties: key 'version': expected 1, got '2'", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> SwotRuleSet.load(new StringReader(RULE.replace("=PERCENTILE_AMONG_PEERS", "=LAND")), "mine.properties"));
    assertTrue(e.getMessage().startsWith("mine.properties: key 'rule.r1.basis': expected one of [VALUE,"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> SwotRuleSet.load(new StringReader(RULE + "rule.r1.treshold=3\n"), "mine.properties"));
    assertTrue(e.getMessage().startsWith("mine.properties: key 'rule.r1.treshold': expected"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> SwotRuleSet.load(new StringReader(RULE.replace("threshold=80", "threshold=180")), "mine.properties"));
    assertTrue(e.getMessage().contains("expected a percentile 0 to 100"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> SwotRuleSet.load(new StringReader(RULE.replace("=seniors", "=senioren")), "mine.properties"));
    assertTrue(e.getMessage().contains("rule.r1.actionFields"), e.getMessage());
  }

  @Test
  void percentileAndPeerMedianRulesByHand() {
    // five Kreise of one Land with Altenquotient 10, 20, 30, 40, 50 (each 100 aged 20-64)
    PopulationTable t = PopulationTable.builder(List.of("01001", "01002", "01003", "01004", "01005"), List.of(D),
        BandSet.fromLowerBounds(0, 20, 65)).setAll("01001", D, Sex.TOTAL, 10, 100, 10).setAll("01002", D, Sex.TOTAL, 10, 100, 20)
        .setAll("01003", D, Sex.TOTAL, 10, 100, 30).setAll("01004", D, Sex.TOTAL, 10, 100, 40)
        .setAll("01005", D, Sex.TOTAL, 10, 100, 50).build();
    Comparison c = ReferenceComparator.deriving(t, RegionLevel.DISTRICT)
        .compare(Indicators.oldAgeRatio(AgeBounds.DESTATIS), "01005", D, Sex.TOTAL);
    // 01005: 4 below, 1 equal of 5 → (4 + 0.5) / 5 × 100 = 90 ≥ 80
    SwotRuleSet s = SwotRuleSet.load(new StringReader(RULE), "mine.properties");
    List<SwotEntry> e = s.deriver().derive(List.of(c));
    assertEquals(1, e.size());
    assertEquals(SwotCategory.THREAT, e.get(0).category());
    assertEquals("Alt unter den Vergleichsregionen: old_age_ratio = 50,0, Perzentil 90,0 unter 5 Vergleichsregionen (Median 30,0)"
        + " (Regel r1, Schwelle ≥ 80,0)", e.get(0).text());
    assertEquals("Old among the peers: old_age_ratio = 50.0, percentile 90.0 among 5 peers (median 30.0) (rule r1, threshold ≥ 80.0)",
        e.get(0).textEnglish().get());
    // 01004: (3 + 0.5) / 5 = 70 < 80: nothing
    assertTrue(s.deriver().derive(List.of(ReferenceComparator.deriving(t, RegionLevel.DISTRICT)
        .compare(Indicators.oldAgeRatio(AgeBounds.DESTATIS), "01004", D, Sex.TOTAL))).isEmpty());
    // own − peer median: 50 − 30 = 20 ≥ 15
    ThresholdRule peers = new ThresholdRule("p", "old_age_ratio", Basis.DIFFERENCE_TO_PEERS, true, 15, SwotCategory.THREAT,
        List.of(zwk.model.catalogue.ActionFields.SENIORS), "Über dem Median", "Above the median");
    assertEquals("Über dem Median: old_age_ratio = 50,0, Median der 5 Vergleichsregionen = 30,0, Differenz 20,0 (Regel p, Schwelle ≥ 15,0)",
        new SwotDeriver(List.of(peers)).derive(List.of(c)).get(0).text());
    // Germany: the five Kreise sum to 150 / 500 × 100 = 30; 50 − 30 = 20 ≥ 3
    List<SwotEntry> de = new SwotDeriver(List.of(SwotRules.OLD_AGE_RATIO_ABOVE_GERMANY)).derive(List.of(c));
    assertEquals(2, de.size()); // health-care and seniors
    assertEquals("Altenquotient über dem Bundeswert: old_age_ratio = 50,0, Deutschland = 30,0, Differenz 20,0"
        + " (Regel old-age-ratio-above-germany, Schwelle ≥ 3,0)", de.get(0).text());
  }
}
