// SPDX-License-Identifier: Apache-2.0
package zwk.model.region;

import java.util.Optional;
import zwk.model.common.LabelledEnum;
import zwk.model.common.Labels;

/**
 * The kind of local authority (<em>Gebietskörperschaft</em>), with the GV-ISys
 * <em>Textkennzeichen</em> that the official municipality register gives it.
 *
 * <p>One {@code Municipality} type serves every level; this enum says which kind it is.
 */
public enum MunicipalityType implements LabelledEnum {
  /** Land (<em>Bundesland</em>; register Satzart 10, no Textkennzeichen). */
  STATE(null, RegionLevel.STATE, "Land", "federal state"),
  /** Regierungsbezirk (Satzart 20). */
  GOVERNMENT_REGION(null, RegionLevel.GOVERNMENT_REGION, "Regierungsbezirk", "government region"),
  /** Region (Satzart 30, e.g. Region Hannover as a statistical region). */
  REGION(null, RegionLevel.DISTRICT, "Region", "region"),
  /** Kreisfreie Stadt (Textkennzeichen 41). */
  DISTRICT_FREE_CITY("41", RegionLevel.DISTRICT, "Kreisfreie Stadt", "district-free city"),
  /** Stadtkreis (42, the Baden-Württemberg name of a kreisfreie Stadt). */
  URBAN_DISTRICT("42", RegionLevel.DISTRICT, "Stadtkreis", "urban district"),
  /** Kreis (43). */
  DISTRICT("43", RegionLevel.DISTRICT, "Kreis", "district"),
  /** Landkreis (44). */
  RURAL_DISTRICT("44", RegionLevel.DISTRICT, "Landkreis", "rural district"),
  /** Regionalverband (45, Saarbrücken). */
  REGIONAL_ASSOCIATION("45", RegionLevel.DISTRICT, "Regionalverband", "regional association"),
  /** Verbandsfreie Gemeinde (50) as its own Gemeindeverband. */
  ASSOCIATION_FREE_MUNICIPALITY("50", RegionLevel.MUNICIPAL_ASSOCIATION,
      "Verbandsfreie Gemeinde", "municipality without association"),
  /** Amt (51). */
  AMT("51", RegionLevel.MUNICIPAL_ASSOCIATION, "Amt", "Amt (municipal association)"),
  /** Samtgemeinde (52). */
  SAMTGEMEINDE("52", RegionLevel.MUNICIPAL_ASSOCIATION, "Samtgemeinde", "Samtgemeinde (municipal association)"),
  /** Verbandsgemeinde (53). */
  VERBANDSGEMEINDE("53", RegionLevel.MUNICIPAL_ASSOCIATION, "Verbandsgemeinde", "Verbandsgemeinde (municipal association)"),
  /** Verwaltungsgemeinschaft (54). */
  VERWALTUNGSGEMEINSCHAFT("54", RegionLevel.MUNICIPAL_ASSOCIATION,
      "Verwaltungsgemeinschaft", "administrative community"),
  /** Kirchspielslandgemeinde (55). */
  KIRCHSPIELSLANDGEMEINDE("55", RegionLevel.MUNICIPAL_ASSOCIATION,
      "Kirchspielslandgemeinde", "parish rural municipality"),
  /** Verwaltungsverband (56). */
  VERWALTUNGSVERBAND("56", RegionLevel.MUNICIPAL_ASSOCIATION, "Verwaltungsverband", "administrative union"),
  /** Verwaltungsgemeinschaft, Trägermodell (57). */
  VERWALTUNGSGEMEINSCHAFT_TRAEGERMODELL("57", RegionLevel.MUNICIPAL_ASSOCIATION,
      "Verwaltungsgemeinschaft (Trägermodell)", "administrative community (host model)"),
  /** Erfüllende Gemeinde (58). */
  FULFILLING_MUNICIPALITY("58", RegionLevel.MUNICIPAL_ASSOCIATION, "Erfüllende Gemeinde", "fulfilling municipality"),
  /** Markt (60). */
  MARKET_TOWN("60", RegionLevel.MUNICIPALITY, "Markt", "market town"),
  /**
   * Kreisfreie Stadt as a Gemeinde (61). The register calls 41 and 61 both "Kreisfreie Stadt"; the
   * label says the level so that every label parses back to one constant.
   */
  DISTRICT_FREE_CITY_MUNICIPALITY("61", RegionLevel.MUNICIPALITY, "Kreisfreie Stadt (Gemeindeebene)",
      "district-free city (municipality level)"),
  /** Stadtkreis as a Gemeinde (62); labelled with its level, like {@link #DISTRICT_FREE_CITY_MUNICIPALITY}. */
  URBAN_DISTRICT_MUNICIPALITY("62", RegionLevel.MUNICIPALITY, "Stadtkreis (Gemeindeebene)",
      "urban district (municipality level)"),
  /** Stadt (63). */
  TOWN("63", RegionLevel.MUNICIPALITY, "Stadt", "town"),
  /** Kreisangehörige Gemeinde (64). */
  MUNICIPALITY("64", RegionLevel.MUNICIPALITY, "Kreisangehörige Gemeinde", "municipality"),
  /** Gemeindefreies Gebiet, bewohnt (65). */
  UNINCORPORATED_INHABITED("65", RegionLevel.MUNICIPALITY,
      "Gemeindefreies Gebiet, bewohnt", "unincorporated area, inhabited"),
  /** Gemeindefreies Gebiet, unbewohnt (66). */
  UNINCORPORATED_UNINHABITED("66", RegionLevel.MUNICIPALITY,
      "Gemeindefreies Gebiet, unbewohnt", "unincorporated area, uninhabited"),
  /** Große Kreisstadt (67). */
  MAJOR_DISTRICT_TOWN("67", RegionLevel.MUNICIPALITY, "Große Kreisstadt", "major district town");

