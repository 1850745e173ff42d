// SPDX-License-Identifier: Apache-2.0
package zwk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import zwk.io.genesis.GenesisReader;
import zwk.io.register.RegisterReader;
import zwk.io.samples.Samples;
import zwk.model.profile.MunicipalProfile;
import zwk.model.profile.SwotCategory;
import zwk.model.profile.SwotEntry;
import zwk.model.region.Ags;
import zwk.model.region.Municipality;
import zwk.model.region.MunicipalityRegister;
import zwk.model.region.MunicipalityType;
import zwk.model.region.RegionLevel;
import zwk.model.statistics.Sex;
import zwk.model.statistics.StatisticsRecord;
import zwk.model.statistics.StatisticsTable;
import zwk.profile.MunicipalProfileBuilder;
import zwk.profile.compare.ReferenceComparator;
import zwk.profile.population.PopulationTable;
import zwk.profile.population.PopulationTables;
import zwk.profile.population.StatisticsImport;
import zwk.profile.recommend.Needs;
import zwk.profile.recommend.OriginSimilarity;
import zwk.profile.recommend.ToolRecommendation;
import zwk.profile.recommend.ToolRecommender;
import zwk.profile.similarity.FeatureMatrix;
import zwk.profile.similarity.Peer;
import zwk.profile.similarity.SimilarityFeatures;
import zwk.profile.similarity.SimilarityModel;
import zwk.profile.similarity.SizeClasses;
import zwk.profile.similarity.Standardisation;
import zwk.profile.swot.SwotRuleSet;
import zwk.profile.typology.Typology;

/** Peers, types, the SWOT against Germany and recommendations on the 2018 Kreise table and the 2021 register. */
class SimilarityAndRecommendationOnRealDataTest {
  private static final LocalDate D = LocalDate.of(2018, 12, 31);
  private static StatisticsTable raw;
  private static PopulationTable all;
  private static PopulationTable kreise;
  private static MunicipalityRegister register;
  private static SimilarityModel model;

  @BeforeAll
  static void read() {
    raw = GenesisReader.read(RealData.file("genesis/12411-02-03-5-B_kreise_2018.csv"));
    all = PopulationTables.fromStatistics(raw, StatisticsImport.defaults());
    List<String> keys = all.regions().stream().filter(k -> k.length() == 5).collect(Collectors.toList());
    kreise = all.selectRegions(keys);
    register = RegisterReader.read(RealData.file("gv/31122021_Auszug_GV.csv"));
    FeatureMatrix m = FeatureMatrix.of(keys, SimilarityFeatures.defaults(kreise, D, SimilarityFeatures.areas(register)))
        .withoutEmptyFeatures();
    model = SimilarityModel.of(m, Standardisation.Z_SCORE);
  }

  private static Optional<MunicipalityType> type(String key) {
    return register.byAgs(Ags.of(key)).flatMap(Municipality::type).map(SizeClasses::kind);
  }

  @Test
  void densityComesFromTheGemeindenOfTheRegister() {
    // Börde: 2,366.57 km² summed over its Gemeinden (register 31.12.2021), 171,734 inhabitants on 31.12.2018
    int row = model.matrix().row("15083");
    int c = model.matrix().column("log_density");
    long pop = kreise.distribution("15083", D, Sex.TOTAL).total().value();
    java.math.BigDecimal area = register.municipalities().stream()
        .filter(x -> x.ags().isPresent() && x.level() == RegionLevel.MUNICIPALITY && x.ags().get().code().startsWith("15083"))
        .map(x -> x.areaKm2().get()).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
    assertEquals(Math.log10(pop / area.doubleValue()), model.matrix().value(row, c), 1e-12);
    assertTrue(area.doubleValue() > 2000 && area.doubleValue() < 2500, area.toPlainString());
  }

