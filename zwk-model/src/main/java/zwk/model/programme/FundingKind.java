// SPDX-License-Identifier: Apache-2.0
package zwk.model.programme;

import zwk.model.common.LabelledEnum;
import zwk.model.common.Labels;

/** Kind of programme funding (<em>Förderart</em>). */
public enum FundingKind implements LabelledEnum {
  /** Beratung: external consulting and process support. */
  CONSULTING("Beratung", "consulting"),
  /** Sachmittel: material costs (events, print, equipment). */
  MATERIAL("Sachmittel", "material"),
  /** Personal: staff costs. */
  STAFF("Personal", "staff"),
  /** Pauschale: a lump sum for any purpose of the programme. */
  LUMP_SUM("Pauschale", "lump sum"),
  /** Eigenmittel: the municipality's own budget. */
  OWN_FUNDS("Eigenmittel", "own funds");

  FundingKind(String germanLabel, String englishLabel) {
    Labels.register(this, germanLabel, englishLabel);
  }

  /**
   * Parses the enum name or the German or English label, ignoring case, accents and punctuation.
   *
   * @throws IllegalArgumentException naming the text when nothing matches
   */
  public static FundingKind parse(String text) {
    return Labels.parse(values(), text, "fundingKind");
  }
}
