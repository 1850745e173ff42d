// SPDX-License-Identifier: Apache-2.0
package zwk.model.region;

import org.immutables.value.Value;
import zwk.model.ZwkStyle;

/**
 * Geographic coordinates in WGS84 degrees (<em>Längengrad, Breitengrad</em>), as the municipality
 * register gives them for a Gemeinde's centre.
 *
 * <p>Invariants: latitude in [-90, 90], longitude in [-180, 180], both finite.
 */
@Value.Immutable
@ZwkStyle
abstract class GeoPointDef {

  /** Breitengrad, degrees north. */
  @Value.Parameter
  abstract double latitude();

  /** Längengrad, degrees east. */
  @Value.Parameter
  abstract double longitude();

  @Value.Check
  void check() {
    if (!(latitude() >= -90 && latitude() <= 90)) {
      throw new IllegalArgumentException("latitude: expected -90..90, got " + latitude());
    }
    if (!(longitude() >= -180 && longitude() <= 180)) {
      throw new IllegalArgumentException("longitude: expected -180..180, got " + longitude());
    }
  }
}
