// SPDX-License-Identifier: Apache-2.0
package zwk.profile.reason;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A result that is either a value or the {@link Reason} why there is none (a count that is not
 * available, an indicator that is not computable): the reason as a stable code for programs and as
 * a text for people, in German by default (docs/design.md rule 8) or English.
 */
public interface ReasonedResult {

  /** The reason with its parameters and context; empty when there is a value. */
  Optional<Reason> missingReason();

  /** The reason in German (zwk's default language), or {@code null} when there is a value. */
  default @Nullable String reason() {
    return reason(Locale.GERMAN);
  }

  /** The reason in {@code locale} (English for {@code en}, German otherwise), or {@code null} when there is a value. */
  default @Nullable String reason(Locale locale) {
    return missingReason().map(r -> r.render(locale)).orElse(null);
  }

  /** The locale-independent code of the reason, or {@code null} when there is a value. */
  default @Nullable ReasonCode reasonCode() {
    return missingReason().map(Reason::code).orElse(null);
  }
}
