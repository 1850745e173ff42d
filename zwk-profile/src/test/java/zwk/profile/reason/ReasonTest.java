// SPDX-License-Identifier: Apache-2.0
package zwk.profile.reason;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import zwk.model.statistics.AgeBand;
import zwk.model.statistics.Sex;
import zwk.model.statistics.ValueState;
import zwk.profile.population.BandSet;

/** Every reason code in German and English; the expected texts are written out by hand. */
class ReasonTest {
  private static final List<AgeBand> THREE = BandSet.fromLowerBounds(0, 20, 65).bands();
  /** The 17 bands of 12411-02-03-5-B: listed shortened. */
  private static final List<AgeBand> OFFICIAL = BandSet.fromLowerBounds(0, 3, 6, 10, 15, 18, 20, 25, 30, 35, 40, 45, 50, 55,
      60, 65, 75).bands();

  static Stream<Arguments> everyCode() {
    return Stream.of(
        Arguments.of(Reason.noBandStartsAt(80, OFFICIAL), ReasonCode.NO_BAND_STARTS_AT,
            "keine Altersgruppe beginnt beim Alter 80 in [0-2, 3-5, … 75+] (17 Altersgruppen)",
            "no age band starts at age 80 in [0-2, 3-5, … 75+] (17 bands)"),
        Arguments.of(Reason.noBandEndsAt(14, THREE), ReasonCode.NO_BAND_ENDS_AT,
            "keine Altersgruppe endet beim Alter 14 in [0-19, 20-64, 65+]",
            "no age band ends at age 14 in [0-19, 20-64, 65+]"),
        Arguments.of(Reason.closedTopBand(90, List.of(AgeBand.of(0, 64), AgeBand.of(65, 89))), ReasonCode.CLOSED_TOP_BAND,
            "Alter 90 und älter verlangt, aber die oberste Altersgruppe von [0-64, 65-89] ist geschlossen",
            "ages 90 and over requested, but the top band of [0-64, 65-89] is closed"),
        Arguments.of(Reason.emptyAgeRange(20, 10), ReasonCode.EMPTY_AGE_RANGE,
            "leerer Altersbereich 20 bis 10", "empty age range 20 to 10"),
        Arguments.of(Reason.cellNotKnown(AgeBand.of(20, 24), ValueState.UNKNOWN), ReasonCode.CELL_NOT_KNOWN,
            "Altersgruppe 20-24 ist „.“ (Zahlenwert unbekannt oder geheim zu halten)",
            "age band 20-24 is '.' (unknown or kept secret)"),
        Arguments.of(Reason.cellNotKnown(AgeBand.openFrom(75), ValueState.NOT_APPLICABLE), ReasonCode.CELL_NOT_KNOWN,
            "Altersgruppe 75+ ist „x“ (Tabellenfach gesperrt)",
            "age band 75+ is 'x' (no value, logically impossible)"),
        Arguments.of(Reason.cellNotKnown(AgeBand.of(5, 5), ValueState.UNCERTAIN), ReasonCode.CELL_NOT_KNOWN,
            "Altersgruppe 5 ist „/“ (Zahlenwert nicht sicher genug)",
            "age band 5 is '/' (too uncertain to publish)"),
        Arguments.of(Reason.cellMissing(AgeBand.of(65, 79)), ReasonCode.CELL_MISSING,
            "Altersgruppe 65-79 fehlt (kein Wert geliefert)", "age band 65-79 is missing (no value supplied)"),
        Arguments.of(Reason.zeroDenominator(), ReasonCode.ZERO_DENOMINATOR,
            "Nenner ist 0 (Division durch null)", "denominator is 0 (division by zero)"),
        Arguments.of(Reason.zeroPopulation(), ReasonCode.ZERO_POPULATION, "Bevölkerung ist 0", "population is 0"),
        Arguments.of(Reason.noDistribution(Sex.FEMALE), ReasonCode.NO_DISTRIBUTION,
            "keine Altersverteilung für das Geschlecht weiblich", "no age distribution for sex female"),
        Arguments.of(Reason.needsBothSexes(), ReasonCode.NEEDS_BOTH_SEXES,
            "die Sexualproportion braucht die Altersverteilungen der Männer und der Frauen",
            "the sex ratio needs the male and the female age distributions"),
        Arguments.of(Reason.noDataAtDate(LocalDate.of(2013, 12, 31)), ReasonCode.NO_DATA_AT_DATE,
            "die Tabelle enthält keine Bevölkerung zum 31.12.2013", "the table holds no population at 2013-12-31"),
        Arguments.of(Reason.noFertilityRate(30, 15, 49), ReasonCode.NO_FERTILITY_RATE,
            "keine Geburtenziffer für das Alter 30 (benötigt: Alter 15 bis 49)",
            "no fertility rate for age 30 (ages 15 to 49 needed)"),
        Arguments.of(Reason.invalidFertilityRate(31, -1.5), ReasonCode.INVALID_FERTILITY_RATE,
            "Geburtenziffer für das Alter 31 ist -1,5, erwartet eine Zahl ≥ 0",
            "fertility rate for age 31 is -1.5, expected a number ≥ 0"),
        Arguments.of(Reason.fertilityRateOutsideSpan(50, 15, 49), ReasonCode.FERTILITY_RATE_OUTSIDE_SPAN,
            "Geburtenziffer für das Alter 50 liegt außerhalb von 15 bis 49; Altersspanne erweitern oder Ziffern filtern",
            "fertility rate for age 50 lies outside 15 to 49; widen the age span or filter the rates"),
        Arguments.of(Reason.noDeathProbabilities(), ReasonCode.NO_DEATH_PROBABILITIES,
            "keine Sterbewahrscheinlichkeiten (q_x) angegeben", "no death probabilities (q_x) given"),
        Arguments.of(Reason.invalidDeathProbability(2, 1.25), ReasonCode.INVALID_DEATH_PROBABILITY,
            "Sterbewahrscheinlichkeit q_x für das Alter 2 ist 1,25, erwartet eine Wahrscheinlichkeit von 0 bis 1",
            "death probability q_x for age 2 is 1.25, expected a probability from 0 to 1"),
        Arguments.of(Reason.zeroLastDeathProbability(100), ReasonCode.ZERO_LAST_DEATH_PROBABILITY,
            "Sterbewahrscheinlichkeit des offenen letzten Alters 100 ist 0, erwartet größer 0",
            "death probability of the open last age 100 is 0, expected more than 0"),
        Arguments.of(Reason.custom("keine Daten / no data"), ReasonCode.CUSTOM, "keine Daten / no data", "keine Daten / no data"));
  }

