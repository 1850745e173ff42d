// SPDX-License-Identifier: Apache-2.0
package zwk.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import zwk.model.common.Period;

/** Small imperative helpers so that generators of large records stay readable. */
final class GenSupport {
  private GenSupport() {}

  static final LocalDate MIN_DATE = LocalDate.of(1990, 1, 1);
  static final LocalDate MAX_DATE = LocalDate.of(2045, 12, 31);

  static int intIn(RandomnessSource in, int lo, int hi) {
    return Generate.range(lo, hi).generate(in);
  }

  static boolean chance(RandomnessSource in, int percent) {
    return intIn(in, 1, 100) <= percent;
  }

  static <T> Optional<T> maybe(RandomnessSource in, Gen<T> gen) {
    return chance(in, 60) ? Optional.of(gen.generate(in)) : Optional.empty();
  }

  static <T> List<T> listOf(RandomnessSource in, Gen<T> gen, int max) {
    int n = intIn(in, 0, max);
    List<T> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(gen.generate(in));
    }
    return out;
  }

  static <T extends Enum<T>> T pick(RandomnessSource in, Class<T> type) {
    return Generate.enumValues(type).generate(in);
  }

  /** A distinct subset of the enum's constants, in declaration order. */
  static <T extends Enum<T>> List<T> subset(RandomnessSource in, Class<T> type, int max) {
    List<T> out = new ArrayList<>();
    for (T c : type.getEnumConstants()) {
      if (out.size() < max && chance(in, 25)) {
        out.add(c);
      }
    }
    return out;
  }

  static Gen<LocalDate> dates() {
    return Generate.longRange(MIN_DATE.toEpochDay(), MAX_DATE.toEpochDay()).map(LocalDate::ofEpochDay);
  }

  /** Periods with any combination of known and unknown ends, always end &gt;= start. */
  static Gen<Period> periods() {
    return in -> {
      Optional<LocalDate> start = maybe(in, dates());
      Optional<LocalDate> end = maybe(in, dates());
      if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
        Optional<LocalDate> t = start;
        start = end;
        end = t;
      }
      return Period.builder().start(start).end(end).build();
    };
  }

  /** Euro amounts with 0 to 2 decimals, scale kept (40000.00 stays 40000.00). */
  static Gen<BigDecimal> euros() {
    return in -> BigDecimal.valueOf(Generate.longRange(0, 9_999_999_99L).generate(in), intIn(in, 0, 2));
  }

  /** Finite doubles, including fractions, negatives and large magnitudes. */
  static Gen<Double> finiteDoubles() {
    return in -> {
      switch (intIn(in, 0, 3)) {
        case 0:
          return (double) intIn(in, -1000, 1000);
        case 1:
          return intIn(in, -100000, 100000) / 100.0;
        case 2:
          return Double.longBitsToDouble(Generate.longRange(0, 0x7FEF_FFFF_FFFF_FFFFL).generate(in))
              * (chance(in, 50) ? 1 : -1);
        default:
          return intIn(in, 0, 1000) / 7.0;
      }
    };
  }
}
