package zwk.model.catalogue;

import java.util.List;
import java.util.Optional;
import zwk.model.common.Labels;

/**
 * The standard catalogue of action fields (<em>Handlungsfelder</em>): the 13 themes of the
 * programme's Werkzeugkoffer (Öffentlichkeitsarbeit … Integration) plus the fields the model
 * municipalities name (Mobilität … Senioren). Ids are stable; labels may be refined.
 */
public final class ActionFields {
  private ActionFields() {}

  /** Öffentlichkeitsarbeit. */
  public static final ActionField PUBLIC_RELATIONS = std("public-relations", "Öffentlichkeitsarbeit", "Public relations");

  /** Wohnen. */
  public static final ActionField HOUSING = std("housing", "Wohnen", "Housing");

  /** Intra- und interkommunale Kooperation. */
  public static final ActionField COOPERATION = std("cooperation", "Intra- und interkommunale Kooperation", "Intra- and inter-municipal cooperation");

  /** Digitalisierung. */
  public static final ActionField DIGITALISATION = std("digitalisation", "Digitalisierung", "Digitalisation");

  /** Demokratieförderung. */
  public static final ActionField DEMOCRACY = std("democracy", "Demokratieförderung", "Promoting democracy");

  /** Bürgerbeteiligung. */
  public static final ActionField CITIZEN_PARTICIPATION = std("citizen-participation", "Bürgerbeteiligung", "Citizen participation");

  /** Bürgerschaftliches Engagement. */
  public static final ActionField CIVIC_ENGAGEMENT = std("civic-engagement", "Bürgerschaftliches Engagement", "Civic engagement");

  /** Begegnung, Beratung und Selbsthilfe. */
  public static final ActionField ENCOUNTER_ADVICE_SELF_HELP = std("encounter-advice-self-help", "Begegnung, Beratung und Selbsthilfe", "Encounter, advice and self-help");

  /** Fördermittel. */
  public static final ActionField FUNDING = std("funding", "Fördermittel", "Funding");

  /** Gesundheit und Pflege. */
  public static final ActionField HEALTH_CARE = std("health-care", "Gesundheit und Pflege", "Health and care");

  /** Arbeit und Wirtschaft. */
  public static final ActionField WORK_ECONOMY = std("work-economy", "Arbeit und Wirtschaft", "Work and economy");

  /** Demografiestrategie. */
  public static final ActionField DEMOGRAPHY_STRATEGY = std("demography-strategy", "Demografiestrategie", "Demography strategy");

  /** Integration. */
  public static final ActionField INTEGRATION = std("integration", "Integration", "Integration");

  /** Mobilität. */
  public static final ActionField MOBILITY = std("mobility", "Mobilität", "Mobility");

  /** Bildung. */
  public static final ActionField EDUCATION = std("education", "Bildung", "Education");

  /** Freizeit. */
  public static final ActionField LEISURE = std("leisure", "Freizeit", "Leisure");

  /** Quartiersentwicklung. */
  public static final ActionField NEIGHBOURHOOD_DEVELOPMENT = std("neighbourhood-development", "Quartiersentwicklung", "Neighbourhood development");

  /** Leerstandsaktivierung. */
  public static final ActionField VACANCY_ACTIVATION = std("vacancy-activation", "Leerstandsaktivierung", "Activating vacant buildings");

  /** Daseinsvorsorge. */
  public static final ActionField PUBLIC_SERVICES = std("public-services", "Daseinsvorsorge", "Public services");

  /** Fachkräftesicherung. */
  public static final ActionField SKILLED_LABOUR = std("skilled-labour", "Fachkräftesicherung", "Securing skilled labour");

  /** Gleichstellung. */
  public static final ActionField GENDER_EQUALITY = std("gender-equality", "Gleichstellung", "Gender equality");

  /** Kinder, Jugend und Familie. */
  public static final ActionField CHILDREN_YOUTH_FAMILY = std("children-youth-family", "Kinder, Jugend und Familie", "Children, youth and family");

  /** Senioren. */
  public static final ActionField SENIORS = std("seniors", "Senioren", "Senior citizens");

  private static final List<ActionField> ALL = List.of(
      PUBLIC_RELATIONS,
      HOUSING,
      COOPERATION,
      DIGITALISATION,
      DEMOCRACY,
      CITIZEN_PARTICIPATION,
      CIVIC_ENGAGEMENT,
      ENCOUNTER_ADVICE_SELF_HELP,
      FUNDING,
      HEALTH_CARE,
      WORK_ECONOMY,
      DEMOGRAPHY_STRATEGY,
      INTEGRATION,
      MOBILITY,
      EDUCATION,
      LEISURE,
      NEIGHBOURHOOD_DEVELOPMENT,
      VACANCY_ACTIVATION,
      PUBLIC_SERVICES,
      SKILLED_LABOUR,
      GENDER_EQUALITY,
      CHILDREN_YOUTH_FAMILY,
      SENIORS);

  private static ActionField std(String id, String de, String en) {
    return ActionField.builder().id(id).germanLabel(de).englishLabel(en).standard(true).build();
  }

  /** All standard action fields, in catalogue order. */
  public static List<ActionField> all() {
    return ALL;
  }

  /** A standard field by id. */
  public static Optional<ActionField> byId(String id) {
    return ALL.stream().filter(f -> f.id().equals(id)).findFirst();
  }

  /**
   * A standard field by id, German or English label, ignoring case, accents and punctuation
   * ({@code "Gesundheit und Pflege"}, {@code "health and care"}, {@code "health-care"}).
   */
  public static Optional<ActionField> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String key = Labels.fold(text);
    return ALL.stream()
        .filter(f -> Labels.fold(f.id()).equals(key) || Labels.fold(f.germanLabel()).equals(key)
            || Labels.fold(f.englishLabel()).equals(key))
        .findFirst();
  }

}
