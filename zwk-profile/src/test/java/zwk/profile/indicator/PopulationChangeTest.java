// SPDX-License-Identifier: Apache-2.0
package zwk.profile.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import zwk.model.statistics.Sex;
import zwk.model.statistics.ValueState;
import zwk.profile.population.BandSet;
import zwk.profile.population.PopulationTable;
import zwk.profile.reason.ReasonCode;

class PopulationChangeTest {
  private static final LocalDate Y0 = LocalDate.of(2015, 12, 31);
  private static final LocalDate Y5 = LocalDate.of(2020, 12, 31);

  @Test
  void changeInPercent() {
    PopulationTable t = PopulationTable.builder(List.of("01001", "01002"), List.of(Y0, Y5), BandSet.fromLowerBounds(0, 65))
        .setAll("01001", Y0, Sex.TOTAL, 800, 200).setAll("01001", Y5, Sex.TOTAL, 700, 250)
        .setAll("01002", Y0, Sex.TOTAL, 0, 0).setAll("01002", Y5, Sex.TOTAL, 5, 5).build();
    // 1000 -> 950: (950 - 1000) / 1000 * 100 = -5
    assertEquals(-5.0, new PopulationChange(5).compute(t, "01001", Y0, Y5, Sex.TOTAL).value(), 1e-12);
    assertEquals("population_change_5y", new PopulationChange(5).id());
    assertFalse(new PopulationChange(5).compute(t, "01002", Y0, Y5, Sex.TOTAL).isComputable()); // start 0
    assertFalse(new PopulationChange(5).compute(t, "01001", Y0, Y5, Sex.MALE).isComputable()); // never supplied
  }

  @Test
  void unknownEndIsNotComputable() {
    PopulationTable t = PopulationTable.builder(List.of("01001"), List.of(Y0, Y5), BandSet.fromLowerBounds(0, 65))
        .setAll("01001", Y0, Sex.TOTAL, 800, 200).set("01001", Y5, Sex.TOTAL, 0, 700)
        .setState("01001", Y5, Sex.TOTAL, 1, ValueState.NOT_YET_AVAILABLE).build();
    IndicatorResult r = new PopulationChange(5).compute(t, "01001", Y0, Y5, Sex.TOTAL);
    assertFalse(r.isComputable());
    assertEquals(ReasonCode.CELL_NOT_KNOWN, r.reasonCode());
    assertEquals("Endbestand: Altersgruppe 65+ ist „...“ (Angabe fällt später an)", r.reason());
    assertEquals("end population: age band 65+ is '...' (not yet available)", r.reason(Locale.ENGLISH));
  }
}
