// SPDX-License-Identifier: Apache-2.0
package zwk.model.profile;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import zwk.model.ZwkStyle;
import zwk.model.internal.Invariants;

/**
 * One entry of the SWOT (<em>Stärken-Schwächen-Chancen-Risiken-Analyse</em>) of a Kommunalprofil,
 * in an action field, citing the indicators that support it.
 *
 * <p>A weakness or threat that the strategy does not address on purpose carries a
 * {@link #deferralReason()} (the validator's white-spot rule accepts that).
 */
@Value.Immutable
@ZwkStyle
abstract class SwotEntryDef {

  /** Id, unique within the profile, e.g. {@code "swot-3"}. */
  abstract String id();

  /** Category. */
  abstract SwotCategory category();

  /** The statement in German. */
  @NotBlank
  abstract String text();

  /** The statement in English, if translated. */
  abstract Optional<String> textEnglish();

  /** The action field the entry belongs to (id). */
  abstract Optional<String> actionFieldId();

  /** Ids of the indicators that support the entry. */
  abstract List<String> citedIndicatorIds();

  /** The derivation rule that produced the entry (zwk-profile SWOT rules), if derived. */
  abstract Optional<String> derivedByRule();

  /** Why the strategy deliberately does not address this entry now (<em>zurückgestellt</em>). */
  abstract Optional<String> deferralReason();

  @Value.Check
  void check() {
    Invariants.nonBlankId("id", id());
  }
}
