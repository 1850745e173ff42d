package zwk.strategy.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import zwk.model.plan.Budget;
import zwk.model.plan.Measure;
import zwk.model.plan.MeasureStatus;
import zwk.model.programme.FundingKind;
import zwk.model.stage.StrategyStage;
import zwk.strategy.Severity;
import zwk.strategy.rule.BaseRule;
import zwk.strategy.rule.FindingSink;
import zwk.strategy.rule.RuleContext;
import zwk.strategy.rule.RuleParameter;

/**
 * ZWK-FUND-001: the programme-funded budgets of the plan stay within the programme's funding per
 * year. DWK paid €30,000 a year for consulting ({@code consultingEurPerYear}) and €10,000 for
 * material ({@code materialEurPerYear}); all programme money together ({@link FundingKind#CONSULTING},
 * {@link FundingKind#MATERIAL}, {@link FundingKind#LUMP_SUM}) is capped by
 * {@code programmeEurPerYear} (default €40,000, the ZWK ceiling and the DWK sum).
 *
 * <p>A measure's amount is spread over its period pro rata by days and summed per calendar year
 * (exact {@link BigDecimal} arithmetic, cent rounding half-even per measure and year). Measures
 * without a complete period or amount, or cancelled, are not counted (ZWK-PLAN-002/-003 report
 * them). Variants: {@code kind} (one kind over its limit), {@code total}.
 */
final class FundingLimitRule extends BaseRule {
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
    Map<Integer, Map<FundingKind, BigDecimal>> byYear = new TreeMap<>();
    for (Measure m : ctx.plan().get().measures()) {
      if (m.status() == MeasureStatus.CANCELLED || m.budget().isEmpty() || !m.period().isComplete()) {
        continue;
      }
      Budget b = m.budget().get();
      if (b.amountEur().isEmpty() || b.fundingKind().isEmpty() || !isProgramme(b.fundingKind().get())) {
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
          .param("sumEur", sum).param("limitEur", limit).emit();
    }
  }

  private static boolean isProgramme(FundingKind k) {
    return List.of(FundingKind.CONSULTING, FundingKind.MATERIAL, FundingKind.LUMP_SUM).contains(k);
  }
}
