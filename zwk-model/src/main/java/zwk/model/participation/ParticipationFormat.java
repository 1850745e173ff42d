// SPDX-License-Identifier: Apache-2.0
package zwk.model.participation;

import zwk.model.common.LabelledEnum;
import zwk.model.common.Labels;

/**
 * Format of a participation event (<em>Beteiligungsformat</em>).
 * {@link #isWorkshopEquivalent()} tells which formats count as the Zukunftswerkstatt of stage 3.
 */
public enum ParticipationFormat implements LabelledEnum {
  /** Zukunftswerkstatt. */
  FUTURE_WORKSHOP("Zukunftswerkstatt", "future workshop", true),
  /** Mobile Zukunftswerkstatt: the workshop goes to the people (market place, bus, school). */
  MOBILE_FUTURE_WORKSHOP("Mobile Zukunftswerkstatt", "mobile future workshop", true),
  /** Bürgerwerkstatt / Workshop with a comparable prioritising method. */
  CITIZEN_WORKSHOP("Bürgerwerkstatt", "citizens' workshop", true),
  /** Online-Beteiligung with prioritisation. */
  ONLINE_PARTICIPATION("Online-Beteiligung", "online participation", true),
  /** Beirat: advisory board (e.g. ZWK-Beirat). */
  ADVISORY_BOARD("Beirat", "advisory board", false),
  /** Stammtisch / Runder Tisch. */
  ROUND_TABLE("Stammtisch / Runder Tisch", "round table", false),
  /** Befragung: survey. */
  SURVEY("Befragung", "survey", false),
  /** Informationsveranstaltung. */
  INFORMATION_EVENT("Informationsveranstaltung", "information event", false),
  /** Ortsbegehung / Stadtspaziergang. */
  SITE_WALK("Ortsbegehung", "site walk", false),
  /** Another format. */
  OTHER("sonstiges Format", "other format", false);

  private final boolean workshopEquivalent;

  ParticipationFormat(String germanLabel, String englishLabel, boolean workshopEquivalent) {
    Labels.register(this, germanLabel, englishLabel);
    this.workshopEquivalent = workshopEquivalent;
  }

  /** Whether the format counts as a Zukunftswerkstatt (it collects ideas and prioritises fields). */
  public boolean isWorkshopEquivalent() {
    return workshopEquivalent;
  }

  /**
   * Parses the enum name or the German or English label, ignoring case, accents and punctuation.
   *
   * @throws IllegalArgumentException naming the text when nothing matches
   */
  public static ParticipationFormat parse(String text) {
    return Labels.parse(values(), text, "participationFormat");
  }
}
