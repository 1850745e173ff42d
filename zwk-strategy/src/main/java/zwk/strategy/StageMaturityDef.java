// SPDX-License-Identifier: Apache-2.0
package zwk.strategy;

import java.util.List;
import org.immutables.value.Value;
import zwk.model.ZwkStyle;
import zwk.model.stage.StageStatus;
import zwk.model.stage.StrategyStage;

/** The maturity of one stage: base from its status, the deductions, the score (0–100). */
@Value.Immutable
@ZwkStyle
abstract class StageMaturityDef {

  /** The stage. */
  abstract StrategyStage stage();

  /** Its status. */
  abstract StageStatus status();

  /** Base points from the status (100, 50, 0). */
  abstract int base();

  /** Score after deductions, 0–100. */
  abstract int score();

  /** The findings that cost points, in report order. */
  abstract List<Deduction> deductions();
}