  @ParameterizedTest
  @MethodSource("everyCode")
  void rendersEveryCodeInBothLanguages(Reason r, ReasonCode code, String german, String english) {
    assertEquals(code, r.code());
    assertEquals(german, r.render(Locale.GERMAN));
    assertEquals(german, r.render(Locale.GERMANY));
    assertEquals(german, r.render(null), "German is the default");
    assertEquals(german, r.render(Locale.FRENCH), "languages without a bundle get German, never the JVM default");
    assertEquals(english, r.render(Locale.ENGLISH));
    assertEquals(english, r.render(Locale.UK));
    assertEquals(english, r.toString());
  }

  @Test
  void everyCodeIsCovered() {
    Set<ReasonCode> seen = EnumSet.noneOf(ReasonCode.class);
    everyCode().forEach(a -> seen.add((ReasonCode) a.get()[1]));
    assertEquals(EnumSet.allOf(ReasonCode.class), seen);
  }

  @Test
  void bothBundlesHoldTheSameKeysForEveryCodePartAndState() {
    Set<String> de = ReasonTexts.bundle(Locale.GERMAN).keySet();
    Set<String> en = ReasonTexts.bundle(Locale.ENGLISH).keySet();
    assertEquals(de, en);
    for (ReasonCode c : ReasonCode.values()) {
      assertTrue(de.contains(c.name()), c.name());
    }
    for (ReasonPart p : ReasonPart.values()) {
      assertTrue(de.contains("part." + p.name()), p.name());
    }
    for (ValueState s : ValueState.values()) {
      assertTrue(de.contains("state." + s.name()), s.name());
    }
  }

