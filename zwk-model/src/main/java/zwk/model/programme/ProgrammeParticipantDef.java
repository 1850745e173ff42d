// SPDX-License-Identifier: Apache-2.0
package zwk.model.programme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import zwk.model.ZwkStyle;
import zwk.model.common.Source;
import zwk.model.region.Ags;
import zwk.model.region.Ars;

/**
 * One local authority's part in a programme as the public record shows it (<em>Programmkommune</em>):
 * who (AGS, or ARS for a Gemeindeverband such as a Samtgemeinde or an Amt, which has no AGS), in
 * which programme, role and period, in which regional clusters, and on which action fields it
 * worked. Every fact keeps its sources; what no source states stays empty.
 *
 * <p>Invariants: at least one key; AGS and ARS denote the same region when both are given.
 */
@Value.Immutable
@ZwkStyle
abstract class ProgrammeParticipantDef {

  /** Amtlicher Gemeindeschlüssel (Gemeinde or Kreis); absent for a Gemeindeverband. */
  abstract Optional<Ags> ags();

  /** Amtlicher Regionalschlüssel, given for a Gemeindeverband (9 digits). */
  abstract Optional<Ars> ars();

  /** Name as the programme uses it, e.g. {@code "Landkreis Emsland"}. */
  @NotBlank
  abstract String name();

  /** Programme, role and period. */
  @Valid
  abstract ProgrammeMembership membership();

  /** Regional clusters by year. */
  abstract List<ClusterAssignment> clusters();

  /** Action fields (ids of the standard catalogue) the participant worked on, as sources name them. */
  abstract List<String> actionFieldIds();

  /** Public sources of the membership (programme, role, period). */
  abstract List<Source> sources();

  /** Public sources of the action fields. */
  abstract List<Source> actionFieldSources();

  /** The key at the finest available level: the AGS if present, else the ARS. */
  @Value.Derived
  @Value.Auxiliary
  String key() {
    return ags().map(Ags::code).orElseGet(() -> ars().orElseThrow(this::noKey).code());
  }

  /** Whether the participant is assigned to the named cluster in any year. */
  public boolean inCluster(String clusterName) {
    return clusters().stream().anyMatch(c -> c.cluster().name().equals(clusterName));
  }

  /** Whether the participant is assigned to the named cluster in the given year. */
  public boolean inCluster(String clusterName, int year) {
    return clusters().stream().anyMatch(c -> c.cluster().name().equals(clusterName)
        && c.year().map(y -> y == year).orElse(false));
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
  }

  /** Key, name and programme; no personal data. */
  @Override
  public String toString() {
    return "ProgrammeParticipant{" + key() + " " + name() + ", " + membership().programmeId() + "}";
  }
}
