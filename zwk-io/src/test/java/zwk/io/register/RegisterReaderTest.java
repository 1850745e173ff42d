// SPDX-License-Identifier: Apache-2.0
package zwk.io.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import zwk.io.TestData;
import zwk.io.csv.CsvFormatException;
import zwk.model.region.Ags;
import zwk.model.region.Ars;
import zwk.model.region.Municipality;
import zwk.model.region.MunicipalityRegister;
import zwk.model.region.MunicipalityType;
import zwk.model.region.RecordType;
import zwk.model.region.RegionLevel;
import zwk.model.region.RegisterEntry;

/** The two real register files against the figures of data/README.md. */
class RegisterReaderTest {
  private static final MunicipalityRegister CSV = RegisterReader.read(TestData.file("gv/31122021_Auszug_GV.csv"));
  private static final MunicipalityRegister ASC = RegisterReader.read(TestData.file("gv/GV100AD_301121.ASC"));

  /** README: 16 / 29 / 12 / 400 / 4,606 / 10,997 records per Satzart, 16,060 in all. */
  private static void assertReadmeCounts(MunicipalityRegister r) {
    Map<RecordType, Long> c = r.countsByRecordType();
    assertEquals(16L, c.get(RecordType.STATE));
    assertEquals(29L, c.get(RecordType.GOVERNMENT_REGION));
    assertEquals(12L, c.get(RecordType.REGION));
    assertEquals(400L, c.get(RecordType.DISTRICT));
    assertEquals(4606L, c.get(RecordType.MUNICIPAL_ASSOCIATION));
    assertEquals(10997L, c.get(RecordType.MUNICIPALITY));
    assertEquals(16060, r.entries().size());
  }

  @Test
  void csvCountsPerSatzart() {
    assertReadmeCounts(CSV);
  }

  @Test
  void ascCountsPerSatzart() {
    assertReadmeCounts(ASC);
  }

  @Test
  void csvPopulationSumsOverSatzart60() {
    List<Municipality> g = municipalities(CSV);
    assertEquals(83_237_124L, g.stream().mapToLong(m -> m.population().orElse(0L)).sum());
    assertEquals(41_066_785L, g.stream().mapToLong(m -> m.populationMale().orElse(0L)).sum());
    assertEquals(42_170_339L, g.stream().mapToLong(m -> m.populationFemale().orElse(0L)).sum());
  }

  @Test
  void ascPopulationSumsOverSatzart60() {
    List<Municipality> g = municipalities(ASC);
    assertEquals(83_155_031L, g.stream().mapToLong(m -> m.population().orElse(0L)).sum());
    assertEquals(41_026_519L, g.stream().mapToLong(m -> m.populationMale().orElse(0L)).sum());
    assertTrue(g.stream().allMatch(m -> m.populationFemale().isEmpty()), "GV100AD gives no female count");
  }

  @Test
  void unincorporatedAreasAre210OfThe10997() {
    // README: 10,787 municipalities + 210 unincorporated areas (Textkennzeichen 65/66).
    for (MunicipalityRegister r : List.of(CSV, ASC)) {
      long unincorporated = municipalities(r).stream().filter(m -> m.type().get().isUnincorporated()).count();
      assertEquals(210, unincorporated);
      assertEquals(10_787, municipalities(r).size() - unincorporated);
    }
  }

  @Test
  void bothFilesAgreeOnTheKeysOfAllSatzart60Records() {
    Set<String> csvKeys = keys(CSV, RecordType.MUNICIPALITY);
    Set<String> ascKeys = keys(ASC, RecordType.MUNICIPALITY);
    assertEquals(10_997, csvKeys.size());
    assertEquals(csvKeys, ascKeys);
    assertEquals(keys(CSV, RecordType.MUNICIPAL_ASSOCIATION), keys(ASC, RecordType.MUNICIPAL_ASSOCIATION));
    assertEquals(keys(CSV, RecordType.REGION), keys(ASC, RecordType.REGION));
  }

