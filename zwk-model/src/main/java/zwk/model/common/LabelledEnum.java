// SPDX-License-Identifier: Apache-2.0
package zwk.model.common;

/**
 * A labelled enum: its constructor hands the German and English label of each constant to
 * {@link Labels#register}, and the labels are read from there, so that the 20 labelled enums do not
 * each repeat two fields and two accessors. The labels stay in the constant declarations.
 *
 * <pre>{@code
 * public enum Effort implements LabelledEnum {
 *   LOW("gering", "low");
 *
 *   Effort(String germanLabel, String englishLabel) {
 *     Labels.register(this, germanLabel, englishLabel);
 *   }
 * }
 * }</pre>
 */
public interface LabelledEnum extends Labelled {

  @Override
  default String germanLabel() {
    return Labels.of(this).germanLabel();
  }

  @Override
  default String englishLabel() {
    return Labels.of(this).englishLabel();
  }
}
