// SPDX-License-Identifier: Apache-2.0
package zwk.model.council;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import zwk.model.ZwkStyle;

/**
 * A reference to a council paper (<em>Drucksache, Vorlage</em>) in a council information system
 * (Ratsinformationssystem), typically an OParl {@code Paper}: its id URL, its reference
 * (<em>Aktenzeichen, Drucksachennummer</em>, OParl {@code reference}), its date, name and paper type
 * (OParl {@code paperType}, e.g. "Beschlussvorlage").
 *
 * <p>Invariants: at least the URL or the reference is given (else the paper cannot be found again);
 * the URL, when given, is an absolute {@code http} or {@code https} URL; given texts are not blank.
 */
@Value.Immutable
@ZwkStyle
abstract class CouncilPaperDef {

  /** The OParl Paper id, an absolute URL such as {@code https://oparl.example.org/paper/749}. */
  abstract Optional<String> url();

  /** The reference (<em>Aktenzeichen, Drucksachennummer</em>), e.g. {@code 1234/2014}. */
  abstract Optional<String> reference();

  /** The paper's date. */
  abstract Optional<LocalDate> date();

  /** The paper's name (title). */
  abstract Optional<String> name();

  /** The kind of paper (OParl {@code paperType}), e.g. {@code Beschlussvorlage}. */
  abstract Optional<String> paperType();

  @Value.Check
  void check() {
    if (url().isEmpty() && reference().isEmpty()) {
      throw new IllegalArgumentException("url: expected the paper's URL or its reference, got neither");
    }
    url().ifPresent(CouncilPaperDef::checkUrl);
    nonBlank("reference", reference());
    nonBlank("name", name());
    nonBlank("paperType", paperType());
  }

  private static void nonBlank(String field, Optional<String> value) {
    if (value.isPresent() && value.get().isBlank()) {
      throw new IllegalArgumentException(field + ": expected a non-blank text or none, got '" + value.get() + "'");
    }
  }

  /** Fails unless the text is an absolute http(s) URL. */
  static void checkUrl(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme();
      if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          || uri.getHost() == null) {
        throw new IllegalArgumentException("url: expected an absolute http(s) URL, got '" + clip(url) + "'");
      }
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("url: expected an absolute http(s) URL, got '" + clip(url) + "'", e);
    }
  }

  private static String clip(String s) {
    return s.length() <= 64 ? s : s.substring(0, 64) + "…";
  }
}
