// SPDX-License-Identifier: Apache-2.0
package zwk.io.online;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwk.io.online.ReplayServer.Reply;

class GenesisOnlineClientTest {
  private static final Path REAL = Path.of(System.getProperty("zwk.data.dir", "../../shared/data"),
      "genesis", "12411-0018_kreise_2019.csv");
  private static final GenesisCredentials CREDENTIALS = GenesisCredentials.of("ZWK-USER", "s3cr3t-pw");
  /** Status 98 as the service gives it for 12531-0043 (pystatis tests/cassettes/12531-0043.yaml). */
  private static final String TOO_LARGE = "{\"Ident\":{\"Service\":\"data\",\"Method\":\"tablefile\"},\"Status\":"
      + "{\"Code\":98,\"Content\":\"Die Tabelle ist zu gross, um im Dialog abgerufen zu werden. Bitte nutzen sie den "
      + "Webservice mit dem Parameter job=true (REST) um eine Verarbeitung im Hintergrund zu starten.\","
      + "\"Type\":\"Fehler\"},\"Parameter\":{\"username\":\"********************\"}}";
  /** Status 99, sent in ISO-8859-1 without a charset ("K\xFCrze"), as recorded. */
  private static final String JOB_CREATED = "{\"Ident\":{\"Service\":\"data\",\"Method\":\"tablefile\"},\"Status\":"
      + "{\"Code\":99,\"Content\":\"Der Bearbeitungsauftrag wurde erstellt. Die Tabelle kann in Kürze als Ergebnis "
      + "mit folgendem Namen abgerufen werden: 12411-0018_175879554\",\"Type\":\"Information\"}}";
  private static final String NOT_LISTED_YET = "{\"Ident\":{\"Service\":\"catalogue\",\"Method\":\"results\"},"
      + "\"Status\":{\"Code\":104,\"Content\":\"Es gibt keine Objekte zum angegebenen Selektionskriterium\","
      + "\"Type\":\"Information\"},\"List\":null}";
  private static final String LISTED = "{\"Ident\":{\"Service\":\"catalogue\",\"Method\":\"results\"},"
      + "\"Status\":{\"Code\":0,\"Content\":\"erfolgreich\",\"Type\":\"Information\"},"
      + "\"List\":[{\"Code\":\"12411-0018_175879554\",\"Content\":\"Bevölkerung\",\"Values\":\"1\"}]}";

  @TempDir
  Path dir;
  ReplayServer server;
  byte[] real;

