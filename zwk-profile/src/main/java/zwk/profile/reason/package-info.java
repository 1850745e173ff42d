// SPDX-License-Identifier: Apache-2.0
/**
 * Why a count or an indicator is not computable: {@link zwk.profile.reason.Reason} (a stable
 * {@link zwk.profile.reason.ReasonCode} with parameters and context), rendered from the bundle
 * {@code zwk/profile/reasons} in German (default) or English.
 */
@NullMarked
package zwk.profile.reason;

import org.jspecify.annotations.NullMarked;
