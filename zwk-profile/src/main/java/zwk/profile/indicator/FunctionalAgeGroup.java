// SPDX-License-Identifier: Apache-2.0
package zwk.profile.indicator;

/**
 * The ten functional age groups of Wegweiser Kommune (Bertelsmann Stiftung): stages of life with
 * their own demands on infrastructure (crèche, kindergarten, primary school, …).
 */
public enum FunctionalAgeGroup {
  /** 0–2: Krippe. */
  AGE_0_2(0, 2, "Kinder unter 3 Jahren (Krippenalter)", "children under 3 (crèche age)"),
  /** 3–5: Kindergarten. */
  AGE_3_5(3, 5, "3- bis 5-Jährige (Kindergartenalter)", "aged 3-5 (kindergarten age)"),
  /** 6–9: Grundschule. */
  AGE_6_9(6, 9, "6- bis 9-Jährige (Grundschulalter)", "aged 6-9 (primary school age)"),
  /** 10–15: Sekundarstufe I. */
  AGE_10_15(10, 15, "10- bis 15-Jährige (Sekundarstufe I)", "aged 10-15 (lower secondary)"),
  /** 16–18: Sekundarstufe II. */
  AGE_16_18(16, 18, "16- bis 18-Jährige (Sekundarstufe II)", "aged 16-18 (upper secondary)"),
  /** 19–24: Ausbildung, Studium, Berufseinstieg. */
  AGE_19_24(19, 24, "19- bis 24-Jährige (Ausbildung, Studium)", "aged 19-24 (training, studies)"),
  /** 25–44: Familiengründung. */
  AGE_25_44(25, 44, "25- bis 44-Jährige (Familienphase)", "aged 25-44 (family phase)"),
  /** 45–64: zweite Lebenshälfte im Erwerbsleben. */
  AGE_45_64(45, 64, "45- bis 64-Jährige (ältere Erwerbsfähige)", "aged 45-64 (older working age)"),
  /** 65–79: junge Alte. */
  AGE_65_79(65, 79, "65- bis 79-Jährige (junge Alte)", "aged 65-79 (young old)"),
  /** 80+: Hochbetagte. */
  AGE_80_PLUS(80, -1, "80-Jährige und Ältere (Hochbetagte)", "aged 80 and over (oldest old)");

  private final int from;
  private final int to;
  private final String german;
  private final String english;

  FunctionalAgeGroup(int from, int to, String german, String english) {
    this.from = from;
    this.to = to;
    this.german = german;
    this.english = english;
  }

  /** First age. */
  public int from() {
    return from;
  }

  /** Last age (inclusive), -1 for the open group 80+. */
  public int to() {
    return to;
  }

  /** German label. */
  public String germanLabel() {
    return german;
  }

  /** English label. */
  public String englishLabel() {
    return english;
  }

  /** Id fragment, e.g. {@code 0_2}, {@code 80_plus}. */
  public String idPart() {
    return to < 0 ? from + "_plus" : from + "_" + to;
  }
}
