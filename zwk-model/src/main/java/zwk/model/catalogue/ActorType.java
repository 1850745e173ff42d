// SPDX-License-Identifier: Apache-2.0
package zwk.model.catalogue;

import zwk.model.common.LabelledEnum;
import zwk.model.common.Labels;

/**
 * Kind of actor (<em>Akteur</em>) in the strategy process: Hauptamt, Ehrenamt, Zivilgesellschaft,
 * Politik, Verwaltung, Wissenschaft, Wirtschaft, Bürgerschaft.
 */
public enum ActorType implements LabelledEnum {
  /** Verwaltung / Hauptamt: staff of the administration. */
  ADMINISTRATION("Verwaltung (Hauptamt)", "administration (staff)", Sphere.PUBLIC_SECTOR),
  /** Politik: council, mayor, committees. */
  POLITICS("Politik", "politics", Sphere.PUBLIC_SECTOR),
  /** Ehrenamt: volunteers. */
  VOLUNTEERS("Ehrenamt", "volunteers", Sphere.CIVIL_SOCIETY),
  /** Zivilgesellschaft: associations, churches, welfare organisations, initiatives. */
  CIVIL_SOCIETY("Zivilgesellschaft", "civil society", Sphere.CIVIL_SOCIETY),
  /** Bürgerschaft: individual citizens. */
  CITIZENS("Bürgerschaft", "citizens", Sphere.CIVIL_SOCIETY),
  /** Wirtschaft: businesses, chambers. */
  BUSINESS("Wirtschaft", "business", Sphere.OTHER),
  /** Wissenschaft: universities, research, consultancies. */
  SCIENCE("Wissenschaft", "science", Sphere.OTHER);

  /** The side an actor type stands on ("Ehrenamt und Hauptamt als Partner"). */
  public enum Sphere {
    /** Administration and politics. */
    PUBLIC_SECTOR,
    /** Volunteers, associations, citizens. */
    CIVIL_SOCIETY,
    /** Business and science. */
    OTHER
  }

  private final Sphere sphere;

  ActorType(String germanLabel, String englishLabel, Sphere sphere) {
    Labels.register(this, germanLabel, englishLabel);
    this.sphere = sphere;
  }

  /** The sphere this actor type belongs to. */
  public Sphere sphere() {
    return sphere;
  }

  /**
   * Parses the enum name or the German or English label, ignoring case, accents and punctuation.
   *
   * @throws IllegalArgumentException naming the text when nothing matches
   */
  public static ActorType parse(String text) {
    return Labels.parse(values(), text, "actorType");
  }
}