  @Test
  void csvRepairsSpreadsheetDamageOnFlensburg() {
    // Line 5: 60;61;1;0;1;0;0;Flensburg, Stadt;56,73; 91 113; 45 336; 45 777; 1 606;24937;9,43751;54,78252;...
    Municipality f = CSV.byAgs(Ags.of("01001000")).orElseThrow();
    assertEquals("Flensburg, Stadt", f.name());
    assertEquals(Optional.of(Ars.of("010010000000")), f.ars());
    assertEquals(Optional.of(91_113L), f.population());
    assertEquals(Optional.of(45_336L), f.populationMale());
    assertEquals(Optional.of(45_777L), f.populationFemale());
    assertEquals(Optional.of(new BigDecimal("56.73")), f.areaKm2());
    assertEquals(Optional.of("24937"), f.postcode());
    assertEquals(54.78252, f.location().get().latitude());
    assertEquals(9.43751, f.location().get().longitude());
    assertEquals(Optional.of(MunicipalityType.DISTRICT_FREE_CITY_MUNICIPALITY), f.type());
    assertEquals(Optional.of(LocalDate.of(2021, 12, 31)), f.populationDate());
    RegisterEntry e = CSV.entries().get(3);
    assertEquals(5, e.line());
    assertEquals("dicht besiedelt", e.attributes().get("Grad der Verstädterung"));
  }

  @Test
  void csvRestoresTheLeadingZeroOfFourDigitPostcodes() {
    // Altenburg, Stadt (16077001) has PLZ 04600, which the spreadsheet shortened to 4600.
    assertEquals(Optional.of("04600"), CSV.byAgs(Ags.of("16077001")).orElseThrow().postcode());
  }

  @Test
  void ascReadsFixedWidthFlensburg() {
    // 6020211130010010000000Flensburg, Stadt ... 61    00000005673 00000089934 00000044797    24937*****
    Municipality f = ASC.byArs(Ars.of("010010000000")).orElseThrow();
    assertEquals(Optional.of(89_934L), f.population());
    assertEquals(Optional.of(44_797L), f.populationMale());
    assertEquals(Optional.of(new BigDecimal("56.73")), f.areaKm2());
    assertEquals(Optional.of("24937"), f.postcode());
    assertEquals(Optional.of(LocalDate.of(2021, 11, 30)), ASC.territorialDate());
    assertEquals(Optional.of(LocalDate.of(2020, 12, 31)), f.populationDate());
  }

  @Test
  void regionsAndAssociationsAreRepresentable() {
    RegisterEntry stuttgart = ASC.entries(RecordType.REGION).get(0);
    assertEquals("0811", stuttgart.key());
    assertEquals("Region Stuttgart", stuttgart.name());
    assertEquals(Optional.of("Stuttgart"), stuttgart.administrativeSeat());
    assertTrue(stuttgart.municipality().isEmpty());
    Municipality amt = CSV.byArs(Ars.of("010515163")).orElseThrow();
    assertEquals("Burg-St. Michaelisdonn", amt.name());
    assertEquals(Optional.of(MunicipalityType.AMT), amt.type());
    assertTrue(amt.ags().isEmpty());
    assertEquals(RegionLevel.MUNICIPAL_ASSOCIATION, amt.level());
  }

