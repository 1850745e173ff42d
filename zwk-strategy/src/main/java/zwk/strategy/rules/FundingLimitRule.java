// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import zwk.model.plan.Budget;
import zwk.model.plan.Measure;
import zwk.model.plan.MeasureStatus;
import zwk.model.programme.Funding;
import zwk.model.programme.FundingKind;
import zwk.model.programme.MembershipRole;
import zwk.model.programme.Programme;
import zwk.model.programme.ProgrammeMembership;
import zwk.model.stage.StrategyStage;
import zwk.strategy.Severity;
import zwk.strategy.rule.BaseRule;
import zwk.strategy.rule.FindingSink;
import zwk.strategy.rule.RuleContext;
import zwk.strategy.rule.RuleParameter;

/**
 * ZWK-FUND-001: the programme-funded budgets of the plan stay within the programme's funding per
 * year and within the years the programme funds.
 *
 * <p><b>Caps from the programme data.</b> When the validator knows the programme in which the
 * strategy's municipality is a model municipality ({@link MembershipRole#MODEL_MUNICIPALITY}, first
 * such membership whose programme has funding), each funding kind the programme pays is capped by
 * its annual amount (variant {@code kind}; skipped when the programme pays a single kind, which the
 * total already covers) and all programme money together by the sum of the programme's amounts
 * (variant {@code total}). DWK: €30,000 consulting + €10,000 material = €40,000; ZWK: up to €40,000
 * as a lump sum. Without programme data the thresholds {@code consultingEurPerYear},
 * {@code materialEurPerYear} and {@code programmeEurPerYear} apply as before.
 *
 * <p><b>Funded span.</b> With programme data, programme money planned for a year outside the funded
 * span is reported (variant {@code span}). The span starts in the year of the membership's start
 * (else the programme's start); with {@code fundedYears} (DWK: five) it ends {@code fundedYears - 1}
 * years later, never after the programme's or the membership's end; without it, it ends with the
 * membership's end (else the programme's). An unknown side is not checked.
 *
 * <p>Programme money is {@link FundingKind#CONSULTING}, {@link FundingKind#MATERIAL} and
 * {@link FundingKind#LUMP_SUM}. A measure's amount is spread over its period pro rata by days and
 * summed per calendar year (exact {@link BigDecimal} arithmetic, cent rounding half-even per measure
 * and year). Measures without a complete period or amount, or cancelled, are not counted
 * (ZWK-PLAN-002/-003 report them).
 */
final class FundingLimitRule extends BaseRule {
  private static final List<FundingKind> PROGRAMME_MONEY =
      List.of(FundingKind.CONSULTING, FundingKind.MATERIAL, FundingKind.LUMP_SUM);

  /** The rule. */
  public FundingLimitRule() {
    super("ZWK-FUND-001", Severity.WARNING, StrategyStage.WORKSHOP_PLAN,
        RuleParameter.of("consultingEurPerYear", 30000), RuleParameter.of("materialEurPerYear", 10000),
        RuleParameter.of("programmeEurPerYear", 40000));
  }

  @Override
  public void check(RuleContext ctx, FindingSink out) {
    if (ctx.plan().isEmpty()) {
      return;
    }
    Map<Integer, Map<FundingKind, BigDecimal>> byYear = sumsByYear(ctx);
    Optional<ProgrammeMembership> membership = fundedMembership(ctx);
    if (membership.isEmpty()) {
      checkThresholds(ctx, out, byYear);
      return;
    }
    Programme programme = ctx.programme(membership.get().programmeId()).orElseThrow();
    BigDecimal total = BigDecimal.ZERO;
    for (Funding f : programme.funding()) {
      total = total.add(f.annualAmountEur());
    }
    boolean perKind = programme.funding().size() > 1;
    Optional<Integer> first = firstYear(programme, membership.get());
    Optional<Integer> last = lastYear(programme, membership.get(), first);
    for (Map.Entry<Integer, Map<FundingKind, BigDecimal>> e : byYear.entrySet()) {
      int year = e.getKey();
      Map<FundingKind, BigDecimal> sums = e.getValue();
      BigDecimal sum = sums.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      if (first.map(y -> year < y).orElse(false) || last.map(y -> year > y).orElse(false)) {
        out.at("/plan/measures").variant("span").param("year", year).param("sumEur", sum)
            .param("programme", programme.name())
            .param("firstYear", first.map(Object.class::cast).orElse("…"))
            .param("lastYear", last.map(Object.class::cast).orElse("…")).emit();
        continue;
      }
      if (perKind) {
        for (Funding f : programme.funding()) {
          limit(out, year, f.kind(), sums.get(f.kind()), f.annualAmountEur());
        }
      }
      if (sum.compareTo(total) > 0) {
        out.at("/plan/measures").variant("total").param("year", year)
            .param("sumEur", sum).param("limitEur", plain(total)).emit();
      }
    }
  }

