// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import zwk.io.oparl.BodyKeys;
import zwk.io.oparl.OParlBody;
import zwk.io.oparl.OParlClient;
import zwk.io.oparl.OParlObject;
import zwk.io.oparl.OParlObjects;
import zwk.io.oparl.OParlPaper;
import zwk.io.oparl.OParlSystem;
import zwk.io.register.RegisterReader;
import zwk.model.region.MunicipalityRegister;

/**
 * {@code zwk oparl FILE_OR_URL}: reads OParl 1.0/1.1 objects from a file or a live endpoint and
 * lists the bodies with their keys (AGS, ARS) and their match in a municipality register, or the
 * papers (Drucksachen). From a URL, a System leads to its bodies and, with {@code --papers}, a body
 * to its papers (paginated lists are followed). Exit 1 when a body's AGS and ARS disagree.
 */
@Command(name = "oparl", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Liest OParl-Objekte (1.0/1.1) aus einer Datei oder von einer Schnittstelle und listet die Körperschaften",
        "mit ihren Schlüsseln (AGS, ARS) und dem Treffer im Gemeindeverzeichnis, oder die Drucksachen.",
        "Reads OParl 1.0/1.1 objects from a file or a live endpoint and lists the bodies with their keys (AGS, ARS)",
        "and their match in a municipality register, or the papers. Exit 1 when a body's ags and rgs disagree."})
final class OParlCommand extends BaseCommand {

  /** Output formats. */
  enum Format {
    /** Text (default). */
    TEXT,
    /** JSON object with {@code bodies} and {@code papers}. */
    JSON
  }

  @Parameters(index = "0", paramLabel = "FILE_OR_URL", description = "OParl-JSON-Datei oder URL / OParl JSON file or http(s) URL.")
  String source;

  @Option(names = "--register", paramLabel = "FILE",
      description = "Gemeindeverzeichnis (Auszug_GV oder GV100AD) für den Abgleich / municipality register to match the bodies against.")
  Path register;

  @Option(names = "--papers",
      description = "Bei einer URL den Drucksachen der Körperschaften folgen / from a URL, follow the bodies' paper lists.")
  boolean papers;

  @Option(names = "--max-pages", paramLabel = "N", defaultValue = "1000",
      description = "Höchstens N Listenseiten je Liste / at most N pages per list (default 1000).")
  int maxPages;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
      description = "Zeitlimit je Anfrage / timeout per request in seconds (default 30).")
  int timeout;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "Ausgabe / output (default text).")
  Format format;

  @Mixin
  OutputOption output;

  @Override
  public Integer call() throws Exception {
    boolean url = source.startsWith("http://") || source.startsWith("https://");
    List<OParlObject> objects;
    if (url) {
      OParlClient client = OParlClient.of(java.time.Duration.ofSeconds(10), java.time.Duration.ofSeconds(timeout),
          16L * 1024 * 1024, maxPages);
      objects = new ArrayList<>(client.read(source));
      for (OParlObject o : List.copyOf(objects)) {
        if (o instanceof OParlSystem && ((OParlSystem) o).bodyList().isPresent()) {
          objects.addAll(client.read(((OParlSystem) o).bodyList().get()));
        }
      }
      if (papers) {
        for (OParlObject o : List.copyOf(objects)) {
          if (o instanceof OParlBody && ((OParlBody) o).paperList().isPresent()) {
            objects.addAll(client.read(((OParlBody) o).paperList().get()));
          }
        }
      }
    } else {
      try (InputStream in = Files.newInputStream(Path.of(source))) {
        objects = OParlObjects.read(in, source);
      }
    }
    Optional<MunicipalityRegister> reg = Optional.empty();
    if (register != null) {
      try (Progress p = progress("progress.reading", register)) {
        reg = Optional.of(RegisterReader.read(register));
      }
    }
    List<BodyKeys> bodies = new ArrayList<>();
    List<OParlPaper> paperList = new ArrayList<>();
    for (OParlObject o : objects) {
      if (o instanceof OParlBody) {
        bodies.add(BodyKeys.of((OParlBody) o, reg));
      } else if (o instanceof OParlPaper) {
        paperList.add((OParlPaper) o);
      }
    }
    try (CommandOutput o = openOutput(output)) {
      OutputStream os = o.stream();
      if (format == Format.JSON) {
        json(bodies, paperList, os);
      } else {
        PrintStream ps = new PrintStream(os, false, StandardCharsets.UTF_8);
        text(bodies, paperList, objects.size(), ps);
        ps.flush();
      }
      o.commit();
    }
    return bodies.stream().anyMatch(BodyKeys::mismatch) ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  private void text(List<BodyKeys> bodies, List<OParlPaper> papers, int objects, PrintStream out) {
    Messages m = msg();
    out.println(m.get("oparl.summary", objects, bodies.size(), papers.size()));
    for (BodyKeys k : bodies) {
      out.println(m.get("oparl.body", k.body().name().orElse("–"), k.body().id()));
      out.println(m.get("oparl.keys", k.ags().map(a -> a.code()).orElse("–"), k.ars().map(a -> a.code()).orElse("–")));
      if (register != null) {
        out.println(k.match().map(mu -> m.get("oparl.match", mu.name(), mu.ags().map(a -> a.code()).orElse("–")))
            .orElseGet(() -> m.get("oparl.noMatch")));
      }
      for (String p : k.problems()) {
        out.println(m.get("oparl.problem", p));
      }
    }
    for (OParlPaper p : papers) {
      out.println(m.get("oparl.paper", p.reference().orElse("–"), p.date().map(Object::toString).orElse("–"),
          p.paperType().orElse("–"), p.name().orElse("–"), p.id()));
    }
    out.flush();
  }

  private static void json(List<BodyKeys> bodies, List<OParlPaper> papers, OutputStream os) throws java.io.IOException {
    JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    ObjectNode root = mapper.createObjectNode();
    ArrayNode bs = root.putArray("bodies");
    for (BodyKeys k : bodies) {
      ObjectNode b = bs.addObject();
      b.put("id", k.body().id());
      b.put("version", k.body().version());
      opt(b, "name", k.body().name());
      opt(b, "agsGiven", k.body().ags());
      opt(b, "rgsGiven", k.body().rgs());
      opt(b, "ags", k.ags().map(a -> a.code()));
      opt(b, "ars", k.ars().map(a -> a.code()));
      b.put("mismatch", k.mismatch());
      if (k.match().isPresent()) {
        ObjectNode r = b.putObject("register");
        r.put("name", k.match().get().name());
        opt(r, "ags", k.match().get().ags().map(a -> a.code()));
        opt(r, "ars", k.match().get().ars().map(a -> a.code()));
      }
      ArrayNode ps = b.putArray("problems");
      k.problems().forEach(ps::add);
    }
    ArrayNode ps = root.putArray("papers");
    for (OParlPaper p : papers) {
      ObjectNode o = ps.addObject();
      o.put("url", p.id());
      opt(o, "reference", p.reference());
      opt(o, "date", p.date().map(Object::toString));
      opt(o, "name", p.name());
      opt(o, "paperType", p.paperType());
    }
    os.write(mapper.writeValueAsBytes(root));
    os.write('\n');
    os.flush();
  }

  private static void opt(ObjectNode o, String name, Optional<String> v) {
    v.ifPresent(x -> o.put(name, x));
  }
}