  @Test
  void lookupsByNameChildrenAndParents() {
    List<Municipality> flensburg = CSV.byName("flensburg");
    // Kreis 01001, Gemeindeverband 010010000 and Gemeinde 01001000 share the name.
    assertEquals(List.of("01001", "010010000", "010010000000"),
        flensburg.stream().map(m -> m.ars().get().code()).collect(Collectors.toList()));
    assertEquals(3, CSV.byName("FLENSBURG, STADT").size());
    assertEquals("Lübeck, Hansestadt", CSV.byName("lubeck").get(0).name());
    assertEquals("Büsum", CSV.byName("BUSUM").get(0).name());
    assertTrue(CSV.byName("Flensburg, Landeshauptstadt").isEmpty());

    // Amt Burg-St. Michaelisdonn: members with VB 5163 in the CSV extract lines 20-32.
    List<Municipality> members = CSV.children(Ars.of("010515163"));
    assertTrue(members.size() > 5);
    assertTrue(members.stream().allMatch(m -> m.ars().get().code().startsWith("010515163")));
    assertEquals(List.of("010515163", "01051", "01"),
        CSV.parents(Ars.of("010515163003")).stream().map(m -> m.ars().get().code()).collect(Collectors.toList()));
    assertEquals(List.of("01051", "01"),
        CSV.parents(Ags.of("01051003")).stream().map(m -> m.ags().get().code()).collect(Collectors.toList()));
    // Niedersachsen has 4 statistical regions (Satzart 20) as its children.
    assertEquals(4, CSV.children(Ags.of("03")).size());
    // 10,995 Gemeinden are children of the 400 Kreise in the AGS hierarchy; the other 2 (checked by a
    // separate script over the CSV: Kreis part 000) hang directly below their Land.
    long viaKreise = CSV.entries(RecordType.DISTRICT).stream()
        .mapToLong(e -> CSV.children(e.municipality().get().ags().get()).size()).sum();
    assertEquals(10_995, viaKreise);
    assertTrue(CSV.children(Ags.of("07")).stream().anyMatch(m -> m.ags().get().code().equals("07000999")
        || m.name().startsWith("Gemeinsames deutsch-luxemburgisches")));
    assertTrue(CSV.children(Ags.of("13")).stream().anyMatch(m -> m.name().startsWith("Küstengewässer")));
  }

  @Test
  void countsPerTypeMatchTheTextkennzeichenOfTheCsv() {
    // Hand count with awk over column 2: Satzart 40 -> 41:97 42:9 43:42 44:251 45:1
    Map<MunicipalityType, Long> c = CSV.countsByType();
    assertEquals(97L, c.get(MunicipalityType.DISTRICT_FREE_CITY));
    assertEquals(251L, c.get(MunicipalityType.RURAL_DISTRICT));
    assertEquals(1L, c.get(MunicipalityType.REGIONAL_ASSOCIATION));
    assertEquals(8344L, c.get(MunicipalityType.MUNICIPALITY));
  }

  @Test
  void malformedRecordsGiveLocatedErrors() {
    String csv = "Satz-art;a;b;c;d;e;f;g;;h;i;j;k;l;m;n;o;p;q;r\n"
        + "60;64;1;0;51;5163;3;Averlak;9,06;5x8;290;268;62;25715;9,18;53,94;F04;x;3;gering\n";
    CsvFormatException e = assertThrows(CsvFormatException.class, () -> RegisterReader.read(
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "t.csv"));
    assertEquals(CsvFormatException.Kind.BAD_VALUE, e.kind());
    assertEquals(2, e.line());
    assertEquals(10, e.column());
    String asc = "60202111300105100351630000Averlak\r\n";
    CsvFormatException f = assertThrows(CsvFormatException.class, () -> RegisterReader.read(
        new ByteArrayInputStream(asc.getBytes(StandardCharsets.UTF_8)), "t.asc"));
    assertEquals(CsvFormatException.Kind.RAGGED_ROW, f.kind());
    assertEquals(1, f.line());
    assertFalse(f.getMessage().isEmpty());
  }

  private static List<Municipality> municipalities(MunicipalityRegister r) {
    return r.entries(RecordType.MUNICIPALITY).stream().map(e -> e.municipality().get()).collect(Collectors.toList());
  }

  private static Set<String> keys(MunicipalityRegister r, RecordType t) {
    return r.entries(t).stream().map(RegisterEntry::key).collect(Collectors.toCollection(TreeSet::new));
  }
}
