// SPDX-License-Identifier: Apache-2.0
package zwk.model.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import zwk.model.common.Period;

/**
 * The programmes known to zwk as constants, for code that needs a programme id or period without
 * I/O. The maintained, cited record is the versioned resource that zwk-io ships
 * ({@code zwk.io.programmes.ProgrammeData.bundled()}: programmes with their sources, participants,
 * clusters); a test in zwk-io keeps these constants equal to it in id, name, period, funding and
 * funded years. New facts go into the resource, not here.
 */
public final class Programmes {
  private Programmes() {}

  /**
   * Demografiewerkstatt Kommunen (DWK), 2016–2020, 8 model municipalities; €30,000 a year for
   * consulting and €10,000 for material, for five years.
   */
  public static final Programme DWK = Programme.builder()
      .id("dwk")
      .name("Demografiewerkstatt Kommunen")
      .shortName("DWK")
      .period(Period.of(LocalDate.of(2016, 1, 1), LocalDate.of(2020, 12, 31)))
      .addFunding(Funding.builder().kind(FundingKind.CONSULTING)
          .annualAmountEur(new BigDecimal("30000.00")).build())
      .addFunding(Funding.builder().kind(FundingKind.MATERIAL)
          .annualAmountEur(new BigDecimal("10000.00")).build())
      .fundedYears(5)
      .build();

  /**
   * Zukunftswerkstatt Kommunen – Attraktiv im Wandel (ZWK), 2021-05-01 to 2024-12-31, 40 model
   * municipalities, up to €40,000 a year.
   */
  public static final Programme ZWK = Programme.builder()
      .id("zwk")
      .name("Zukunftswerkstatt Kommunen – Attraktiv im Wandel")
      .shortName("ZWK")
      .period(Period.of(LocalDate.of(2021, 5, 1), LocalDate.of(2024, 12, 31)))
      .addFunding(Funding.builder().kind(FundingKind.LUMP_SUM)
          .annualAmountEur(new BigDecimal("40000.00")).upTo(true).build())
      .build();

  /**
   * The nationwide network that followed ZWK: Zukunftsraum Demografie, a digital platform open since
   * 2025-05-27 with a micro-grant of up to €5,000 a year and municipality for external experts.
   * The id stays {@code "zwk-netzwerk"}.
   */
  public static final Programme NETWORK = Programme.builder()
      .id("zwk-netzwerk")
      .name("Zukunftsraum Demografie")
      .shortName("Zukunftsraum Demografie")
      .period(Period.builder().start(LocalDate.of(2025, 5, 27)).build())
      .addFunding(Funding.builder().kind(FundingKind.CONSULTING)
          .annualAmountEur(new BigDecimal("5000.00")).upTo(true).build())
      .build();

  /** All known programmes. */
  public static List<Programme> all() {
    return List.of(DWK, ZWK, NETWORK);
  }

  /** A known programme by id. */
  public static Optional<Programme> byId(String id) {
    return all().stream().filter(p -> p.id().equals(id)).findFirst();
  }
}
