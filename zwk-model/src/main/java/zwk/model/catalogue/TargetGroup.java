// SPDX-License-Identifier: Apache-2.0
package zwk.model.catalogue;

import zwk.model.common.LabelledEnum;
import zwk.model.common.Labels;

/**
 * A target group of a measure or participation format (<em>Zielgruppe</em>).
 */
public enum TargetGroup implements LabelledEnum {
  /** Kinder. */
  CHILDREN("Kinder", "children"),
  /** Jugendliche. */
  YOUTH("Jugendliche", "young people"),
  /** junge Erwachsene. */
  YOUNG_ADULTS("junge Erwachsene", "young adults"),
  /** Familien. */
  FAMILIES("Familien", "families"),
  /** Alleinerziehende. */
  SINGLE_PARENTS("Alleinerziehende", "single parents"),
  /** Seniorinnen und Senioren. */
  SENIORS("Seniorinnen und Senioren", "seniors"),
  /** Hochbetagte. */
  VERY_OLD("Hochbetagte", "very old people"),
  /** pflegende Angehörige. */
  CAREGIVERS("pflegende Angehörige", "family carers"),
  /** Neubürgerinnen und Neubürger. */
  NEWCOMERS("Neubürgerinnen und Neubürger", "newcomers"),
  /** Alteingesessene. */
  LONG_TERM_RESIDENTS("Alteingesessene", "long-term residents"),
  /** Menschen mit Migrationsgeschichte. */
  MIGRATION_HISTORY("Menschen mit Migrationsgeschichte", "people with a migration history"),
  /** Geflüchtete. */
  REFUGEES("Geflüchtete", "refugees"),
  /** Menschen mit Behinderung. */
  PEOPLE_WITH_DISABILITIES("Menschen mit Behinderung", "people with disabilities"),
  /** Ehrenamtliche. */
  VOLUNTEERS("Ehrenamtliche", "volunteers"),
  /** Fachkräfte. */
  SKILLED_WORKERS("Fachkräfte", "skilled workers"),
  /** Auszubildende und Studierende. */
  TRAINEES_STUDENTS("Auszubildende und Studierende", "trainees and students"),
  /** Pendlerinnen und Pendler. */
  COMMUTERS("Pendlerinnen und Pendler", "commuters"),
  /** Unternehmen. */
  BUSINESSES("Unternehmen", "businesses"),
  /** Frauen. */
  WOMEN("Frauen", "women"),
  /** alle Bürgerinnen und Bürger. */
  GENERAL_PUBLIC("alle Bürgerinnen und Bürger", "the general public");

  TargetGroup(String germanLabel, String englishLabel) {
    Labels.register(this, germanLabel, englishLabel);
  }

  /**
   * Parses the enum name or the German or English label, ignoring case, accents and punctuation.
   *
   * @throws IllegalArgumentException naming the text when nothing matches
   */
  public static TargetGroup parse(String text) {
    return Labels.parse(values(), text, "targetGroup");
  }
}
