// SPDX-License-Identifier: Apache-2.0
package zwk.profile.recommend;

import java.util.Objects;
import zwk.model.profile.SwotEntry;

/**
 * An action field in which a profile shows a weakness or threat, with the SWOT entry that says so.
 *
 * @param actionFieldId the action field
 * @param entry the weakness or threat
 */
public record Need(String actionFieldId, SwotEntry entry) {
  /** Checks the parts. */
  public Need {
    Objects.requireNonNull(actionFieldId, "actionFieldId");
    Objects.requireNonNull(entry, "entry");
  }
}
