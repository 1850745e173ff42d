// SPDX-License-Identifier: Apache-2.0
package zwk.model.region;

import java.util.Optional;
import zwk.model.common.Labelled;
import zwk.model.common.Labels;

/**
 * A German Land (<em>Bundesland</em>) with its two-digit official code, the first two digits of every
 * AGS and ARS.
 */
public enum FederalState implements Labelled {
  /** Schleswig-Holstein (01). */
  SCHLESWIG_HOLSTEIN("01", "SH", "Schleswig-Holstein", "Schleswig-Holstein"),
  /** Hamburg (02). */
  HAMBURG("02", "HH", "Hamburg", "Hamburg"),
  /** Niedersachsen (03). */
  NIEDERSACHSEN("03", "NI", "Niedersachsen", "Lower Saxony"),
  /** Bremen (04). */
  BREMEN("04", "HB", "Bremen", "Bremen"),
  /** Nordrhein-Westfalen (05). */
  NORDRHEIN_WESTFALEN("05", "NW", "Nordrhein-Westfalen", "North Rhine-Westphalia"),
  /** Hessen (06). */
  HESSEN("06", "HE", "Hessen", "Hesse"),
  /** Rheinland-Pfalz (07). */
  RHEINLAND_PFALZ("07", "RP", "Rheinland-Pfalz", "Rhineland-Palatinate"),
  /** Baden-Württemberg (08). */
  BADEN_WUERTTEMBERG("08", "BW", "Baden-Württemberg", "Baden-Württemberg"),
  /** Bayern (09). */
  BAYERN("09", "BY", "Bayern", "Bavaria"),
  /** Saarland (10). */
  SAARLAND("10", "SL", "Saarland", "Saarland"),
  /** Berlin (11). */
  BERLIN("11", "BE", "Berlin", "Berlin"),
  /** Brandenburg (12). */
  BRANDENBURG("12", "BB", "Brandenburg", "Brandenburg"),
  /** Mecklenburg-Vorpommern (13). */
  MECKLENBURG_VORPOMMERN("13", "MV", "Mecklenburg-Vorpommern", "Mecklenburg-Western Pomerania"),
  /** Sachsen (14). */
  SACHSEN("14", "SN", "Sachsen", "Saxony"),
  /** Sachsen-Anhalt (15). */
  SACHSEN_ANHALT("15", "ST", "Sachsen-Anhalt", "Saxony-Anhalt"),
  /** Thüringen (16). */
  THUERINGEN("16", "TH", "Thüringen", "Thuringia");

  private final String code;
  private final String abbreviation;
  private final String germanName;
  private final String englishName;

  FederalState(String code, String abbreviation, String germanName, String englishName) {
    this.code = code;
    this.abbreviation = abbreviation;
    this.germanName = germanName;
    this.englishName = englishName;
  }

  /** The two-digit official code, {@code "01"} … {@code "16"}. */
  public String code() {
    return code;
  }

  /** The customary two-letter abbreviation, e.g. {@code "NW"}. */
  public String abbreviation() {
    return abbreviation;
  }

  /** The German name, e.g. {@code "Nordrhein-Westfalen"}. */
  public String germanName() {
    return germanName;
  }

  /** The English name, e.g. {@code "North Rhine-Westphalia"}. */
  public String englishName() {
    return englishName;
  }

  @Override
  public String germanLabel() {
    return germanName;
  }

  @Override
  public String englishLabel() {
    return englishName;
  }

  /**
   * The Land with the given two-digit code.
   *
   * @throws IllegalArgumentException naming the code when it is not 01–16
   */
  public static FederalState ofCode(String code) {
    return findByCode(code)
        .orElseThrow(() -> new IllegalArgumentException(
            "code: expected a Land code 01-16, got '" + code + "'"));
  }

  /**
   * Parses the two-digit code, the abbreviation, the enum name or the German or English name,
   * ignoring case, accents and punctuation ({@code "05"}, {@code "NW"}, {@code "Nordrhein-Westfalen"},
   * {@code "North Rhine-Westphalia"}).
   *
   * @throws IllegalArgumentException naming the text when nothing matches
   */
  public static FederalState parse(String text) {
    if (text != null) {
      Optional<FederalState> byCode = findByCode(text.strip());
      if (byCode.isPresent()) {
        return byCode.get();
      }
      String key = Labels.fold(text);
      for (FederalState s : values()) {
        if (Labels.fold(s.abbreviation).equals(key)) {
          return s;
        }
      }
    }
    return Labels.parse(values(), text, "federalState");
  }

  /** The Land with the given two-digit code, if there is one. */
  public static Optional<FederalState> findByCode(String code) {
    if (code != null) {
      for (FederalState s : values()) {
        if (s.code.equals(code)) {
          return Optional.of(s);
        }
      }
    }
    return Optional.empty();
  }
}
