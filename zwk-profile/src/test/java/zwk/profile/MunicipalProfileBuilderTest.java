// SPDX-License-Identifier: Apache-2.0
package zwk.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import zwk.model.profile.ExistingMeasure;
import zwk.model.profile.IndicatorValue;
import zwk.model.profile.MunicipalProfile;
import zwk.model.profile.SwotCategory;
import zwk.model.region.RegionLevel;
import zwk.model.statistics.Sex;
import zwk.profile.compare.ReferenceComparator;
import zwk.profile.population.BandSet;
import zwk.profile.population.PopulationTable;

class MunicipalProfileBuilderTest {
  private static final LocalDate Y0 = LocalDate.of(2013, 12, 31);
  private static final LocalDate Y5 = LocalDate.of(2018, 12, 31);

  @Test
  void profileWithIndicatorsReferencesChangeAndSwot() {
    BandSet b = BandSet.fromLowerBounds(0, 18, 20, 65, 80);
    PopulationTable t = PopulationTable.builder(List.of("01001", "01002"), List.of(Y0, Y5), b)
        .setAll("01001", Y0, Sex.TOTAL, 18, 2, 50, 22, 8).setAll("01001", Y5, Sex.TOTAL, 18, 2, 50, 20, 10)
        .setAll("01002", Y0, Sex.TOTAL, 9, 1, 50, 8, 2).setAll("01002", Y5, Sex.TOTAL, 9, 1, 50, 8, 2).build();
    MunicipalProfile p = new MunicipalProfileBuilder(ReferenceComparator.deriving(t, RegionLevel.DISTRICT), "01001", Y5)
        .regionName("Flensburg").asOf(LocalDate.of(2026, 11, 21))
        .inventory(List.of(ExistingMeasure.builder().id("m1").title("Seniorenbeirat").build())).build();
    // old-age ratio 01001: (20+10)/50*100 = 60; Land: (20+10+8+2)/100*100 = 40
    IndicatorValue old = p.indicatorValue("old_age_ratio").get();
    assertEquals(60.0, old.value().get(), 1e-12);
    assertEquals(40.0, old.references().stream().filter(r -> r.regionKey().equals("01")).findFirst().get().value(), 1e-12);
    // change: 100 -> 100 over 5 years = 0 %
    assertEquals(0.0, p.indicatorValue("population_change_5y").get().value().get(), 1e-12);
    // functional group 16-18 does not align with 0-17 | 18-19: not computable, with the reason
    IndicatorValue g = p.indicatorValue("age_group_16_18_share").get();
    assertFalse(g.value().isPresent());
    assertEquals("Zähler: keine Altersgruppe beginnt beim Alter 16 in [0-17, 18-19, 20-64, 65-79, 80+]",
        g.notComputableReason().get(), "German by default");
    assertEquals(p.indicators().size(), p.indicatorValues().size());
    assertEquals(1, p.inventory().size());
    assertTrue(p.swot(SwotCategory.THREAT).stream().anyMatch(e -> e.derivedByRule().get().equals("old-age-ratio-above-state")));
    assertEquals("Flensburg", p.regionName().get());
  }

  @Test
  void missingStartDateGivesANotComputableChange() {
    PopulationTable t = PopulationTable.builder(List.of("01001"), List.of(Y5), BandSet.fromLowerBounds(0, 20, 65))
        .setAll("01001", Y5, Sex.TOTAL, 1, 2, 3).build();
    MunicipalProfile p = new MunicipalProfileBuilder(new ReferenceComparator(t), "01001", Y5).build();
    assertEquals("die Tabelle enthält keine Bevölkerung zum 31.12.2013",
        p.indicatorValue("population_change_5y").get().notComputableReason().get());
    MunicipalProfile en = new MunicipalProfileBuilder(new ReferenceComparator(t), "01001", Y5).locale(Locale.ENGLISH).build();
    assertEquals("the table holds no population at 2013-12-31",
        en.indicatorValue("population_change_5y").get().notComputableReason().get());
  }
}
