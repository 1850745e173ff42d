// SPDX-License-Identifier: Apache-2.0
package zwk.model.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link MunicipalityRegister} on a small register built by hand after the GV-ISys extract of
 * 31.12.2021 (Land Baden-Württemberg, Reg.-Bez. Stuttgart, Region Stuttgart, Landkreis Böblingen,
 * GVV Waldenbuch/Steinenbronn with its two Gemeinden).
 */
class MunicipalityRegisterTest {
  private static final LocalDate DATE = LocalDate.of(2021, 12, 31);

  private static RegisterEntry entry(RecordType type, String ars, String name, Optional<MunicipalityType> kind,
      long line) {
    Ars key = Ars.of(ars);
    Municipality.Builder m = Municipality.builder().ars(key).name(name).type(kind);
    if (key.hasAgs()) {
      m.ags(key.toAgs());
    }
    return RegisterEntry.builder().recordType(type).key(ars).name(name).municipality(m.build()).line(line).build();
  }

  private static RegisterEntry gemeinde(String ars, String name, MunicipalityType kind, long pop, long male,
      long female, long line) {
    Ars key = Ars.of(ars);
    Municipality m = Municipality.builder().ars(key).ags(key.toAgs()).name(name).type(kind).population(pop)
        .populationMale(male).populationFemale(female).populationDate(DATE).build();
    return RegisterEntry.builder().recordType(RecordType.MUNICIPALITY).key(ars).name(name).municipality(m)
        .line(line).build();
  }

  /** The records in file order, lines as in the extract's numbering of this sample. */
  private static List<RegisterEntry> sample() {
    return List.of(
        entry(RecordType.STATE, "08", "Baden-Württemberg", Optional.empty(), 1),
        entry(RecordType.GOVERNMENT_REGION, "081", "Reg.-Bez. Stuttgart", Optional.empty(), 2),
        RegisterEntry.builder().recordType(RecordType.REGION).key("0811").name("Region Stuttgart").line(3).build(),
        entry(RecordType.DISTRICT, "08115", "Böblingen", Optional.of(MunicipalityType.RURAL_DISTRICT), 4),
        entry(RecordType.MUNICIPAL_ASSOCIATION, "081155006", "GVV Waldenbuch/Steinenbronn",
            Optional.of(MunicipalityType.VERWALTUNGSVERBAND), 5),
        gemeinde("081155006046", "Steinenbronn", MunicipalityType.MUNICIPALITY, 6_388, 3_310, 3_078, 6),
        gemeinde("081155006048", "Waldenbuch, Stadt", MunicipalityType.TOWN, 8_705, 4_295, 4_410, 7));
  }

  private static MunicipalityRegister register() {
    return MunicipalityRegister.of("hand-built", Optional.of(DATE), sample());
  }

  private static List<String> names(List<Municipality> ms) {
    return ms.stream().map(Municipality::name).collect(Collectors.toList());
  }

  @Test
  void recordsAndCounts() {
    MunicipalityRegister r = register();
    assertEquals("hand-built", r.source());
    assertEquals(Optional.of(DATE), r.territorialDate());
    assertEquals(7, r.entries().size());
    // every record except the Region carries a local authority
    assertEquals(List.of("Baden-Württemberg", "Reg.-Bez. Stuttgart", "Böblingen", "GVV Waldenbuch/Steinenbronn",
        "Steinenbronn", "Waldenbuch, Stadt"), names(r.municipalities()));
    assertEquals(Map.of(RecordType.STATE, 1L, RecordType.GOVERNMENT_REGION, 1L, RecordType.REGION, 1L,
        RecordType.DISTRICT, 1L, RecordType.MUNICIPAL_ASSOCIATION, 1L, RecordType.MUNICIPALITY, 2L),
        r.countsByRecordType());
    assertEquals(Map.of(RegionLevel.STATE, 1L, RegionLevel.GOVERNMENT_REGION, 1L, RegionLevel.DISTRICT, 1L,
        RegionLevel.MUNICIPAL_ASSOCIATION, 1L, RegionLevel.MUNICIPALITY, 2L), r.countsByLevel());
    // Land and Regierungsbezirk have no Textkennzeichen
    assertEquals(Map.of(MunicipalityType.RURAL_DISTRICT, 1L, MunicipalityType.VERWALTUNGSVERBAND, 1L,
        MunicipalityType.MUNICIPALITY, 1L, MunicipalityType.TOWN, 1L), r.countsByType());
    List<RegisterEntry> gemeinden = r.entries(RecordType.MUNICIPALITY);
    assertEquals(List.of(6L, 7L), gemeinden.stream().map(RegisterEntry::line).collect(Collectors.toList()));
    // 6,388 + 8,705 = 15,093 inhabitants (male 3,310 + 4,295 = 7,605; female 3,078 + 4,410 = 7,488)
    assertEquals(15_093L, gemeinden.stream().mapToLong(e -> e.municipality().get().population().get()).sum());
    assertEquals(7_605L, gemeinden.stream().mapToLong(e -> e.municipality().get().populationMale().get()).sum());
    assertEquals(7_488L, gemeinden.stream().mapToLong(e -> e.municipality().get().populationFemale().get()).sum());
    assertEquals(List.of("Region Stuttgart"),
        r.entries(RecordType.REGION).stream().map(RegisterEntry::name).collect(Collectors.toList()));
  }