  /** The first membership as model municipality whose programme the validator knows and funds. */
  private static Optional<ProgrammeMembership> fundedMembership(RuleContext ctx) {
    return ctx.strategy().municipality().programmeMemberships().stream()
        .filter(m -> m.role() == MembershipRole.MODEL_MUNICIPALITY)
        .filter(m -> ctx.programme(m.programmeId()).map(p -> !p.funding().isEmpty()).orElse(false))
        .findFirst();
  }

  private static Optional<Integer> firstYear(Programme p, ProgrammeMembership m) {
    Optional<LocalDate> start = m.period().start().or(() -> p.period().start());
    return start.map(LocalDate::getYear);
  }

  private static Optional<Integer> lastYear(Programme p, ProgrammeMembership m, Optional<Integer> first) {
    Optional<Integer> end = m.period().end().or(() -> p.period().end()).map(LocalDate::getYear);
    if (p.fundedYears().isPresent() && first.isPresent()) {
      int byYears = first.get() + p.fundedYears().get() - 1;
      return Optional.of(end.map(e -> Math.min(e, byYears)).orElse(byYears));
    }
    return end;
  }

  private static Map<Integer, Map<FundingKind, BigDecimal>> sumsByYear(RuleContext ctx) {
    Map<Integer, Map<FundingKind, BigDecimal>> byYear = new TreeMap<>();
    for (Measure m : ctx.plan().get().measures()) {
      if (m.status() == MeasureStatus.CANCELLED || m.budget().isEmpty() || !m.period().isComplete()) {
        continue;
      }
      Budget b = m.budget().get();
      if (b.amountEur().isEmpty() || b.fundingKind().isEmpty() || !PROGRAMME_MONEY.contains(b.fundingKind().get())) {
        continue;
      }
      LocalDate start = m.period().start().get();
      LocalDate end = m.period().end().get();
      BigDecimal days = BigDecimal.valueOf(ChronoUnit.DAYS.between(start, end) + 1);
      for (int y = start.getYear(); y <= end.getYear(); y++) {
        LocalDate from = y == start.getYear() ? start : LocalDate.of(y, 1, 1);
        LocalDate to = y == end.getYear() ? end : LocalDate.of(y, 12, 31);
        BigDecimal share = b.amountEur().get().multiply(BigDecimal.valueOf(ChronoUnit.DAYS.between(from, to) + 1))
            .divide(days, 2, RoundingMode.HALF_EVEN);
        byYear.computeIfAbsent(y, k -> new TreeMap<>()).merge(b.fundingKind().get(), share, BigDecimal::add);
      }
    }
    return byYear;
  }

  private static void checkThresholds(RuleContext ctx, FindingSink out, Map<Integer, Map<FundingKind, BigDecimal>> byYear) {
    BigDecimal consulting = ctx.threshold("consultingEurPerYear");
    BigDecimal material = ctx.threshold("materialEurPerYear");
    BigDecimal programme = ctx.threshold("programmeEurPerYear");
    for (Map.Entry<Integer, Map<FundingKind, BigDecimal>> e : byYear.entrySet()) {
      Map<FundingKind, BigDecimal> sums = e.getValue();
      limit(out, e.getKey(), FundingKind.CONSULTING, sums.get(FundingKind.CONSULTING), consulting);
      limit(out, e.getKey(), FundingKind.MATERIAL, sums.get(FundingKind.MATERIAL), material);
      BigDecimal total = sums.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      if (total.compareTo(programme) > 0) {
        out.at("/plan/measures").variant("total").param("year", e.getKey())
            .param("sumEur", total).param("limitEur", programme).emit();
      }
    }
  }

  private static void limit(FindingSink out, int year, FundingKind kind, BigDecimal sum, BigDecimal limit) {
    if (sum != null && sum.compareTo(limit) > 0) {
      out.at("/plan/measures").variant("kind").param("year", year).param("fundingKind", kind)
          .param("sumEur", sum).param("limitEur", plain(limit)).emit();
    }
  }

  // A cap of 10000.00 from the data is shown like the threshold 10000: "10.000 €", not "10.000,00 €".
  private static BigDecimal plain(BigDecimal amount) {
    BigDecimal s = amount.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
