// SPDX-License-Identifier: Apache-2.0
package zwk.model.region;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import zwk.model.ZwkStyle;
import zwk.model.internal.Invariants;
import zwk.model.programme.ProgrammeMembership;

/**
 * A local authority (<em>Kommune</em>: Gemeinde, Stadt, Landkreis/Kreis, kreisfreie Stadt,
 * Amt/Verbandsgemeinde/Samtgemeinde, Regionalverband …), keyed by its official AGS and/or ARS. The
 * {@link #type()} says which kind it is.
 *
 * <p>Invariants: at least one key; AGS and ARS denote the same region when both are given;
 * population counts and area are not negative. Whether male + female add up to the total is left
 * to the data (official sources do not always agree). A blank name builds (the validator reports it).
 */
@Value.Immutable
@ZwkStyle
abstract class MunicipalityDef {

  /** Amtlicher Gemeindeschlüssel; absent only for a Gemeindeverband, which has none. */
  abstract Optional<Ags> ags();

  /** Amtlicher Regionalschlüssel. */
  abstract Optional<Ars> ars();

  /** Official name, e.g. {@code "Barleben"} or {@code "Flensburg, Stadt"}. */
  @NotBlank
  abstract String name();

  /** Kind of local authority (from the GV-ISys Textkennzeichen). */
  abstract Optional<MunicipalityType> type();

  /** Population (<em>Einwohner insgesamt</em>). */
  abstract Optional<Long> population();

  /** Male population, where given. */
  abstract Optional<Long> populationMale();

  /** Female population, where given. */
  abstract Optional<Long> populationFemale();

  /** Reference date of the population figures. */
  abstract Optional<LocalDate> populationDate();

  /** Area in km² (<em>Fläche</em>), exactly as published. */
  abstract Optional<BigDecimal> areaKm2();

  /** Postcode (<em>Postleitzahl</em>) of the administrative seat, 5 digits. */
  abstract Optional<String> postcode();

  /** Coordinates of the centre. */
  abstract Optional<GeoPoint> location();

  /** The programme network's regional cluster, if assigned. */
  abstract Optional<RegionalCluster> cluster();

  /** Memberships in DWK, ZWK, the network … */
  abstract List<@Valid ProgrammeMembership> programmeMemberships();

  /** The region key at the finest available level: the AGS if present, else the ARS. */
  @Value.Derived
  @Value.Auxiliary
  String key() {
    return ags().map(Ags::code).orElseGet(() -> ars().orElseThrow(this::noKey).code());
  }

  /** The Land, from the key. */
  @Value.Derived
  @Value.Auxiliary
  Optional<FederalState> state() {
    return ags().isPresent() ? ags().get().state() : ars().map(Ars::state);
  }

  /** The level of the key. */
  @Value.Derived
  @Value.Auxiliary
  RegionLevel level() {
    return ags().isPresent() ? ags().get().level() : ars().orElseThrow(this::noKey).level();
  }

  // Derived attributes are computed before the check runs, so they report a missing key themselves.
  private IllegalArgumentException noKey() {
    return new IllegalArgumentException("ags: expected an AGS or an ARS for '" + name() + "', got neither");
  }

  @Value.Check
  void check() {
    if (ags().isEmpty() && ars().isEmpty()) {
      throw noKey();
    }
    if (ags().isPresent() && ars().isPresent() && ars().get().hasAgs()
        && !ars().get().toAgs().equals(ags().get())) {
      throw new IllegalArgumentException("ars: expected the same region as ags " + ags().get() + ", got " + ars().get());
    }
    nonNegative("population", population());
    nonNegative("populationMale", populationMale());
    nonNegative("populationFemale", populationFemale());
    if (areaKm2().isPresent() && areaKm2().get().signum() < 0) {
      throw new IllegalArgumentException("areaKm2: expected >= 0, got " + areaKm2().get().toPlainString());
    }
    if (postcode().isPresent() && !Invariants.fiveDigits(postcode().get())) {
      throw new IllegalArgumentException("postcode: expected 5 digits, got '" + postcode().get() + "'");
    }
  }

  private static void nonNegative(String field, Optional<Long> value) {
    if (value.isPresent() && value.get() < 0) {
      throw new IllegalArgumentException(field + ": expected >= 0, got " + value.get());
    }
  }

  /** Key, name and type; no personal data. */
  @Override
  public String toString() {
    return "Municipality{" + key() + " " + name() + type().map(t -> " (" + t.germanLabel() + ")").orElse("") + "}";
  }
}
