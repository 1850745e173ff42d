// SPDX-License-Identifier: Apache-2.0
package zwk.testkit;

import static zwk.testkit.GenSupport.chance;
import static zwk.testkit.GenSupport.intIn;
import static zwk.testkit.GenSupport.maybe;

import java.math.BigDecimal;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import zwk.model.common.Source;
import zwk.model.programme.ClusterAssignment;
import zwk.model.programme.Funding;
import zwk.model.programme.FundingKind;
import zwk.model.programme.MembershipRole;
import zwk.model.programme.Mentorship;
import zwk.model.programme.Programme;
import zwk.model.programme.ProgrammeDirectory;
import zwk.model.programme.ProgrammeMembership;
import zwk.model.programme.ProgrammeParticipant;
import zwk.model.region.Ags;
import zwk.model.region.Ars;
import zwk.model.region.GeoPoint;
import zwk.model.region.Municipality;
import zwk.model.region.MunicipalityType;
import zwk.model.region.RegionalCluster;

/** Generators for keys, municipalities and programme data. */
public final class RegionGenerators {
  private RegionGenerators() {}

  /** Valid 8-digit Gemeinde keys of all 16 Länder. */
  public static Gen<Ags> municipalityAgs() {
    return in -> Ags.of(String.format("%02d%01d%02d%03d", intIn(in, 1, 16), intIn(in, 0, 9),
        intIn(in, 0, 99), intIn(in, 0, 999)));
  }

  /** Valid AGS of every level (Land, Regierungsbezirk, Kreis, Gemeinde) and Germany. */
  public static Gen<Ags> anyAgs() {
    return in -> {
      Ags m = municipalityAgs().generate(in);
      switch (intIn(in, 0, 4)) {
        case 0:
          return Ags.of(m.code().substring(0, 2));
        case 1:
          return Ags.of(m.code().substring(0, 3));
        case 2:
          return Ags.of(m.code().substring(0, 5));
        case 3:
          return chance(in, 10) ? Ags.GERMANY : m;
        default:
          return m;
      }
    };
  }

  /** Valid 12-digit Gemeinde ARS. */
  public static Gen<Ars> municipalityArs() {
    return in -> Ars.of(municipalityAgs().generate(in), String.format("%04d", intIn(in, 0, 9999)));
  }

  /** Coordinates anywhere on earth, including the poles and the date line. */
  public static Gen<GeoPoint> geoPoints() {
    return in -> GeoPoint.of(intIn(in, -90_000_000, 90_000_000) / 1e6, intIn(in, -180_000_000, 180_000_000) / 1e6);
  }

  /** Programme memberships. */
  public static Gen<ProgrammeMembership> memberships() {
    return in -> ProgrammeMembership.builder()
        .programmeId(Generate.pick(java.util.List.of("dwk", "zwk", "zwk-netzwerk", "land-programm")).generate(in))
        .role(GenSupport.pick(in, MembershipRole.class))
        .period(GenSupport.periods().generate(in))
        .build();
  }

  /**
   * Municipalities of every kind: with AGS and ARS (consistent), AGS only, or ARS only (a
   * Gemeindeverband), with or without population, area, postcode, location, cluster.
   */
  public static Gen<Municipality> municipalities() {
    return MetaGenerators.completing(in -> {
      Municipality.Builder b = Municipality.builder().name(TextGenerators.nonBlankText(6).generate(in));
      keys(in, b::ags, b::ars);
      b.type(maybe(in, Generate.enumValues(MunicipalityType.class)));
      b.population(maybe(in, Generate.longRange(0, 4_000_000)));
      b.populationMale(maybe(in, Generate.longRange(0, 2_000_000)));
      b.populationFemale(maybe(in, Generate.longRange(0, 2_000_000)));
      b.populationDate(maybe(in, GenSupport.dates()));
      b.areaKm2(maybe(in, in2 -> BigDecimal.valueOf(intIn(in2, 0, 900_000), intIn(in2, 0, 2))));
      b.postcode(maybe(in, in2 -> String.format("%05d", intIn(in2, 1067, 99998))));
      b.location(maybe(in, geoPoints()));
      b.cluster(maybe(in, in2 -> RegionalCluster.of(TextGenerators.nonBlankText(3).generate(in2))));
      b.programmeMemberships(GenSupport.listOf(in, memberships(), 3));
      return b.build();
    });
  }

