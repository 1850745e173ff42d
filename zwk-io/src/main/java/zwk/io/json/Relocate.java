// SPDX-License-Identifier: Apache-2.0
package zwk.io.json;

/**
 * Thrown instead of an error whose location a {@link ReadContext} did not record
 * ({@link ReadContext#relocated}): the {@link DocumentReader} that created the context reads the
 * same source again with a recording context, which throws the same error with its location. Never
 * leaves {@link DocumentReader}; carries nothing, so one instance (without a stack trace) serves.
 */
final class Relocate extends RuntimeException {
  private static final long serialVersionUID = 1L;

  static final Relocate INSTANCE = new Relocate();

  private Relocate() {
    super(null, null, false, false);
  }
}