  @Test
  void peersOfKreisfreieStaedteAreMostlyKreisfreieStaedte() {
    int cities = 0;
    int mostly = 0;
    int cityPeers = 0;
    for (String k : model.matrix().keys()) {
      if (type(k).orElse(null) != MunicipalityType.DISTRICT_FREE_CITY) {
        continue;
      }
      cities++;
      List<Peer> peers = model.nearest(k, 10);
      long n = peers.stream().filter(p -> type(p.key()).orElse(null) == MunicipalityType.DISTRICT_FREE_CITY).count();
      cityPeers += n;
      if (n > 5) {
        mostly++;
      }
    }
    // 107 kreisfreie Städte in 2018 (Destatis: 401 Kreise = 294 Landkreise + 107 kreisfreie Städte), less Eisenach
    // (16056), which joined the Wartburgkreis on 1 July 2021 and so is no kreisfreie Stadt in the 2021 register
    assertEquals(106, cities);
    // "mostly", read as at least three quarters: of the cities with a majority of city peers, and of all peers
    assertTrue(mostly >= 0.75 * cities, mostly + " of " + cities + " have a majority of city peers");
    assertTrue(cityPeers >= 0.75 * cities * 10, cityPeers + " of " + cities * 10);
    // and Köln's nearest are big cities
    List<String> koeln = model.nearest("05315", 5).stream().map(Peer::key).collect(Collectors.toList());
    assertTrue(koeln.contains("09162") && koeln.contains("02000"), koeln.toString());
  }

  @Test
  void typologyOfAllKreiseIsReproducible() {
    Typology a = Typology.cluster(model, 6);
    Typology b = Typology.cluster(SimilarityModel.of(model.matrix(), Standardisation.Z_SCORE), 6);
    assertEquals(401, a.assignments().size()); // the 73 historical Kreise (all '-') have no values
    assertEquals(a.assignments(), b.assignments());
    assertEquals(401, a.types().stream().mapToInt(t -> t.size()).sum());
  }

  @Test
  void boerdeGetsEntriesForItsOldAgeStructure() {
    MunicipalProfile p = new MunicipalProfileBuilder(ReferenceComparator.deriving(all, RegionLevel.DISTRICT), "15083", D).build();
    // independent: Germany = the 401 current Kreise of the raw records; Börde published 39.9 (12411-08-01-4)
    long[] de = groups("");
    double germany = 100.0 * de[2] / de[1];
    assertEquals(35.9, Math.round(germany * 10) / 10.0);
    List<SwotEntry> old = p.swot().stream().filter(e -> e.derivedByRule().orElse("").equals("old-age-ratio-above-germany"))
        .collect(Collectors.toList());
    assertEquals(2, old.size(), p.swot().toString()); // health-care and seniors
    assertEquals(SwotCategory.THREAT, old.get(0).category());
    assertEquals(List.of("old_age_ratio"), old.get(0).citedIndicatorIds());
    assertTrue(old.get(0).text().startsWith("Altenquotient über dem Bundeswert: old_age_ratio = 39,9, Deutschland = 35,9"),
        old.get(0).text());
    assertTrue(p.swot().stream().anyMatch(e -> e.derivedByRule().orElse("").equals("median-age-above-germany")));
    assertTrue(p.swot().stream().anyMatch(e -> e.derivedByRule().orElse("").equals("median-age-high-among-peers")));
    // the Land comparison alone (Sachsen-Anhalt is older still) gives no old-age entry
    assertTrue(p.swot().stream().noneMatch(e -> e.derivedByRule().orElse("").equals("old-age-ratio-above-state")));
  }

  @Test
  void aHousingWeaknessGetsHousingToolsFirst() {
    SwotEntry housing = SwotEntry.builder().id("swot-1").category(SwotCategory.WEAKNESS).text("Wohnungsmangel")
        .actionFieldId("housing").build();
    Needs needs = Needs.fromSwot("15083", List.of(housing), SwotRuleSet.defaults(), Optional.empty(), Optional.empty());
    List<ToolRecommendation> r = new ToolRecommender(Samples.toolbox(), OriginSimilarity.of(model)).recommend(needs);
    assertTrue(!r.isEmpty());
    long housingTools = Samples.toolbox().tools().stream().filter(t -> t.actionFieldIds().contains("housing")).count();
    List<ToolRecommendation> first = r.subList(0, (int) housingTools);
    assertTrue(first.stream().allMatch(t -> t.tool().actionFieldIds().contains("housing")), first.toString());
  }

  private static long[] groups(String prefix) {
    long[] g = new long[3];
    for (StatisticsRecord r : raw.records()) {
      if (r.regionKey().length() == 5 && r.regionKey().startsWith(prefix) && r.age().isPresent()
          && r.sex().get() == Sex.TOTAL && r.state().isNumeric()) {
        int from = r.age().get().from();
        g[from < 20 ? 0 : from < 65 ? 1 : 2] += r.value().get().longValueExact();
      }
    }
    return g;
  }
}