  /**
   * The keys of a region as the model allows them: AGS and ARS of the same Gemeinde, an AGS of any
   * level alone, or the ARS of a Gemeindeverband alone.
   */
  private static void keys(RandomnessSource in, Consumer<Ags> ags, Consumer<Ars> ars) {
    Ars key = municipalityArs().generate(in);
    switch (intIn(in, 0, 2)) {
      case 0:
        ags.accept(key.toAgs());
        ars.accept(key);
        break;
      case 1:
        ags.accept(anyAgs().generate(in));
        break;
      default:
        ars.accept(key.parent().orElseThrow());
        break;
    }
  }

  /** Programmes with funding rules. */
  public static Gen<Programme> programmes() {
    return MetaGenerators.completing(in -> Programme.builder()
        .id(TextGenerators.id("prog", intIn(in, 0, 999)))
        .name(TextGenerators.nonBlankText(5).generate(in))
        .shortName(maybe(in, TextGenerators.nonBlankText(2)))
        .period(GenSupport.periods().generate(in))
        .funding(GenSupport.listOf(in, in2 -> Funding.builder()
            .kind(GenSupport.pick(in2, FundingKind.class))
            .annualAmountEur(GenSupport.euros().generate(in2))
            .upTo(chance(in2, 50))
            .description(maybe(in2, TextGenerators.anyText(4)))
            .build(), 3))
        .fundedYears(maybe(in, Generate.range(0, 10)))
        .sources(GenSupport.listOf(in, sources(), 2))
        .build());
  }

  /** Citations: a title (any text, blank included) and optional address, publisher and edition. */
  public static Gen<Source> sources() {
    return in -> Source.builder()
        .title(TextGenerators.anyText(5).generate(in))
        .url(maybe(in, in2 -> "https://example.org/quelle/" + intIn(in2, 0, 999)))
        .publisher(maybe(in, TextGenerators.anyText(3)))
        .edition(maybe(in, Generate.pick(List.of("2022-07-06", "2018-03", "2021", "2. Auflage", ""))))
        .build();
  }

  /** Cluster assignments, with or without a year. */
  public static Gen<ClusterAssignment> clusterAssignments() {
    return in -> ClusterAssignment.builder()
        .cluster(RegionalCluster.of(TextGenerators.nonBlankText(2).generate(in)))
        .year(maybe(in, Generate.range(1990, 2100)))
        .sources(GenSupport.listOf(in, sources(), 2))
        .build();
  }

  /** Programme participants keyed by AGS, by ARS (a Gemeindeverband) or by both. */
  public static Gen<ProgrammeParticipant> participants() {
    return in -> {
      ProgrammeParticipant.Builder b = ProgrammeParticipant.builder().name(TextGenerators.nonBlankText(4).generate(in));
      keys(in, b::ags, b::ars);
      return b.membership(memberships().generate(in))
          .clusters(GenSupport.listOf(in, clusterAssignments(), 2))
          .actionFieldIds(GenSupport.listOf(in, CatalogueGenerators.actionFieldIds(), 3))
          .sources(GenSupport.listOf(in, sources(), 2))
          .actionFieldSources(GenSupport.listOf(in, sources(), 2))
          .build();
    };
  }

  /** Programme directories with unique programme ids and unique participant entries. */
  public static Gen<ProgrammeDirectory> programmeDirectories() {
    return in -> {
      List<Programme> programmes = new ArrayList<>();
      int n = intIn(in, 0, 3);
      for (int i = 0; i < n; i++) {
        programmes.add(programmes().generate(in).withId(TextGenerators.id("prog", i)));
      }
      List<ProgrammeParticipant> participants = new ArrayList<>();
      java.util.Set<String> keys = new java.util.HashSet<>();
      for (ProgrammeParticipant p : GenSupport.listOf(in, participants(), 5)) {
        if (keys.add(p.key() + " " + p.membership().programmeId() + " " + p.membership().role().name())) {
          participants.add(p);
        }
      }
      return ProgrammeDirectory.builder().name(maybe(in, TextGenerators.nonBlankText(3)))
          .programmes(programmes).participants(participants).build();
    };
  }

  /** Mentorships between two different municipalities. */
  public static Gen<Mentorship> mentorships() {
    return in -> {
      Ags mentor = municipalityAgs().generate(in);
      Ags mentee = municipalityAgs().assuming(a -> !a.equals(mentor)).generate(in);
      return Mentorship.builder().mentor(mentor).mentee(mentee)
          .topics(GenSupport.listOf(in, TextGenerators.nonBlankText(3), 3))
          .period(GenSupport.periods().generate(in))
          .build();
    };
  }
}
