// SPDX-License-Identifier: Apache-2.0
package zwk.io.oparl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link OParlClient} against a loopback HTTP server that serves the specification's example
 * objects as a paginated list, and misbehaves on purpose (404, a loop, too many pages, too large,
 * too slow).
 */
class OParlClientTest {
  private HttpServer server;
  private String base;
  private final Map<String, String> pages = new ConcurrentHashMap<>();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      String key = exchange.getRequestURI().toString();
      String body = pages.get(key);
      if (key.equals("/slow")) {
        try {
          Thread.sleep(1500);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        body = "{}";
      }
      byte[] bytes = body == null ? "not found".getBytes(StandardCharsets.UTF_8) : body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
      try (OutputStream os = exchange.getResponseBody()) {
        os.write(bytes);
      }
    });
    server.start();
    base = "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private static String example(String version, String name) throws IOException {
    try (InputStream in = OParlClientTest.class.getResourceAsStream("/zwk/io/oparl/" + version + "/" + name + "-01.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String page(List<String> objects, String next) {
    return "{\"data\":[" + String.join(",", objects) + "],\"pagination\":{\"elementsPerPage\":1},\"links\":{"
        + (next == null ? "" : "\"next\":\"" + next + "\"") + "}}";
  }

  @Test
  void followsLinksNextThroughAPaginatedList() throws IOException {
    String koeln = example("1.1", "Body");
    // a second body as a real system might write it: leading zero lost, no rgs
    String other = "{\"id\":\"" + base + "/body/1\",\"type\":\"https://schema.oparl.org/1.0/Body\",\"name\":\"Beispielgemeinde\","
        + "\"ags\":\"1001000\"}";
    pages.put("/bodies", page(List.of(koeln), base + "/bodies?page=2"));
    pages.put("/bodies?page=2", page(List.of(other), "/bodies?page=3")); // relative next
    pages.put("/bodies?page=3", page(List.of(), null));
    List<OParlObject> all = OParlClient.defaults().read(base + "/bodies");
    assertEquals(List.of("https://oparl.example.org/body/0", base + "/body/1"),
        all.stream().map(OParlObject::id).collect(Collectors.toList()));
    assertEquals("01001000", BodyKeys.of((OParlBody) all.get(1), java.util.Optional.empty()).ags().get().code());
  }

  @Test
  void aSingleObjectIsReadAsIs() throws IOException {
    pages.put("/system", example("1.1", "System"));
    List<OParlObject> all = OParlClient.defaults().read(base + "/system");
    assertTrue(all.get(0) instanceof OParlSystem);
  }

  @Test
  void limitsAndFailuresAreClearErrors() {
    pages.put("/loop", page(List.of(), "/loop2"));
    pages.put("/loop2", page(List.of(), "/loop"));
    OParlException loop = assertThrows(OParlException.class, () -> OParlClient.defaults().read(base + "/loop"));
    assertTrue(loop.getMessage().contains("loops back"), loop.getMessage());

    pages.put("/a", page(List.of(), "/b"));
    pages.put("/b", page(List.of(), "/c"));
    pages.put("/c", page(List.of(), null));
    OParlClient twoPages = OParlClient.of(Duration.ofSeconds(5), Duration.ofSeconds(5), 1 << 20, 2);
    OParlException tooMany = assertThrows(OParlException.class, () -> twoPages.read(base + "/a"));
    assertEquals(base + "/c: expected at most 2 list pages, got more", tooMany.getMessage());

    OParlException missing = assertThrows(OParlException.class, () -> OParlClient.defaults().read(base + "/nothing"));
    assertEquals(base + "/nothing: expected HTTP status 200, got 404", missing.getMessage());

    pages.put("/big", "[" + "1,".repeat(600) + "1]");
    OParlClient small = OParlClient.of(Duration.ofSeconds(5), Duration.ofSeconds(5), 1000, 10);
    OParlException big = assertThrows(OParlException.class, () -> small.read(base + "/big"));
    assertTrue(big.getMessage().contains("at most 1000 bytes"), big.getMessage());

    OParlClient impatient = OParlClient.of(Duration.ofSeconds(5), Duration.ofMillis(200), 1 << 20, 10);
    OParlException slow = assertThrows(OParlException.class, () -> impatient.read(base + "/slow"));
    assertTrue(slow.getMessage().contains("timeout"), slow.getMessage());

    OParlException scheme = assertThrows(OParlException.class, () -> OParlClient.defaults().read("file:///etc/passwd"));
    assertTrue(scheme.getMessage().contains("expected an absolute http or https URL"), scheme.getMessage());
  }
}
