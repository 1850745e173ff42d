// SPDX-License-Identifier: Apache-2.0
package zwk.model.programme;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import zwk.model.ZwkStyle;
import zwk.model.internal.Invariants;
import zwk.model.region.RegionalCluster;

/**
 * The programmes and their participating municipalities as data (<em>Programm- und
 * Kommunenverzeichnis</em>): DWK, ZWK and the network with their periods and funding, and the
 * municipalities the public record names with role, period, clusters and action fields. zwk-io
 * ships one as a versioned resource ({@code zwk.io.programmes.ProgrammeData.bundled()}).
 *
 * <p>The queries keep the order of {@link #participants()}. Invariants: programme ids are unique; a
 * municipality appears at most once per programme and role. A participant whose programme is not
 * listed is kept (a partial directory loads); {@link #programme(String)} then finds nothing.
 */
@Value.Immutable
@ZwkStyle
abstract class ProgrammeDirectoryDef {

  /** Name of the directory. */
  abstract Optional<String> name();

  /** The programmes. */
  abstract List<Programme> programmes();

  /** The participants, one entry per municipality, programme and role. */
  abstract List<ProgrammeParticipant> participants();

  /** The programme with the given id. */
  public Optional<Programme> programme(String id) {
    return programmes().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** The participants of one programme. */
  public List<ProgrammeParticipant> participants(String programmeId) {
    List<ProgrammeParticipant> out = new ArrayList<>();
    for (ProgrammeParticipant p : participants()) {
      if (p.membership().programmeId().equals(programmeId)) {
        out.add(p);
      }
    }
    return List.copyOf(out);
  }

  /** The participants of one programme with the given role. */
  public List<ProgrammeParticipant> participants(String programmeId, MembershipRole role) {
    List<ProgrammeParticipant> out = new ArrayList<>();
    for (ProgrammeParticipant p : participants(programmeId)) {
      if (p.membership().role() == role) {
        out.add(p);
      }
    }
    return List.copyOf(out);
  }

  /** The participants of one programme assigned to the named cluster in any year. */
  public List<ProgrammeParticipant> inCluster(String programmeId, String clusterName) {
    List<ProgrammeParticipant> out = new ArrayList<>();
    for (ProgrammeParticipant p : participants(programmeId)) {
      if (p.inCluster(clusterName)) {
        out.add(p);
      }
    }
    return List.copyOf(out);
  }

  /** The participants of one programme assigned to the named cluster in the given year. */
  public List<ProgrammeParticipant> inCluster(String programmeId, String clusterName, int year) {
    List<ProgrammeParticipant> out = new ArrayList<>();
    for (ProgrammeParticipant p : participants(programmeId)) {
      if (p.inCluster(clusterName, year)) {
        out.add(p);
      }
    }
    return List.copyOf(out);
  }

  /** The clusters of one programme, in order of first appearance. */
  public List<RegionalCluster> clusters(String programmeId) {
    Set<RegionalCluster> out = new LinkedHashSet<>();
    for (ProgrammeParticipant p : participants(programmeId)) {
      p.clusters().forEach(c -> out.add(c.cluster()));
    }
    return List.copyOf(out);
  }

  /** Every entry of one municipality (by its {@link ProgrammeParticipant#key()}), in all programmes. */
  public List<ProgrammeParticipant> participations(String key) {
    List<ProgrammeParticipant> out = new ArrayList<>();
    for (ProgrammeParticipant p : participants()) {
      if (p.key().equals(key)) {
        out.add(p);
      }
    }
    return List.copyOf(out);
  }

  /** The participants of one programme that worked on the action field. */
  public List<ProgrammeParticipant> withActionField(String programmeId, String actionFieldId) {
    List<ProgrammeParticipant> out = new ArrayList<>();
    for (ProgrammeParticipant p : participants(programmeId)) {
      if (p.actionFieldIds().contains(actionFieldId)) {
        out.add(p);
      }
    }
    return List.copyOf(out);
  }

  @Value.Check
  void check() {
    Invariants.uniqueIds("programmes", programmes(), Programme::id);
    Invariants.uniqueIds("participants", participants(),
        p -> p.key() + " " + p.membership().programmeId() + " " + p.membership().role().name());
  }
}
