// SPDX-License-Identifier: Apache-2.0
package zwk.io.oparl;

/**
 * An object of an OParl 1.0 or 1.1 API (<em>Schnittstelle für parlamentarische
 * Informationssysteme</em>): its id (a URL) and its type URL, e.g.
 * {@code https://schema.oparl.org/1.1/Body}.
 */
public interface OParlObject {
  /** The object's id, a URL. */
  String id();

  /** The type URL as given. */
  String type();

  /** The OParl version from the type URL ({@code 1.0} or {@code 1.1}). */
  default String version() {
    return OParlObjects.version(type());
  }
}
