// SPDX-License-Identifier: Apache-2.0
package zwk.profile.indicator;

import java.util.ArrayList;
import java.util.List;

/**
 * The standard population indicators. Every factory documents its formula; {@code docs/indicators.md}
 * lists them all. Ids are stable; indicators with non-default age bounds get a suffix
 * ({@link AgeBounds#idSuffix()}).
 */
public final class Indicators {
  private static final String DESTATIS = "Destatis / Statistische Ämter des Bundes und der Länder (Tabelle 12411-08-01-4)";
  private static final String WEGWEISER = "Wegweiser Kommune (Bertelsmann Stiftung), Indikatorendefinitionen";

  private Indicators() {}

  private static String source(AgeBounds b) {
    return b.equals(AgeBounds.EUROSTAT) ? "Eurostat (demo_pjanind: dependency ratios)" : DESTATIS;
  }

  /**
   * Jugendquotient: {@code (aged 0 … youngUpper−1) / (aged youngUpper … oldLower−1) × 100};
   * Destatis: under 20 per 100 aged 20–64.
   */
  public static PopulationIndicator youthRatio(AgeBounds b) {
    return new RatioIndicator("youth_ratio" + b.idSuffix(), "Jugendquotient", "Youth dependency ratio", "je 100",
        "Personen unter " + b.youngUpper() + " / Personen von " + b.youngUpper() + " bis unter " + b.oldLower() + " × 100",
        source(b), List.of(AgeRange.of(0, b.youngUpper() - 1)), List.of(working(b)), 100);
  }

  /** Altenquotient: {@code (aged oldLower and over) / (aged youngUpper … oldLower−1) × 100}. */
  public static PopulationIndicator oldAgeRatio(AgeBounds b) {
    return new RatioIndicator("old_age_ratio" + b.idSuffix(), "Altenquotient", "Old-age dependency ratio", "je 100",
        "Personen von " + b.oldLower() + " und älter / Personen von " + b.youngUpper() + " bis unter " + b.oldLower() + " × 100",
        source(b), List.of(AgeRange.andOver(b.oldLower())), List.of(working(b)), 100);
  }

  /** Gesamtquotient: {@code (young + old) / working age × 100} = Jugendquotient + Altenquotient. */
  public static PopulationIndicator totalDependencyRatio(AgeBounds b) {
    return new RatioIndicator("total_dependency_ratio" + b.idSuffix(), "Gesamtquotient", "Total dependency ratio", "je 100",
        "(Personen unter " + b.youngUpper() + " + Personen von " + b.oldLower() + " und älter) / Personen von "
            + b.youngUpper() + " bis unter " + b.oldLower() + " × 100",
        source(b), List.of(AgeRange.of(0, b.youngUpper() - 1), AgeRange.andOver(b.oldLower())), List.of(working(b)), 100);
  }

  private static AgeRange working(AgeBounds b) {
    return AgeRange.of(b.youngUpper(), b.oldLower() - 1);
  }

  /** Share of the population under {@code age}, in %: {@code aged 0 … age−1 / total × 100}. */
  public static PopulationIndicator shareUnder(int age) {
    return new RatioIndicator("share_under_" + age, "Anteil unter " + age + "-Jährige", "Share aged under " + age, "%",
        "Personen unter " + age + " / Bevölkerung insgesamt × 100", WEGWEISER,
        List.of(AgeRange.of(0, age - 1)), List.of(), 100);
  }

  /** Share of the population aged {@code age} and over, in %: {@code aged age+ / total × 100}. */
  public static PopulationIndicator shareFrom(int age) {
    String de = age == 80 ? "Anteil Hochbetagte (80 Jahre und älter)" : "Anteil " + age + "-Jährige und Ältere";
    return new RatioIndicator("share_" + age + "_plus", de, "Share aged " + age + " and over", "%",
        "Personen von " + age + " und älter / Bevölkerung insgesamt × 100", WEGWEISER,
        List.of(AgeRange.andOver(age)), List.of(), 100);
  }

