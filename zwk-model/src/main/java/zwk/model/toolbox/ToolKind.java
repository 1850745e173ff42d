// SPDX-License-Identifier: Apache-2.0
package zwk.model.toolbox;

import zwk.model.common.LabelledEnum;
import zwk.model.common.Labels;

/** Kind of a Werkzeugkoffer tool (<em>Werkzeugart</em>). */
public enum ToolKind implements LabelledEnum {
  /** Konzept. */
  CONCEPT("Konzept", "concept"),
  /** Vortrag. */
  TALK("Vortrag", "talk"),
  /** Video. */
  VIDEO("Video", "video"),
  /** Best-Practice-Dokumentation. */
  BEST_PRACTICE("Best-Practice-Dokumentation", "best-practice documentation"),
  /** Vorlage. */
  TEMPLATE("Vorlage", "template"),
  /** Checkliste. */
  CHECKLIST("Checkliste", "checklist");

  ToolKind(String germanLabel, String englishLabel) {
    Labels.register(this, germanLabel, englishLabel);
  }

  /**
   * Parses the enum name or the German or English label, ignoring case, accents and punctuation.
   *
   * @throws IllegalArgumentException naming the text when nothing matches
   */
  public static ToolKind parse(String text) {
    return Labels.parse(values(), text, "toolKind");
  }
}
