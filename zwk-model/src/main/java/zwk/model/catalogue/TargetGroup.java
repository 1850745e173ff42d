package zwk.model.catalogue;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A target group of a measure or participation format (<em>Zielgruppe</em>).
 */
public enum TargetGroup {
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

  private final String germanLabel;
  private final String englishLabel;

  TargetGroup(String germanLabel, String englishLabel) {
    this.germanLabel = germanLabel;
    this.englishLabel = englishLabel;
  }

  /** The German label. */
  public String germanLabel() {
    return germanLabel;
  }

  /** The English label. */
  public String englishLabel() {
    return englishLabel;
  }

  /** Label in the given locale (English for {@code en}, German otherwise). */
  public String label(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? englishLabel : germanLabel;
  }

  /**
   * Parses the enum name or the German or English label, ignoring case, accents and punctuation.
   *
   * @throws IllegalArgumentException naming the text when nothing matches
   */
  public static TargetGroup parse(String text) {
    String key = fold(text == null ? "" : text);
    for (TargetGroup g : values()) {
      if (fold(g.name()).equals(key) || fold(g.germanLabel).equals(key) || fold(g.englishLabel).equals(key)) {
        return g;
      }
    }
    throw new IllegalArgumentException("targetGroup: unknown target group '" + text + "'");
  }

  private static String fold(String s) {
    String n = Normalizer.normalize(s.replace("ß", "ss"), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
  }
}
