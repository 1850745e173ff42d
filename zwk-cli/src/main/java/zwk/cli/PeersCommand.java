// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import zwk.io.csv.CsvCell;
import zwk.model.region.Ags;
import zwk.profile.similarity.FeatureDifference;
import zwk.profile.similarity.Peer;
import zwk.profile.similarity.SimilarityModel;

/**
 * {@code zwk peers --population FILE --key KEY}: the k nearest peers of a region among the regions
 * of its level in the file, by zwk-profile's similarity model, with the explanation.
 */
@Command(name = "peers", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Findet die ähnlichsten Regionen (Vergleichskommunen) einer Region, mit Begründung.",
        "Finds the k nearest peers of a region among the regions of its level, by the standardised profile vector",
        "(age structure, dependency ratios, mean and median age, population change, size, density), with the",
        "indicators that bring each peer close and those that keep it apart. CSV: rank;key;name;distance;<features>."})
final class PeersCommand extends BaseCommand {
  @Option(names = "--key", required = true, paramLabel = "AGS_OR_ARS", description = "Die Region / the region.")
  String key;

  @Option(names = "--k", defaultValue = "10", paramLabel = "N", description = "Anzahl / number of peers (default 10).")
  int k;

  @Option(names = "--same-state", description = "Nur im selben Land / only in the same Land.")
  boolean sameState;

  @Option(names = "--same-type", description = "Nur gleicher Typ (kreisfreie Stadt, Landkreis …; needs --register).")
  boolean sameType;

  @Option(names = "--same-size", description = "Nur gleiche Größenklasse / only the same size class.")
  boolean sameSize;

  @Mixin
  ReportFormatOption format;

  @Mixin
  SimilarityOptions similarity;

  @Mixin
  CsvProfileOption profile;

  @Mixin
  OutputOption output;

  @Override
  public Integer call() throws Exception {
    if (k < 1) {
      throw new CliInputException("--k: expected at least 1, got " + k);
    }
    Ags ags = ProfileCommand.parseKey(key);
    ComparisonSet set = ComparisonSet.read(similarity, Optional.of(ags), this);
    List<Peer> peers = set.model.nearest(ags.code(), k, set.filter(ags.code(), sameState, sameType, sameSize));
    return format.write(this, output, os -> csv(os, set, ags.code(), peers),
        os -> os.write(CliJson.bytes(json(set, ags.code(), peers))), os -> text(os, set, ags.code(), peers));
  }

  private void csv(OutputStream os, ComparisonSet set, String self, List<Peer> peers) {
    SimilarityModel m = set.model;
    try (CsvOutput csv = CsvOutput.open(os, profile.value())) {
      List<String> header = new ArrayList<>(List.of("rank", "key", "name", "distance"));
      m.matrix().features().forEach(f -> header.add(f.id()));
      csv.header(header);
      csv.row(row(set, 0, self, 0.0));
      for (Peer p : peers) {
        csv.row(row(set, p.rank(), p.key(), p.distance()));
      }
    }
  }

  private List<CsvCell> row(ComparisonSet set, int rank, String key, double distance) {
    List<CsvCell> r = new ArrayList<>();
    r.add(CsvCell.raw(String.valueOf(rank)));
    r.add(CsvCell.raw(key));
    r.add(CsvCell.text(set.name(key, locale())));
    r.add(CsvValues.decimal(distance, 4));
    int row = set.model.matrix().row(key);
    for (int c = 0; c < set.model.matrix().features().size(); c++) {
      double v = set.model.matrix().value(row, c);
      r.add(Double.isNaN(v) ? CsvCell.empty() : CsvValues.decimal(v, 3));
    }
    return r;
  }

  private ObjectNode json(ComparisonSet set, String self, List<Peer> peers) {
    ObjectNode root = CliJson.object();
    root.put("key", self);
    root.put("name", set.name(self, locale()));
    root.put("date", set.date.toString());
    root.put("standardisation", set.model.standardisation().name());
    ArrayNode fs = root.putArray("features");
    for (int c = 0; c < set.model.matrix().features().size(); c++) {
      ObjectNode f = fs.addObject();
      f.put("id", set.model.matrix().features().get(c).id());
      f.put("name", set.model.matrix().features().get(c).name(locale()));
      f.put("weight", set.model.weight(c));
      double v = set.model.matrix().value(set.model.matrix().row(self), c);
      if (!Double.isNaN(v)) {
        f.put("value", v);
      }
    }
    ArrayNode ps = root.putArray("peers");
    for (Peer p : peers) {
      ObjectNode o = ps.addObject();
      o.put("rank", p.rank());
      o.put("key", p.key());
      o.put("name", set.name(p.key(), locale()));
      o.put("distance", p.distance());
      ObjectNode values = o.putObject("values");
      for (FeatureDifference d : p.differences()) {
        if (!Double.isNaN(d.other())) {
          values.put(d.feature().id(), d.other());
        }
      }
      ArrayNode close = o.putArray("close");
      p.close(3).forEach(d -> close.add(d.feature().id()));
      ArrayNode apart = o.putArray("apart");
      p.apart(3).forEach(d -> apart.add(d.feature().id()));
      o.put("explanation", p.explanation(locale()));
    }
    return root;
  }

  private void text(OutputStream os, ComparisonSet set, String self, List<Peer> peers) {
    PrintStream out = new PrintStream(os, true, StandardCharsets.UTF_8);
    Formats f = new Formats(locale());
    out.println(msg().get("peers.head", self, set.name(self, locale()), set.withValues(), f.date(set.date)));
    for (Peer p : peers) {
      out.println(String.format(locale(), "%3d. %s %s  d = %.3f", p.rank(), p.key(), set.name(p.key(), locale()), p.distance()));
      out.println("     " + p.explanation(locale()));
    }
    out.flush();
  }
}
