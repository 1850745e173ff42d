// SPDX-License-Identifier: Apache-2.0
package zwk.model.common;

import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;
import zwk.model.ZwkStyle;

/**
 * A public source that a fact rests on (<em>Quelle, Beleg</em>): the page or document where the
 * programme, a municipality or the press published it. Facts about programmes, municipalities and
 * tools are only taken from public sources, and each keeps its citation so that a reader can check
 * it.
 *
 * <p>No invariant: a blank title builds (the validator or a data test reports it), like every
 * other text of the model.
 */
@Value.Immutable
@ZwkStyle
abstract class SourceDef {

  /** Title of the page or document as published, e.g. {@code "Barleben gestaltet Zukunft"}. */
  @NotBlank
  abstract String title();

  /** Web address of the page or document. */
  abstract Optional<String> url();

  /** Who published it, e.g. {@code "Zukunftswerkstatt Kommunen"} or a newspaper. */
  abstract Optional<String> publisher();

  /**
   * Date or edition as the source gives it: an ISO date where the day is known
   * ({@code "2022-07-06"}), else a year-month ({@code "2018-03"}), a year or an edition text.
   * Kept as text because sources rarely give more than a month.
   */
  abstract Optional<String> edition();

  /** A source with a title and a web address. */
  public static Source of(String title, String url) {
    return Source.builder().title(title).url(url).build();
  }
}
