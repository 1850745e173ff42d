// SPDX-License-Identifier: Apache-2.0
package zwk.profile.projection.assumption;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The assumptions of the 14th coordinated population projection of Destatis (<em>14. koordinierte
 * Bevölkerungsvorausberechnung</em>, base 31.12.2018) as data: the headline values Destatis published
 * for G1–G3 (fertility), L1–L3 (life expectancy) and W1–W3 (net migration), combined with age
 * patterns derived from official tables, and the yearly paths between them.
 *
 * <p><b>Published</b> (cited in every value's {@code source}): the footnote of GENESIS table
 * 12421-0002 and Destatis' overview of the variants (Statistisches Bundesamt 2019, "Varianten der 14.
 * koordinierten Bevölkerungsvorausberechnung", reproduced by the Statistisches Landesamt Sachsen,
 * bevoelkerungsmonitor.sachsen.de/download/kBV/schema_statistik-sachsen_14kBV_annahmen-30-varianten.pdf):
 * TFR G1 1.4 (falling to), G2 1.55 (stable), G3 1.7 (rising to), constant variant 1.57 (the base
 * level); life expectancy at birth in 2060 L1 82.5/86.4, L2 84.4/88.1, L3 86.2/89.6 (boys/girls),
 * constant variant 78.4/83.2 (the base level); average net migration W1 147,000, W2 221,000, W3
 * 311,000 a year, constant variant 386,000.
 *
 * <p><b>Not published in the sources found, interpolated by zwk</b> (and marked so in each value's
 * source): (1) the TFR moves linearly from 1.57 in 2018 to the G1/G3 target in 2030 and stays there
 * (G2: 1.55 from 2019); (2) life expectancy rises linearly from the constant-variant level, dated
 * 2017 (the middle of the life table 2016/2018 it stands for), to the 2060 target, and stays there
 * after 2060; (3) net migration falls linearly from the last observed level (399,700 in 2018,
 * Destatis' first estimate as reported in the press) in 2019 to a long-run level {@code L} reached
 * in 2026 and stays there, with {@code L} solved so that the mean of 2019–2060 is the published
 * average: {@code (8 · (399,700 + L) / 2 + 34 · L) / 42 = average}. The year 2026 is zwk's choice.
 * None of these choices looks at the projection's published results.
 */
public final class Coordinated14 {
  private Coordinated14() {}

  /** The base date, 31.12.2018. */
  public static final LocalDate BASE_DATE = LocalDate.of(2018, 12, 31);

  static final String FOOTNOTE = "Destatis, GENESIS 12421-0002 (14th coordinated population projection), footnote";
  static final String OVERVIEW = "Statistisches Bundesamt (2019): Varianten der 14. koordinierten Bevölkerungsvorausberechnung"
      + " (overview of the variants; copy: bevoelkerungsmonitor.sachsen.de/download/kBV/"
      + "schema_statistik-sachsen_14kBV_annahmen-30-varianten.pdf)";

  /**
   * The eleven variants of Destatis' overview, in its order: G2L2W1, G2L2W2, G2L2W3, G1L3W1,
   * G3L1W3, G1L2W2, G3L2W2, G2L1W2, G2L3W2, G1L1W1, G3L3W3.
   */
  public static final List<String> PUBLISHED_VARIANTS = List.of("G2L2W1", "G2L2W2", "G2L2W3", "G1L3W1", "G3L1W3", "G1L2W2",
      "G3L2W2", "G2L1W2", "G2L3W2", "G1L1W1", "G3L3W3");

  static final String OBSERVED_2018 = "Destatis, first estimate of the population 2019 (press release of 17 January 2020),"
      + " as reported by Schwäbische Zeitung, schwaebische.de, January 2020: '2018 waren 399.700 Personen mehr nach"
      + " Deutschland zugezogen als fortzogen'";

  private static final Pattern ID = Pattern.compile("G([123])L([123])W([123])");

  /**
   * The age patterns a variant is built on, each with its source: the base life table ({@code q_x}
   * by sex, ages {@code 0 … ω}), the fertility schedule (rates per 1,000 women from
   * {@code scheduleFromAge}), the sex ratio at birth, and the migration profile (shares by sex and
   * age, e.g. from {@link ResidualMigration}), and the age pattern of mortality improvement {@code b_x}
   * by sex ({@link AssumptionSources#mortalityImprovement}; empty arrays: the proportional method).
   */
  public record Inputs(double[] qxMale, double[] qxFemale, String qxSource, int scheduleFromAge, double[] schedulePer1000,
      String scheduleSource, double sexRatioAtBirth, String sexRatioSource, double[] profileMale, double[] profileFemale,
      String profileSource, double[] improvementMale, double[] improvementFemale, String improvementSource) {}

  /**
   * The variant {@code id} ({@code G1…G3 L1…L3 W1…W3}, any combination) built on {@code inputs}.
   *
   * @throws IllegalArgumentException for an id that is not of this form
   */
  public static ProjectionAssumptions variant(String id, Inputs inputs) {
    Matcher m = ID.matcher(id);
    if (!m.matches()) {
      throw new IllegalArgumentException("id: expected a variant G1..G3 L1..L3 W1..W3 such as G2L2W1, got '" + id + "'");
    }
    int g = Integer.parseInt(m.group(1));
    int l = Integer.parseInt(m.group(2));
    int w = Integer.parseInt(m.group(3));
    return ProjectionAssumptions.builder()
        .id(id)
        .name("14th coordinated population projection, variant " + id + " (base 31.12.2018), as rebuilt by zwk")
        .baseDate(BASE_DATE)
        .fertility(fertility(g, inputs))
        .mortality(mortality(l, inputs))
        .migration(migration(w, inputs))
        .notes(List.of("Headline values: " + FOOTNOTE + "; " + OVERVIEW + ".",
            "Yearly paths between the headline values are zwk's linear interpolation (see each value's source and"
                + " docs/indicators.md, 'Projection variants'); they are not Destatis' own paths.",
            inputs.improvementMale().length == 0
                ? "Mortality: each year's life table is the base table with all q_x multiplied by one factor solved to reach"
                    + " that year's life expectancy at birth (proportional method)."
                : "Mortality: each year's life table is the base table with q_x multiplied by exp(-k b_x), b_x the observed"
                    + " annual decline of mortality by age, k solved to reach that year's life expectancy at birth"
                    + " (method LOG_LINEAR_IMPROVEMENT)."))
        .build();
  }

  private static FertilityAssumption fertility(int g, Inputs in) {
    double target = new double[] {1.4, 1.55, 1.7}[g - 1];
    String head = "G" + g + ": " + fmt(target) + " children per woman (" + FOOTNOTE + "; " + OVERVIEW + ")";
    List<YearValue> tfr = new ArrayList<>();
    if (g == 2) {
      tfr.add(YearValue.of(2019, 1.55, head + ", stable from the first projection year"));
    } else {
      tfr.add(YearValue.of(2018, 1.57, "base level: the constant variant, 1.57 children per woman (" + FOOTNOTE + ")"));
      tfr.add(YearValue.of(2030, target, head + "; year 2030 and the linear path from 2018 interpolated by zwk"));
    }
    return FertilityAssumption.builder().totalFertilityRate(tfr).scheduleFromAge(in.scheduleFromAge())
        .schedulePer1000(AssumptionSources.list(in.schedulePer1000())).sexRatioAtBirth(in.sexRatioAtBirth())
        .source("age schedule: " + in.scheduleSource() + "; sex ratio at birth: " + in.sexRatioSource()).build();
  }

  private static MortalityAssumption mortality(int l, Inputs in) {
    double[] male = {82.5, 84.4, 86.2};
    double[] female = {86.4, 88.1, 89.6};
    String head = "L" + l + ": life expectancy at birth in 2060 (" + FOOTNOTE + "; " + OVERVIEW + ")";
    String base = "base level: the constant variant, 78.4 (boys) and 83.2 (girls) years (" + FOOTNOTE
        + "), dated 2017, the middle of the life table 2016/2018 it stands for (dating by zwk)";
    String path = "; linear path from 2017 interpolated by zwk, constant after 2060";
    MortalityAssumption.Builder b = MortalityAssumption.builder()
        .lifeExpectancyMale(List.of(YearValue.of(2017, 78.4, base), YearValue.of(2060, male[l - 1], head + path)))
        .lifeExpectancyFemale(List.of(YearValue.of(2017, 83.2, base), YearValue.of(2060, female[l - 1], head + path)))
        .baseQxMale(AssumptionSources.list(in.qxMale())).baseQxFemale(AssumptionSources.list(in.qxFemale()));
    if (in.improvementMale().length == 0) {
      return b.source("base life table (age pattern): " + in.qxSource()).build();
    }
    return b.method(MortalityMethod.LOG_LINEAR_IMPROVEMENT).improvementMale(AssumptionSources.list(in.improvementMale()))
        .improvementFemale(AssumptionSources.list(in.improvementFemale()))
        .source("base life table: " + in.qxSource() + "; improvement b_x: " + in.improvementSource()).build();
  }

  private static MigrationAssumption migration(int w, Inputs in) {
    double average = new double[] {147_000, 221_000, 311_000}[w - 1];
    double start = 399_700;
    // mean of 2019..2060 (42 years): 8 years falling linearly from start to L, then 34 years at L
    double level = (42 * average - 4 * start) / 38;
    List<YearValue> path = new ArrayList<>();
    String interp = "interpolated by zwk: linear from 399,700 (2019) to the long-run level in 2026, which is solved so that"
        + " the mean 2019-2060 is the published average of W" + w + ", " + String.format(Locale.ROOT, "%,.0f", average)
        + " a year (" + FOOTNOTE + "; " + OVERVIEW + ")";
    path.add(YearValue.of(2019, start, "the last observed level before the base date, net migration 2018 of 399,700 ("
        + OBSERVED_2018 + "), taken by zwk as the 2019 starting level"));
    path.add(YearValue.of(2026, level, interp));
    return MigrationAssumption.builder().netMigration(path).profileMale(AssumptionSources.list(in.profileMale()))
        .profileFemale(AssumptionSources.list(in.profileFemale())).source("age-sex profile: " + in.profileSource()).build();
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.2f", v).replaceAll("0$", "");
  }
}
