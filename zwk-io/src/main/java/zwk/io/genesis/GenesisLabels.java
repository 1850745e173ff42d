// SPDX-License-Identifier: Apache-2.0
package zwk.io.genesis;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zwk.model.region.Ags;
import zwk.model.region.Ars;
import zwk.model.region.FederalState;
import zwk.model.statistics.AgeBand;
import zwk.model.statistics.Sex;
import zwk.model.statistics.ValueState;

/**
 * The labels GENESIS writes (German and English) and what they mean: age bands, sex, nationality,
 * Länder, dates, region keys and cell values.
 */
final class GenesisLabels {
  private GenesisLabels() {}

  /** A recognised age label: a band, or the total over all ages. */
  static final class Age {
    final AgeBand band;
    final boolean total;

    Age(AgeBand band, boolean total) {
      this.band = band;
      this.total = total;
    }
  }

  /** The version of the label patterns in {@code labels.properties}. */
  static final int VERSION;

  private static final Pattern SINGLE;
  private static final Pattern UNDER;
  private static final Pattern RANGE;
  private static final Pattern INCLUSIVE;
  private static final Pattern OPEN;
  private static final Pattern FF_AGE;

  static {
    java.util.Properties p = new java.util.Properties();
    try (java.io.InputStream in = GenesisLabels.class.getResourceAsStream("labels.properties")) {
      if (in == null) {
        throw new IllegalStateException("zwk-io: resource zwk/io/genesis/labels.properties is missing from the jar");
      }
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    VERSION = Integer.parseInt(p.getProperty("version", "0").strip());
    SINGLE = pattern(p, "age.single");
    UNDER = pattern(p, "age.under");
    RANGE = pattern(p, "age.range");
    INCLUSIVE = pattern(p, "age.inclusive");
    OPEN = pattern(p, "age.open");
    FF_AGE = Pattern.compile(p.getProperty("age.ffcsv"));
  }

  private static Pattern pattern(java.util.Properties p, String key) {
    String regex = p.getProperty(key);
    if (regex == null) {
      throw new IllegalStateException("zwk-io: labels.properties lacks " + key);
    }
    return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
  }

  private static final Pattern DATE_DE = Pattern.compile("(\\d{2})\\.(\\d{2})\\.(\\d{4})");
  private static final Pattern DATE_ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern YEAR = Pattern.compile("(1[89]\\d\\d|2\\d\\d\\d)");
  private static final Pattern NUMBER = Pattern.compile("-?\\d{1,30}([.,]\\d{1,30})?");
  // compiled once: labels are classified once per distinct value, but a national file has many
  private static final Pattern KEY_DIGITS = Pattern.compile("\\d{1,12}");
  private static final Pattern MALE = Pattern.compile("m.{1,2}nnlich");
  private static final Pattern FOREIGNERS = Pattern.compile("ausl.{1,2}nder");

  /** The meaning of an age label, or empty when it is none. */
  static Optional<Age> age(String label) {
    String s = label.strip();
    if (isTotal(s)) {
      return Optional.of(new Age(null, true));
    }
    Matcher m = RANGE.matcher(s);
    if (m.matches()) {
      int from = Integer.parseInt(m.group(1));
      int to = Integer.parseInt(m.group(2)) - 1;
      return to >= from ? Optional.of(new Age(AgeBand.of(from, to), false)) : Optional.empty();
    }
    m = INCLUSIVE.matcher(s);
    if (m.matches()) {
      int from = Integer.parseInt(m.group(1));
      int to = Integer.parseInt(m.group(2));
      return to >= from ? Optional.of(new Age(AgeBand.of(from, to), false)) : Optional.empty();
    }
    m = UNDER.matcher(s);
    if (m.matches()) {
      int to = Integer.parseInt(m.group(1)) - 1;
      return to >= 0 ? Optional.of(new Age(AgeBand.of(0, to), false)) : Optional.empty();
    }
    m = OPEN.matcher(s);
    if (m.matches()) {
      return Optional.of(new Age(AgeBand.openFrom(Integer.parseInt(m.group(1))), false));
    }
    m = SINGLE.matcher(s);
    if (m.matches()) {
      return Optional.of(new Age(AgeBand.single(Integer.parseInt(m.group(1))), false));
    }
    m = FF_AGE.matcher(s);
    if (m.matches()) {
      return Optional.of(new Age(AgeBand.single(Integer.parseInt(m.group(1))), false));
    }
    return Optional.empty();
  }

  /** Whether the label means the total of a dimension ({@code Insgesamt}, {@code Total}). */
  static boolean isTotal(String label) {
    String s = label.strip().toLowerCase(Locale.ROOT);
    return s.equals("insgesamt") || s.equals("total") || s.equals("zusammen");
  }

  /** The sex of a label ({@code männlich}, {@code Female}, {@code Insgesamt} …), if it is one. */
  static Optional<Sex> sex(String label) {
    String s = label.strip();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    if (MALE.matcher(s.toLowerCase(Locale.ROOT)).matches()) {
      return Optional.of(Sex.MALE);
    }
    try {
      return Optional.of(Sex.parse(s));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Whether the label names a sex other than the total (so a header row is the sex dimension). */
  static boolean isSpecificSex(String label) {
    return sex(label).filter(x -> x != Sex.TOTAL).isPresent();
  }

  /** Whether the label is a nationality other than the total. */
  static boolean isSpecificNationality(String label) {
    String s = label.strip().toLowerCase(Locale.ROOT);
    return s.equals("deutsche") || FOREIGNERS.matcher(s).matches() || s.equals("germans") || s.equals("foreigners");
  }

  /** The region key of a Land or Germany named in a header, if the label is one. */
  static Optional<String> regionOfName(String label) {
    String s = label.strip();
    if (s.equals("Deutschland") || s.equals("Germany")) {
      return Optional.of(Ags.GERMANY.code());
    }
    for (FederalState f : FederalState.values()) {
      if (f.germanName().equals(s) || f.englishName().equals(s)) {
        return Optional.of(f.code());
      }
    }
    return Optional.empty();
  }

  /** Whether the label is a date or a year. */
  static boolean isTime(String label) {
    String s = label.strip();
    return DATE_DE.matcher(s).matches() || DATE_ISO.matcher(s).matches() || YEAR.matcher(s).matches();
  }

  /** The date of a {@code dd.mm.yyyy} or {@code yyyy-mm-dd} label. */
  static Optional<java.time.LocalDate> date(String label) {
    String s = label.strip();
    try {
      Matcher m = DATE_DE.matcher(s);
      if (m.matches()) {
        return Optional.of(java.time.LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(1))));
      }
      m = DATE_ISO.matcher(s);
      if (m.matches()) {
        return Optional.of(java.time.LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3))));
      }
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** The year of a date or year label. */
  static Optional<Integer> year(String label) {
    Optional<java.time.LocalDate> d = date(label);
    if (d.isPresent()) {
      return Optional.of(d.get().getYear());
    }
    Matcher m = YEAR.matcher(label.strip());
    return m.matches() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
  }

