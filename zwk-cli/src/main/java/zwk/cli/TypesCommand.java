// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import zwk.io.csv.CsvCell;
import zwk.io.typology.TypologyCsvReader;
import zwk.io.typology.TypologyTable;
import zwk.profile.typology.RegionType;
import zwk.profile.typology.TypeAssignment;
import zwk.profile.typology.Typology;

/**
 * {@code zwk types --population FILE}: a typology of the regions of one level (zwk's own
 * reproducible clustering, or an official typology with {@code --typology}), each region with its
 * type and the distance to the type's centroid.
 */
@Command(name = "types", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Typisiert die Regionen einer Ebene (eigene reproduzierbare Clusterung oder amtliche Typologie).",
        "Types the regions of one level: zwk's own reproducible clustering (k-means with a deterministic start) over",
        "the standardised profile vector, or an official typology (--typology FILE, e.g. Demografietypen) with the",
        "nearest type for the regions it lacks. CSV: key;name;type;type_name;distance."})
final class TypesCommand extends BaseCommand {
  /** Output formats. */
  enum Format { CSV, JSON }

  @Option(names = "--k", defaultValue = "6", paramLabel = "N", description = "Anzahl Typen / number of types (default 6).")
  int k;

  @Option(names = "--typology", paramLabel = "FILE",
      description = "Amtliche Typologie (CSV: AGS/ARS;Typ;Typname) / official typology; --k is then ignored.")
  Path typology;

  @Option(names = "--format", defaultValue = "csv", paramLabel = "csv|json", description = "Ausgabe / output: csv (default) or json.")
  Format format;

  @Mixin
  SimilarityOptions similarity;

  @Mixin
  CsvProfileOption profile;

  @Mixin
  OutputOption output;

  @Override
  public Integer call() throws Exception {
    ComparisonSet set = ComparisonSet.read(similarity, Optional.empty(), this);
    Typology t;
    if (typology != null) {
      TypologyTable table;
      try (Progress p = progress("progress.reading", typology)) {
        table = TypologyCsvReader.read(typology);
      }
      try {
        t = Typology.of(set.model, table.typeByKey(), table.names());
      } catch (IllegalArgumentException e) {
        throw new CliInputException(typology + ": " + e.getMessage());
      }
    } else {
      try {
        t = Typology.cluster(set.model, k);
      } catch (IllegalArgumentException e) {
        throw new CliInputException("--k: " + e.getMessage());
      }
    }
    Typology types = t;
    return write(output, os -> {
      if (format == Format.JSON) {
        os.write(CliJson.bytes(json(set, types)));
      } else {
        csv(os, set, types);
      }
    });
  }

  private void csv(OutputStream os, ComparisonSet set, Typology t) {
    try (CsvOutput csv = CsvOutput.open(os, profile.value())) {
      csv.header(List.of("key", "name", "type", "type_name", "distance"));
      for (String key : set.model.matrix().keys()) {
        Optional<TypeAssignment> a = t.assign(key);
        if (a.isEmpty()) {
          continue; // no value at all (a Kreis that no longer exists): nothing to type
        }
        csv.row(List.of(CsvCell.raw(key), CsvCell.text(set.name(key, locale())), CsvCell.raw(String.valueOf(a.get().type())),
            CsvCell.text(t.type(a.get().type()).get().name(locale())), CsvValues.decimal(a.get().distance(), 4)));
      }
    }
  }

  private ObjectNode json(ComparisonSet set, Typology t) {
    ObjectNode root = CliJson.object();
    root.put("date", set.date.toString());
    root.put("method", typology != null ? "official" : "k-means");
    if (typology != null) {
      root.put("typology", typology.getFileName().toString());
    }
    root.put("standardisation", set.model.standardisation().name());
    ArrayNode types = root.putArray("types");
    for (RegionType rt : t.types()) {
      ObjectNode o = types.addObject();
      o.put("type", rt.number());
      o.put("name", rt.name(locale()));
      o.put("size", rt.size());
      ArrayNode traits = o.putArray("traits");
      for (RegionType.Trait tr : rt.traits()) {
        ObjectNode x = traits.addObject();
        x.put("feature", tr.featureId());
        x.put("z", tr.z());
        x.put("value", tr.value());
      }
    }
    ArrayNode regions = root.putArray("regions");
    for (String key : set.model.matrix().keys()) {
      Optional<TypeAssignment> a = t.assign(key);
      if (a.isEmpty()) {
        continue;
      }
      ObjectNode o = regions.addObject();
      o.put("key", key);
      o.put("name", set.name(key, locale()));
      o.put("type", a.get().type());
      o.put("type_name", t.type(a.get().type()).get().name(locale()));
      o.put("distance", a.get().distance());
      o.put("given", a.get().given());
    }
    return root;
  }
}
