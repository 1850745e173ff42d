// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.rules;

import java.time.LocalDate;
import zwk.model.profile.MunicipalProfile;
import zwk.model.stage.StrategyStage;
import zwk.strategy.Severity;
import zwk.strategy.rule.BaseRule;
import zwk.strategy.rule.FindingSink;
import zwk.strategy.rule.RuleContext;
import zwk.strategy.rule.RuleParameter;

/**
 * ZWK-PROFILE-002: when the plan is adopted, the profile it rests on is not older than
 * {@code maxProfileAgeYears} (default 3): the analysis must describe the present. Without an
 * adoption date the reference date is used. Variant {@code noDate}: the profile has no date.
 */
final class ProfileAgeRule extends BaseRule {
  /** The rule. */
  public ProfileAgeRule() {
    super("ZWK-PROFILE-002", Severity.WARNING, StrategyStage.PROFILE, RuleParameter.of("maxProfileAgeYears", 3));
  }

  @Override
  public void check(RuleContext ctx, FindingSink out) {
    if (ctx.profile().isEmpty() || !Plans.planUnderway(ctx)) {
      return;
    }
    MunicipalProfile p = ctx.profile().get();
    int years = ctx.intThreshold("maxProfileAgeYears");
    if (p.asOf().isEmpty()) {
      out.at("/profile/asOf").variant("noDate").param("maxProfileAgeYears", years).emit();
      return;
    }
    LocalDate at = ctx.plan().flatMap(pl -> pl.adoptedOn()).orElse(ctx.today());
    if (p.asOf().get().plusYears(years).isBefore(at)) {
      out.at("/profile/asOf").param("asOf", p.asOf().get()).param("at", at)
          .param("maxProfileAgeYears", years).emit();
    }
  }
}