  @BeforeEach
  void start() throws Exception {
    server = new ReplayServer();
    assertTrue(Files.isRegularFile(REAL), "missing real data file " + REAL);
    real = Files.readAllBytes(REAL);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private GenesisOnlineClient.Builder client() {
    return GenesisOnlineClient.builder(CREDENTIALS).baseUri(server.base()).backoff(Duration.ZERO)
        .pollInterval(Duration.ZERO);
  }

  @Test
  void tableComesUnzippedAndTheCredentialsOnlyAsHeaders() throws Exception {
    server.then(Reply.zip("12411-0018_1773175772751_de_flat.csv", real));
    Path target = dir.resolve("out.csv");
    GenesisOnlineClient.Fetched f = client().build().fetch(TableRequest.of("12411-0018", TableFormat.FFCSV), target);
    assertFalse(f.fromCache());
    assertArrayEquals(real, Files.readAllBytes(target));

    ReplayServer.Seen s = server.seen.get(0);
    assertEquals("POST", s.method());
    assertEquals("/genesisWS/rest/2020/data/tablefile", s.path());
    assertEquals(null, s.query(), "nothing in the URL");
    assertEquals(List.of("ZWK-USER"), s.headers().get("Username"));
    assertEquals(List.of("s3cr3t-pw"), s.headers().get("Password"));
    assertFalse(s.body().contains("s3cr3t"), s.body());
    Map<String, String> form = form(s.body());
    assertEquals("12411-0018", form.get("name"));
    assertEquals("ffcsv", form.get("format"));
    assertEquals("false", form.get("job"));
  }

  @Test
  void tooLargeTableGoesThroughABackgroundJob() throws Exception {
    server.then(Reply.json(TOO_LARGE)).then(Reply.latin1Json(JOB_CREATED)).then(Reply.json(NOT_LISTED_YET))
        .then(Reply.json(NOT_LISTED_YET)).then(Reply.json(LISTED)).then(Reply.zip("result.csv", real));
    Path target = dir.resolve("big.csv");
    client().build().fetch(TableRequest.of("12411-0018", TableFormat.CSV).years(2019, 2019), target);
    assertArrayEquals(real, Files.readAllBytes(target));
    List<String> paths = server.seen.stream().map(ReplayServer.Seen::path).toList();
    assertEquals(List.of("/genesisWS/rest/2020/data/tablefile", "/genesisWS/rest/2020/data/tablefile",
        "/genesisWS/rest/2020/catalogue/results", "/genesisWS/rest/2020/catalogue/results",
        "/genesisWS/rest/2020/catalogue/results", "/genesisWS/rest/2020/data/resultfile"), paths);
    assertEquals("true", form(server.seen.get(1).body()).get("job"));
    assertEquals("12411-0018_175879554", form(server.seen.get(2).body()).get("selection"));
    Map<String, String> result = form(server.seen.get(5).body());
    assertEquals("12411-0018_175879554", result.get("name"));
    assertEquals("user", result.get("area"));
    assertEquals("2019", result.get("startyear"));
  }

  @Test
  void errorStatusNamesTheTableAndTheServiceTextAndLeavesTheOldFile() throws Exception {
    server.then(Reply.json("{\"Ident\":{\"Service\":\"data\",\"Method\":\"tablefile\"},\"Status\":{\"Code\":90,"
        + "\"Content\":\"Die angeforderte Tabelle ist nicht vorhanden.\",\"Type\":\"Information\"}}"));
    Path target = dir.resolve("keep.csv");
    Files.writeString(target, "old content");
    GenesisOnlineException e = assertThrows(GenesisOnlineException.class,
        () -> client().build().fetch(TableRequest.of("99999-0001", TableFormat.FFCSV), target));
    assertEquals("99999-0001: the service has no such table (status 90, Information): "
        + "Die angeforderte Tabelle ist nicht vorhanden.", e.getMessage());
    assertEquals(OptionalInt.of(90), e.statusCode());
    assertEquals("old content", Files.readString(target));
    try (var files = Files.list(dir)) {
      assertEquals(List.of(target), files.toList(), "no temporary file left behind");
    }
  }

  @Test
  void busyAnswersAreRetriedAndThenReported() throws Exception {
    server.then(Reply.status(503, Map.of("Retry-After", "0"))).then(Reply.status(429, Map.of()))
        .then(Reply.zip("t.csv", real));
    client().maxRetries(2).build().fetch(TableRequest.of("12411-0018", TableFormat.FFCSV), dir.resolve("a.csv"));
    assertEquals(3, server.seen.size());

    server.seen.clear();
    for (int i = 0; i < 3; i++) {
      server.then(Reply.status(503, Map.of()));
    }
    GenesisOnlineException e = assertThrows(GenesisOnlineException.class, () -> client().maxRetries(2).build()
        .fetch(TableRequest.of("12411-0018", TableFormat.FFCSV), dir.resolve("b.csv")));
    assertEquals(3, server.seen.size(), "1 try + 2 retries");
    assertTrue(e.getMessage().contains("busy (HTTP 503)"), e.getMessage());
    assertFalse(Files.exists(dir.resolve("b.csv")));
  }

  @Test
  void cacheServesASecondFetchWithoutAskingAndKeysByParameters() throws Exception {
    Path cache = dir.resolve("cache");
    server.then(Reply.zip("t.csv", real)).then(Reply.zip("t.csv", "other years".getBytes(StandardCharsets.UTF_8)));
    GenesisOnlineClient c = client().cacheDirectory(cache).build();
    TableRequest all = TableRequest.of("12411-0018", TableFormat.FFCSV);
    assertFalse(c.fetch(all, dir.resolve("1.csv")).fromCache());
    assertTrue(c.fetch(all, dir.resolve("2.csv")).fromCache());
    assertEquals(1, server.seen.size(), "the second fetch asked nothing");
    assertArrayEquals(real, Files.readAllBytes(dir.resolve("2.csv")));
    assertFalse(c.fetch(all.years(2018, 2019), dir.resolve("3.csv")).fromCache(), "other parameters, other entry");
    assertEquals("other years", Files.readString(dir.resolve("3.csv")));
    try (var walk = Files.walk(cache)) {
      assertTrue(walk.map(Path::toString).noneMatch(p -> p.contains("s3cr3t") || p.contains("ZWK-USER")));
    }
  }

  @Test
  void noAnswerInTimeIsATimeout() throws Exception {
    server.then(new Reply(200, "application/zip", ReplayServer.zipOf(Map.of("t.csv", real)), Map.of(), 3000));
    GenesisOnlineException e = assertThrows(GenesisOnlineException.class, () -> client().maxRetries(0)
        .requestTimeout(Duration.ofMillis(300)).build()
        .fetch(TableRequest.of("12411-0018", TableFormat.FFCSV), dir.resolve("t.csv")));
    assertTrue(e.getMessage().startsWith("12411-0018: data/tablefile: no answer within 300 ms"), e.getMessage());
  }

  @Test
  void refusedCredentialsOversizedAnswersAndOddArchivesAreNamed() throws Exception {
    server.then(Reply.status(401, Map.of()));
    GenesisOnlineException refused = assertThrows(GenesisOnlineException.class,
        () -> client().build().fetch(TableRequest.of("12411-0018", TableFormat.FFCSV), dir.resolve("x.csv")));
    assertTrue(refused.getMessage().contains("refused the credentials (HTTP 401)"), refused.getMessage());
    assertFalse(refused.getMessage().contains("s3cr3t"));

    server.then(Reply.zip("t.csv", real));
    GenesisOnlineException big = assertThrows(GenesisOnlineException.class, () -> client().maxBytes(1000).build()
        .fetch(TableRequest.of("12411-0018", TableFormat.FFCSV), dir.resolve("y.csv")));
    assertTrue(big.getMessage().contains("larger than 1000 bytes"), big.getMessage());

    Map<String, byte[]> two = new LinkedHashMap<>();
    two.put("a.csv", new byte[] {1});
    two.put("b.csv", new byte[] {2});
    server.then(new Reply(200, "application/zip", ReplayServer.zipOf(two), Map.of(), 0));
    GenesisOnlineException odd = assertThrows(GenesisOnlineException.class,
        () -> client().build().fetch(TableRequest.of("12411-0018", TableFormat.FFCSV), dir.resolve("z.csv")));
    assertTrue(odd.getMessage().contains("got more entries ('a.csv', 'b.csv')"), odd.getMessage());
  }

  @Test
  void requestsAndCredentialsCheckTheirInput() throws Exception {
    assertThrows(IllegalArgumentException.class, () -> TableRequest.of("12411 0018; rm", TableFormat.FFCSV));
    assertThrows(IllegalArgumentException.class, () -> TableRequest.of("12411-0018", TableFormat.FFCSV).years(2020, 2019));
    assertEquals(TableFormat.CSV, TableFormat.parse("CSV"));
    assertThrows(IllegalArgumentException.class, () -> TableFormat.parse("xlsx"));
    assertEquals("GenesisCredentials[user and password, redacted]", CREDENTIALS.toString());
    assertEquals("GenesisCredentials[token, redacted]", GenesisCredentials.token("abc").toString());

    Path config = dir.resolve("genesis.properties");
    Files.writeString(config, "username=FROM-FILE\npassword=pw\n");
    assertEquals("FROM-FILE", GenesisCredentials.find(Map.of(), config).orElseThrow().username());
    assertEquals("TOKEN-1", GenesisCredentials.find(Map.of(GenesisCredentials.ENV_TOKEN, "TOKEN-1"), config)
        .orElseThrow().username(), "the environment comes first");
    assertEquals("", GenesisCredentials.find(Map.of(GenesisCredentials.ENV_TOKEN, "TOKEN-1"), config)
        .orElseThrow().password());
    assertTrue(GenesisCredentials.find(Map.of(), dir.resolve("absent")).isEmpty());
  }

  private static Map<String, String> form(String body) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      m.put(java.net.URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return m;
  }
}