  @Test
  void lookupsByAgsAndArs() {
    MunicipalityRegister r = register();
    assertEquals("Waldenbuch, Stadt", r.byAgs(Ags.of("08115048")).orElseThrow().name());
    assertEquals("Waldenbuch, Stadt", r.byArs(Ars.of("081155006048")).orElseThrow().name());
    assertEquals("Böblingen", r.byAgs(Ags.of("08115")).orElseThrow().name());
    assertEquals("Böblingen", r.byArs(Ars.of("08115")).orElseThrow().name());
    assertEquals("Reg.-Bez. Stuttgart", r.byAgs(Ags.of("081")).orElseThrow().name());
    assertEquals("Baden-Württemberg", r.byAgs(Ags.of("08")).orElseThrow().name());
    // the Gemeindeverband has an ARS only
    assertEquals("GVV Waldenbuch/Steinenbronn", r.byArs(Ars.of("081155006")).orElseThrow().name());
    // lenient key parsing on the way in: lost leading zero, blanks
    assertEquals("Steinenbronn", r.byAgs(Ags.parse("8115046")).orElseThrow().name());
    assertEquals("Steinenbronn", r.byArs(Ars.parse("08 115 5006 046")).orElseThrow().name());
  }

  @Test
  void lookupsByNameIgnoreCaseAccentsAndTheStadtSuffix() {
    MunicipalityRegister r = register();
    assertEquals(List.of("Waldenbuch, Stadt"), names(r.byName("Waldenbuch")));
    assertEquals(List.of("Waldenbuch, Stadt"), names(r.byName("  WALDENBUCH ")));
    assertEquals(List.of("Waldenbuch, Stadt"), names(r.byName("waldenbuch, stadt")));
    assertEquals(List.of("Waldenbuch, Stadt"), names(r.byName("Waldenbuch ,  Stadt")));
    // a query with a comma must match the whole name
    assertEquals(List.of(), r.byName("Waldenbuch, Landeshauptstadt"));
    assertEquals(List.of("Böblingen"), names(r.byName("boblingen")));
    assertEquals(List.of("Böblingen"), names(r.byName("BÖBLINGEN")));
    assertEquals(List.of("Baden-Württemberg"), names(r.byName("baden-wurttemberg")));
    assertEquals(List.of("Steinenbronn"), names(r.byName("steinenbronn")));
    // a Region is no local authority and has no name lookup
    assertEquals(List.of(), r.byName("Region Stuttgart"));
  }

  @Test
  void aNameSharedByLevelsComesCoarsestFirst() {
    // A kreisfreie Stadt is Kreis, Gemeindeverband and Gemeinde; given here in reverse file order.
    List<RegisterEntry> entries = new ArrayList<>(sample());
    entries.add(entry(RecordType.MUNICIPALITY, "081110000000", "Stuttgart, Landeshauptstadt",
        Optional.of(MunicipalityType.URBAN_DISTRICT_MUNICIPALITY), 8));
    entries.add(entry(RecordType.MUNICIPAL_ASSOCIATION, "081110000", "Stuttgart, Landeshauptstadt",
        Optional.of(MunicipalityType.ASSOCIATION_FREE_MUNICIPALITY), 9));
    entries.add(entry(RecordType.DISTRICT, "08111", "Stuttgart, Stadtkreis",
        Optional.of(MunicipalityType.URBAN_DISTRICT), 10));
    MunicipalityRegister r = MunicipalityRegister.of("hand-built", Optional.empty(), entries);
    List<Municipality> hits = r.byName("stuttgart");
    assertEquals(List.of(RegionLevel.DISTRICT, RegionLevel.MUNICIPAL_ASSOCIATION, RegionLevel.MUNICIPALITY),
        hits.stream().map(Municipality::level).collect(Collectors.toList()));
    assertEquals(2, r.byName("Stuttgart, Landeshauptstadt").size());
    assertEquals(List.of("Böblingen", "Stuttgart, Stadtkreis"), names(r.children(Ars.of("081"))));
  }

