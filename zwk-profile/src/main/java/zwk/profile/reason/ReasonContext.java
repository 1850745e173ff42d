// SPDX-License-Identifier: Apache-2.0
package zwk.profile.reason;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** One step of where a {@link Reason} lies: a {@link ReasonPart}, and for {@link ReasonPart#YEAR} its date. */
public final class ReasonContext {
  private final ReasonPart part;
  private final LocalDate date;

  private ReasonContext(ReasonPart part, LocalDate date) {
    this.part = part;
    this.date = date;
  }

  /**
   * A part other than {@link ReasonPart#YEAR}.
   *
   * @throws IllegalArgumentException for {@link ReasonPart#YEAR} (use {@link #year(LocalDate)})
   */
  public static ReasonContext of(ReasonPart part) {
    if (Objects.requireNonNull(part, "part") == ReasonPart.YEAR) {
      throw new IllegalArgumentException("part: expected a part without date, got YEAR (use ReasonContext.year(date))");
    }
    return new ReasonContext(part, null);
  }

  /** The year of a multi-year mean, named by its reference date. */
  public static ReasonContext year(LocalDate date) {
    return new ReasonContext(ReasonPart.YEAR, Objects.requireNonNull(date, "date"));
  }

  /** The part. */
  public ReasonPart part() {
    return part;
  }

  /** The reference date of a {@link ReasonPart#YEAR}; empty for other parts. */
  public Optional<LocalDate> date() {
    return Optional.ofNullable(date);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReasonContext && ((ReasonContext) o).part == part && Objects.equals(((ReasonContext) o).date, date);
  }

  @Override
  public int hashCode() {
    return part.hashCode() * 31 + Objects.hashCode(date);
  }

  @Override
  public String toString() {
    return date == null ? part.name() : part.name() + " " + date;
  }
}
