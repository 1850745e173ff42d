// SPDX-License-Identifier: Apache-2.0
package zwk.io.online;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A loopback HTTP server that replays answers shaped as the GENESIS web service gives them (the
 * shapes follow the recorded replies in pystatis' tests, {@code tests/cassettes/*.yaml}, and the
 * service's documentation "GENESIS-Webservices Einführung"), and records what it was asked.
 */
final class ReplayServer implements AutoCloseable {
  /** One scripted answer. */
  record Reply(int status, String contentType, byte[] body, Map<String, String> headers, long delayMillis) {
    static Reply json(String json) {
      return new Reply(200, "application/json", json.getBytes(StandardCharsets.UTF_8), Map.of(), 0);
    }

    static Reply latin1Json(String json) {
      return new Reply(200, "application/json", json.getBytes(StandardCharsets.ISO_8859_1), Map.of(), 0);
    }

    static Reply zip(String entry, byte[] content) {
      return new Reply(200, "application/zip", zipOf(Map.of(entry, content)), Map.of(), 0);
    }

    static Reply status(int status, Map<String, String> headers) {
      return new Reply(status, "text/plain", new byte[0], headers, 0);
    }
  }

  /** One recorded request. */
  record Seen(String method, String path, String query, Map<String, List<String>> headers, String body) {}

  private final HttpServer server;
  private final Deque<Reply> script = new ConcurrentLinkedDeque<>();
  final List<Seen> seen = Collections.synchronizedList(new ArrayList<>());

  ReplayServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/genesisWS/rest/2020/");
  }

  ReplayServer then(Reply r) {
    script.add(r);
    return this;
  }

  private void handle(HttpExchange ex) throws IOException {
    String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    seen.add(new Seen(ex.getRequestMethod(), ex.getRequestURI().getPath(), ex.getRequestURI().getRawQuery(),
        Map.copyOf(ex.getRequestHeaders()), body));
    Reply r = script.poll();
    if (r == null) {
      r = Reply.status(500, Map.of());
    }
    if (r.delayMillis() > 0) {
      try {
        Thread.sleep(r.delayMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    ex.getResponseHeaders().add("Content-Type", r.contentType());
    r.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
    ex.sendResponseHeaders(r.status(), r.body().length == 0 ? -1 : r.body().length);
    if (r.body().length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(r.body());
      }
    }
    ex.close();
  }

  static byte[] zipOf(Map<String, byte[]> entries) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ZipOutputStream z = new ZipOutputStream(bytes)) {
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
          z.putNextEntry(new ZipEntry(e.getKey()));
          z.write(e.getValue());
          z.closeEntry();
        }
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