  @Test
  void childrenOfAKey() {
    MunicipalityRegister r = register();
    assertEquals(List.of("Reg.-Bez. Stuttgart"), names(r.children(Ars.of("08"))));
    assertEquals(List.of("Böblingen"), names(r.children(Ars.of("081"))));
    // ARS hierarchy: Kreis -> Gemeindeverband -> Gemeinden
    assertEquals(List.of("GVV Waldenbuch/Steinenbronn"), names(r.children(Ars.of("08115"))));
    assertEquals(List.of("Steinenbronn", "Waldenbuch, Stadt"), names(r.children(Ars.of("081155006"))));
    // AGS hierarchy has no Gemeindeverband level: the Gemeinden hang below the Kreis
    assertEquals(List.of("Steinenbronn", "Waldenbuch, Stadt"), names(r.children(Ags.of("08115"))));
    assertEquals(List.of("Böblingen"), names(r.children(Ags.of("081"))));
    assertEquals(List.of(), r.children(Ags.of("08115048")), "a Gemeinde has no children");
    assertEquals(List.of(), r.children(Ars.of("081155006048")));
  }

  @Test
  void parentsUpToTheLand() {
    MunicipalityRegister r = register();
    assertEquals(List.of("GVV Waldenbuch/Steinenbronn", "Böblingen", "Reg.-Bez. Stuttgart", "Baden-Württemberg"),
        names(r.parents(Ars.of("081155006048"))));
    assertEquals(List.of("Böblingen", "Reg.-Bez. Stuttgart", "Baden-Württemberg"),
        names(r.parents(Ags.of("08115048"))));
    assertEquals(List.of("Reg.-Bez. Stuttgart", "Baden-Württemberg"), names(r.parents(Ars.of("08115"))));
    assertEquals(List.of(), r.parents(Ags.of("08")), "a Land has no parents");
  }

  @Test
  void unknownKeysAndNames() {
    MunicipalityRegister r = register();
    assertEquals(Optional.empty(), r.byAgs(Ags.of("08115099")));
    assertEquals(Optional.empty(), r.byAgs(Ags.of("05315000")));
    assertEquals(Optional.empty(), r.byArs(Ars.of("081155007")));
    assertEquals(Optional.empty(), r.byAgs(Ags.GERMANY), "Germany is no record of the register");
    assertEquals(List.of(), r.children(Ars.of("05315")));
    assertEquals(List.of(), r.children(Ags.of("09")));
    assertEquals(List.of(), r.byName("Köln"));
    assertEquals(List.of(), r.byName(""));
    assertEquals(List.of(), r.byName(null));
    // parents of a key the register lacks: those of its ancestors that the register holds
    assertEquals(List.of("GVV Waldenbuch/Steinenbronn", "Böblingen", "Reg.-Bez. Stuttgart", "Baden-Württemberg"),
        names(r.parents(Ars.of("081155006099"))));
    assertEquals(List.of(), r.parents(Ags.of("05315000")));
    // malformed keys fail when the key is made, naming the value
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Ags.of("0811"));
    assertTrue(e.getMessage().contains("0811"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Ars.of("17115"));
    assertThrows(NullPointerException.class, () -> r.byAgs(null));
  }

  @Test
  void duplicateKeysAreRejected() {
    List<RegisterEntry> entries = new ArrayList<>(sample());
    entries.add(gemeinde("081155006048", "Waldenbuch, Stadt", MunicipalityType.TOWN, 8_705, 4_295, 4_410, 8));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MunicipalityRegister.of("dup", Optional.empty(), entries));
    assertTrue(e.getMessage().contains("081155006048") && e.getMessage().contains("line 8"), e.getMessage());
  }

  @Test
  void aGemeindeWithoutItsGemeindeverbandHangsBelowTheKreis() {
    List<RegisterEntry> entries = new ArrayList<>(sample());
    entries.remove(4); // the GVV
    MunicipalityRegister r = MunicipalityRegister.of("no-gvv", Optional.empty(), entries);
    assertEquals(List.of("Steinenbronn", "Waldenbuch, Stadt"), names(r.children(Ars.of("08115"))));
    assertEquals(List.of("Böblingen", "Reg.-Bez. Stuttgart", "Baden-Württemberg"),
        names(r.parents(Ars.of("081155006046"))));
  }
}
