// SPDX-License-Identifier: Apache-2.0
package zwk.model.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import zwk.model.common.Labels;

/**
 * The standard catalogue of action fields (<em>Handlungsfelder</em>): the 13 themes of the
 * programme's Werkzeugkoffer (Öffentlichkeitsarbeit … Integration) plus the fields the model
 * municipalities name (Mobilität … Senioren). Ids are stable; labels may be refined.
 *
 * <p>The catalogue is data, not code: it is read once from the versioned resource
 * {@code zwk/model/catalogue/action-fields.tsv} (see {@link #version()}); the constants below name
 * the fields the library itself refers to.
 */
public final class ActionFields {
  /** The versioned resource that holds the catalogue (data, not code). */
  static final String RESOURCE = "zwk/model/catalogue/action-fields.tsv";

  private ActionFields() {}

  /** The catalogue as read once from {@link #RESOURCE}: every line checked, order kept. */
  private static final class Catalogue {
    static final Catalogue INSTANCE = read();

    final int version;
    final List<ActionField> all;
    final Map<String, ActionField> byId;

    private Catalogue(int version, List<ActionField> all) {
      this.version = version;
      this.all = List.copyOf(all);
      Map<String, ActionField> m = new LinkedHashMap<>();
      all.forEach(f -> m.put(f.id(), f));
      this.byId = Collections.unmodifiableMap(m);
    }

    private static Catalogue read() {
      // Class.getResourceAsStream finds the resource in this module also on the module path
      try (InputStream in = ActionFields.class.getResourceAsStream("/" + RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(RESOURCE + ": expected the catalogue resource, got nothing");
        }
        return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(RESOURCE + ": " + e.getMessage(), e);
      }
    }

    static Catalogue parse(String text) {
      int version = 0;
      List<ActionField> fields = new ArrayList<>();
      Set<String> ids = new HashSet<>();
      String[] lines = text.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i].strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length == 2 && cells[0].equals("version")) {
          version = Integer.parseInt(cells[1]);
        } else if (cells.length == 3) {
          ActionField f = ActionField.builder().id(cells[0]).germanLabel(cells[1]).englishLabel(cells[2])
              .standard(true).build();
          if (!ids.add(f.id())) {
            throw new IllegalStateException(RESOURCE + ":" + (i + 1) + ": expected a new id, got '" + f.id() + "' again");
          }
          fields.add(f);
        } else {
          throw new IllegalStateException(RESOURCE + ":" + (i + 1) + ": expected id, German and English label"
              + " separated by tabs, got " + cells.length + " cells");
        }
      }
      if (version < 1) {
        throw new IllegalStateException(RESOURCE + ": expected a line 'version<TAB>n' with n >= 1, got none");
      }
      return new Catalogue(version, fields);
    }
  }

  /** The version of the catalogue resource; raised when an id is added or a label changes. */
  public static int version() {
    return Catalogue.INSTANCE.version;
  }

  /** Öffentlichkeitsarbeit. */
  public static final ActionField PUBLIC_RELATIONS = field("public-relations");

  /** Wohnen. */
  public static final ActionField HOUSING = field("housing");

  /** Intra- und interkommunale Kooperation. */
  public static final ActionField COOPERATION = field("cooperation");

  /** Digitalisierung. */
  public static final ActionField DIGITALISATION = field("digitalisation");

  /** Demokratieförderung. */
  public static final ActionField DEMOCRACY = field("democracy");

  /** Bürgerbeteiligung. */
  public static final ActionField CITIZEN_PARTICIPATION = field("citizen-participation");

  /** Bürgerschaftliches Engagement. */
  public static final ActionField CIVIC_ENGAGEMENT = field("civic-engagement");

  /** Begegnung, Beratung und Selbsthilfe. */
  public static final ActionField ENCOUNTER_ADVICE_SELF_HELP = field("encounter-advice-self-help");

  /** Fördermittel. */
  public static final ActionField FUNDING = field("funding");

  /** Gesundheit und Pflege. */
  public static final ActionField HEALTH_CARE = field("health-care");

  /** Arbeit und Wirtschaft. */
  public static final ActionField WORK_ECONOMY = field("work-economy");

  /** Demografiestrategie. */
  public static final ActionField DEMOGRAPHY_STRATEGY = field("demography-strategy");

  /** Integration. */
  public static final ActionField INTEGRATION = field("integration");

  /** Mobilität. */
  public static final ActionField MOBILITY = field("mobility");

  /** Bildung. */
  public static final ActionField EDUCATION = field("education");

  /** Freizeit. */
  public static final ActionField LEISURE = field("leisure");

  /** Quartiersentwicklung. */
  public static final ActionField NEIGHBOURHOOD_DEVELOPMENT = field("neighbourhood-development");

  /** Leerstandsaktivierung. */
  public static final ActionField VACANCY_ACTIVATION = field("vacancy-activation");

  /** Daseinsvorsorge. */
  public static final ActionField PUBLIC_SERVICES = field("public-services");

  /** Fachkräftesicherung. */
  public static final ActionField SKILLED_LABOUR = field("skilled-labour");

  /** Gleichstellung. */
  public static final ActionField GENDER_EQUALITY = field("gender-equality");

  /** Kinder, Jugend und Familie. */
  public static final ActionField CHILDREN_YOUTH_FAMILY = field("children-youth-family");

  /** Senioren. */
  public static final ActionField SENIORS = field("seniors");

  private static final List<ActionField> ALL = Catalogue.INSTANCE.all;

  private static ActionField field(String id) {
    ActionField f = Catalogue.INSTANCE.byId.get(id);
    if (f == null) {
      throw new IllegalStateException(RESOURCE + ": expected the standard field '" + id + "', got none");
    }
    return f;
  }

  /** All standard action fields, in catalogue order. */
  public static List<ActionField> all() {
    return ALL;
  }

  /** A standard field by id. */
  public static Optional<ActionField> byId(String id) {
    return Optional.ofNullable(Catalogue.INSTANCE.byId.get(id));
  }

  /**
   * A standard field by id, German or English label, ignoring case, accents and punctuation
   * ({@code "Gesundheit und Pflege"}, {@code "health and care"}, {@code "health-care"}).
   */
  public static Optional<ActionField> parse(@Nullable String text) {
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