  @Test
  void contextIsShownOutermostFirstAndKeepsTheCode() {
    Reason r = Reason.noBandStartsAt(18, THREE).in(ReasonPart.DENOMINATOR).inYear(LocalDate.of(2020, 12, 31));
    assertEquals(ReasonCode.NO_BAND_STARTS_AT, r.code());
    assertEquals(List.of(ReasonContext.year(LocalDate.of(2020, 12, 31)), ReasonContext.of(ReasonPart.DENOMINATOR)), r.context());
    assertEquals("31.12.2020: Nenner: keine Altersgruppe beginnt beim Alter 18 in [0-19, 20-64, 65+]", r.render(Locale.GERMAN));
    assertEquals("2020-12-31: denominator: no age band starts at age 18 in [0-19, 20-64, 65+]", r.render(Locale.ENGLISH));
    assertEquals(18, r.parameters().get("age"));
    assertThrows(IllegalArgumentException.class, () -> ReasonContext.of(ReasonPart.YEAR));
  }

  @Test
  void everyPartHasALabelInBothLanguages() {
    String[][] expected = {
        {"NUMERATOR", "Zähler", "numerator"}, {"DENOMINATOR", "Nenner", "denominator"},
        {"START_POPULATION", "Anfangsbestand", "start population"}, {"END_POPULATION", "Endbestand", "end population"},
        {"IN_MIGRATION", "Zuzüge", "in-migration"}, {"OUT_MIGRATION", "Fortzüge", "out-migration"},
        {"BIRTHS", "Lebendgeborene", "live births"}, {"DEATHS", "Gestorbene", "deaths"}};
    for (String[] e : expected) {
      Reason r = Reason.zeroPopulation().in(ReasonPart.valueOf(e[0]));
      assertEquals(e[1] + ": Bevölkerung ist 0", r.render(Locale.GERMAN));
      assertEquals(e[2] + ": population is 0", r.render(Locale.ENGLISH));
    }
  }

  @Test
  void userTextIsNeverReadAsATemplate() {
    // a caller's text that looks like placeholders or Expression Language stays verbatim
    String text = "${1+1} #{x} {age} {text} {0}";
    assertEquals(text, Reason.custom(text).render(Locale.GERMAN));
    assertEquals("Zähler: " + text, Reason.custom(text).in(ReasonPart.NUMERATOR).render(Locale.GERMAN));
    assertEquals("x {a} y", ReasonTexts.format("x {a} y", java.util.Map.of("b", "1")), "unknown placeholders stay");
    assertEquals("{b}", ReasonTexts.format("{a}", java.util.Map.of("a", "{b}", "b", "no")), "inserted text is not expanded");
  }

  @Test
  void anyCustomTextComesOutVerbatimInBothLanguages() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 40)).checkAssert(t -> {
      assertEquals(t, Reason.custom(t).render(Locale.GERMAN));
      assertEquals(t, Reason.custom(t).render(Locale.ENGLISH));
      assertEquals("Nenner: " + t, Reason.custom(t).in(ReasonPart.DENOMINATOR).render(Locale.GERMAN));
    });
  }

  @Test
  void equalityIsByCodeParametersAndContext() {
    assertEquals(Reason.noBandEndsAt(14, THREE), Reason.noBandEndsAt(14, THREE));
    assertEquals(Reason.noBandEndsAt(14, THREE).hashCode(), Reason.noBandEndsAt(14, THREE).hashCode());
    assertTrue(!Reason.noBandEndsAt(14, THREE).equals(Reason.noBandEndsAt(14, THREE).in(ReasonPart.NUMERATOR)));
    assertTrue(!Reason.noBandEndsAt(14, THREE).equals(Reason.noBandEndsAt(15, THREE)));
  }
}