  /** Greying index (Hochbetagtenquotient): {@code aged 80+ / aged 60–79 × 100}. */
  public static PopulationIndicator greyingIndex() {
    return new RatioIndicator("greying_index", "Hochbetagtenquotient (80+ je 100 60- bis 79-Jährige)",
        "Greying index (80+ per 100 aged 60-79)", "je 100", "Personen von 80 und älter / Personen von 60 bis unter 80 × 100",
        "UN / Eurostat (ageing index of the oldest old); Wegweiser Kommune (Hochbetagte)",
        List.of(AgeRange.andOver(80)), List.of(AgeRange.of(60, 79)), 100);
  }

  /** Mean age with the midpoint rule (see {@link OpenBandAssumption}). */
  public static PopulationIndicator meanAge(OpenBandAssumption open) {
    return new MeanAge("mean_age", open);
  }

  /** Median age by linear interpolation. */
  public static PopulationIndicator medianAge(OpenBandAssumption open) {
    return new MedianAge("median_age", open);
  }

  /** Number of people in a functional age group (Wegweiser Kommune). */
  public static PopulationIndicator functionalGroupCount(FunctionalAgeGroup g) {
    return new CountIndicator("age_group_" + g.idPart() + "_count", g.germanLabel() + " (Anzahl)", g.englishLabel() + " (count)",
        "Anzahl der Personen von " + g.from() + (g.to() < 0 ? " und älter" : " bis " + g.to() + " Jahre"), WEGWEISER,
        g.to() < 0 ? AgeRange.andOver(g.from()) : AgeRange.of(g.from(), g.to()));
  }

  /** Share of a functional age group in the population, in %. */
  public static PopulationIndicator functionalGroupShare(FunctionalAgeGroup g) {
    return new RatioIndicator("age_group_" + g.idPart() + "_share", g.germanLabel() + " (Anteil)", g.englishLabel() + " (share)", "%",
        "Personen von " + g.from() + (g.to() < 0 ? " und älter" : " bis " + g.to() + " Jahre") + " / Bevölkerung insgesamt × 100",
        WEGWEISER, List.of(g.to() < 0 ? AgeRange.andOver(g.from()) : AgeRange.of(g.from(), g.to())), List.of(), 100);
  }

  /** Sex ratio: males per 100 females. */
  public static PopulationIndicator sexRatio() {
    return new SexRatio();
  }

  /**
   * The standard set for a Kommunalprofil: the three dependency ratios with {@code bounds}, shares
   * under 18, 65+ and 80+, greying index, mean and median age (default open band), the 10
   * functional age groups as counts and shares, and the sex ratio.
   */
  public static List<PopulationIndicator> standard(AgeBounds bounds) {
    return standard(bounds, OpenBandAssumption.DEFAULT);
  }

  /**
   * The standard set with another assumed width of the open top band (e.g. 75+) for mean and median
   * age: 10 years by default (75+ as 75–85); pandas scripts often take 15 (75–90).
   */
  public static List<PopulationIndicator> standard(AgeBounds bounds, OpenBandAssumption open) {
    List<PopulationIndicator> l = new ArrayList<>();
    l.add(youthRatio(bounds));
    l.add(oldAgeRatio(bounds));
    l.add(totalDependencyRatio(bounds));
    l.add(shareUnder(18));
    l.add(shareFrom(65));
    l.add(shareFrom(80));
    l.add(greyingIndex());
    l.add(meanAge(open));
    l.add(medianAge(open));
    for (FunctionalAgeGroup g : FunctionalAgeGroup.values()) {
      l.add(functionalGroupCount(g));
    }
    for (FunctionalAgeGroup g : FunctionalAgeGroup.values()) {
      l.add(functionalGroupShare(g));
    }
    l.add(sexRatio());
    return List.copyOf(l);
  }
}
