// SPDX-License-Identifier: Apache-2.0
package zwk.strategy;

import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;
import zwk.model.ZwkStyle;
import zwk.model.stage.StageStatus;
import zwk.model.stage.StrategyStage;
import zwk.model.strategy.MunicipalStrategy;

/**
 * The maturity of a strategy (<em>Reifegrad</em>), 0–100 per stage and overall, explained by the
 * findings that cost points.
 *
 * <p>Per stage: a base of 100 when the stage is completed, 50 in progress, 0 not started; minus
 * {@value #ERROR_POINTS} points per ERROR and {@value #WARNING_POINTS} per WARNING that belongs to
 * the stage (INFO costs nothing); never below 0. Overall: the mean of the five stage scores,
 * rounded half up.
 */
@Value.Immutable
@ZwkStyle
abstract class MaturityDef {
  /** Points an ERROR costs. */
  public static final int ERROR_POINTS = 20;
  /** Points a WARNING costs. */
  public static final int WARNING_POINTS = 5;

  /** Overall score 0–100. */
  abstract int overall();

  /** One entry per stage, in method order. */
  abstract List<StageMaturity> stages();

  /** The entry of one stage. */
  public StageMaturity stage(StrategyStage stage) {
    return stages().get(stage.ordinal());
  }

  /** Computes the maturity from a report of the strategy. */
  public static Maturity of(MunicipalStrategy strategy, ValidationReport report) {
    List<StageMaturity> list = new ArrayList<>();
    int sum = 0;
    for (StrategyStage s : StrategyStage.values()) {
      StageStatus status = strategy.statusOf(s);
      int base = status == StageStatus.COMPLETED ? 100 : status == StageStatus.IN_PROGRESS ? 50 : 0;
      StageMaturity.Builder b = StageMaturity.builder().stage(s).status(status).base(base);
      int cost = 0;
      for (Finding f : report.findings()) {
        if (f.stage().isPresent() && f.stage().get() == s) {
          int points = f.severity() == Severity.ERROR ? ERROR_POINTS : f.severity() == Severity.WARNING ? WARNING_POINTS : 0;
          if (points > 0) {
            b.addDeductions(Deduction.builder().ruleId(f.ruleId()).severity(f.severity()).path(f.path())
                .points(points).message(f.message()).build());
            cost += points;
          }
        }
      }
      int score = Math.max(0, base - cost);
      list.add(b.score(score).build());
      sum += score;
    }
    int overall = (int) Math.floor(sum / (double) list.size() + 0.5);
    return Maturity.builder().overall(overall).stages(list).build();
  }
}