  private final String textCode;
  private final RegionLevel level;

  MunicipalityType(String textCode, RegionLevel level, String germanLabel, String englishLabel) {
    this.textCode = textCode;
    this.level = level;
    Labels.register(this, germanLabel, englishLabel);
  }

  /** The GV-ISys Textkennzeichen (41–67), empty for Land, Regierungsbezirk and Region. */
  public Optional<String> textCode() {
    return Optional.ofNullable(textCode);
  }

  /** The level of the register this kind belongs to. */
  public RegionLevel level() {
    return level;
  }

  /** Whether this is a gemeindefreies Gebiet (Textkennzeichen 65 or 66), not a real Gemeinde. */
  public boolean isUnincorporated() {
    return this == UNINCORPORATED_INHABITED || this == UNINCORPORATED_UNINHABITED;
  }

  /**
   * The type for a GV-ISys Textkennzeichen such as {@code "41"} or {@code "64"}.
   *
   * @throws IllegalArgumentException naming the code when it is unknown
   */
  public static MunicipalityType ofTextCode(String code) {
    for (MunicipalityType t : values()) {
      if (t.textCode != null && t.textCode.equals(code)) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "textCode: expected a GV-ISys Textkennzeichen 41-45, 50-58 or 60-67, got '" + code + "'");
  }

  /**
   * Parses a GV-ISys Textkennzeichen, a German or English label or the enum name, ignoring case,
   * accents and punctuation ({@code "Große Kreisstadt"}, {@code "grosse kreisstadt"}, {@code "67"}).
   *
   * @throws IllegalArgumentException naming the text when nothing matches
   */
  public static MunicipalityType parse(String text) {
    for (MunicipalityType t : values()) {
      if (t.textCode != null && text != null && t.textCode.equals(text.strip())) {
        return t;
      }
    }
    return Labels.parse(values(), text, "type");
  }
}