  /** Whether the text is a region key: digits (leading zeros possibly lost) or {@code DG}. */
  static boolean isRegionKey(String text) {
    String s = text.strip();
    return s.equals("DG") || KEY_DIGITS.matcher(s).matches();
  }

  /** The canonical AGS of a key, repaired where a leading zero was lost, if it is one. */
  static Optional<Ags> ags(String key) {
    String s = key.strip();
    try {
      if (s.length() == 2 || s.length() == 3 || s.length() == 5 || s.length() == 8 || s.equals("DG")) {
        return Optional.of(Ags.of(s));
      }
      if (s.length() == 1 || s.length() == 4 || s.length() == 7) {
        return Optional.of(Ags.parse(s));
      }
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** The canonical ARS of a 9- or 12-digit key (or 8/11 digits with a lost zero), if it is one. */
  static Optional<Ars> ars(String key) {
    String s = key.strip();
    if (s.length() != 8 && s.length() != 9 && s.length() != 11 && s.length() != 12) {
      return Optional.empty();
    }
    try {
      return Optional.of(Ars.parse(s));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Whether the text is a GENESIS value: a number or one of the special symbols. */
  static boolean isValue(String text) {
    String s = text.strip();
    return NUMBER.matcher(s).matches() || ValueState.ofSymbol(s).isPresent();
  }

  /**
   * The number in a cell: digits with one optional decimal mark ({@code ,} in German, {@code .} in
   * English exports; GENESIS writes no thousands separators), exactly as published.
   */
  static Optional<BigDecimal> number(String text) {
    String s = text.strip();
    if (!NUMBER.matcher(s).matches()) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(s.replace(',', '.')));
  }
}
