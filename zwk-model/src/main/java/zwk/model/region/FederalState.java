package zwk.model.region;

import zwk.model.common.Labelled;
import java.util.Optional;

/**
 * A German Land (<em>Bundesland</em>) with its two-digit official code, the first two digits of every
 * AGS and ARS.
 */
public enum FederalState implements Labelled {
  SCHLESWIG_HOLSTEIN("01", "SH", "Schleswig-Holstein", "Schleswig-Holstein"),
  HAMBURG("02", "HH", "Hamburg", "Hamburg"),
  NIEDERSACHSEN("03", "NI", "Niedersachsen", "Lower Saxony"),
  BREMEN("04", "HB", "Bremen", "Bremen"),
  NORDRHEIN_WESTFALEN("05", "NW", "Nordrhein-Westfalen", "North Rhine-Westphalia"),
  HESSEN("06", "HE", "Hessen", "Hesse"),
  RHEINLAND_PFALZ("07", "RP", "Rheinland-Pfalz", "Rhineland-Palatinate"),
  BADEN_WUERTTEMBERG("08", "BW", "Baden-Württemberg", "Baden-Württemberg"),
  BAYERN("09", "BY", "Bayern", "Bavaria"),
  SAARLAND("10", "SL", "Saarland", "Saarland"),
  BERLIN("11", "BE", "Berlin", "Berlin"),
  BRANDENBURG("12", "BB", "Brandenburg", "Brandenburg"),
  MECKLENBURG_VORPOMMERN("13", "MV", "Mecklenburg-Vorpommern", "Mecklenburg-Western Pomerania"),
  SACHSEN("14", "SN", "Sachsen", "Saxony"),
  SACHSEN_ANHALT("15", "ST", "Sachsen-Anhalt", "Saxony-Anhalt"),
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
