// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code zwk fetch} against a loopback server that answers as GENESIS-Online does (a ZIP with the
 * table; a JSON status for errors), and the fetched file read by {@code zwk population}.
 */
class FetchCommandTest {
  @TempDir
  Path dir;
  HttpServer server;
  final Deque<byte[]> answers = new ArrayDeque<>();
  Path credentials;

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", ex -> {
      ex.getRequestBody().readAllBytes();
      byte[] body = answers.isEmpty() ? new byte[0] : answers.poll();
      boolean zip = body.length > 1 && body[0] == 'P' && body[1] == 'K';
      ex.getResponseHeaders().add("Content-Type", zip ? "application/zip" : "application/json");
      ex.sendResponseHeaders(200, body.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    credentials = dir.resolve("genesis.properties");
    Files.writeString(credentials, "username=TEST\npassword=pw\n");
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/genesisWS/rest/2020/";
  }

  @Test
  void fetchedTableIsReadByPopulation() throws Exception {
    Path real = CliRun.data("genesis/12411-0018_kreise_2019.csv");
    answers.add(zip("12411-0018_de.csv", Files.readAllBytes(real)));
    Path out = dir.resolve("12411-0018.csv");
    CliRun fetch = CliRun.of("fetch", "12411-0018", "--format", "csv", "--base-url", base(), "--credentials",
        credentials.toString(), "--no-cache", "--out", out.toString());
    assertEquals(0, fetch.code(), fetch.toString());
    assertTrue(fetch.err().contains("12411-0018.csv"), fetch.toString());

    CliRun population = CliRun.of("population", out.toString());
    assertEquals(0, population.code(), population.err());
    long total = 0;
    for (String line : population.out().split("\n")) {
      String[] f = line.split(";", -1);
      if (f[0].length() == 5 && f[3].equals("total") && f[7].equals("number")) {
        total += Long.parseLong(f[6]);
      }
    }
    // published check figure of the file (../shared/data/README.md): 401 Kreise, 83,166,711 persons
    assertEquals(83_166_711L, total);
  }

  @Test
  void withoutOutTheTableGoesToStdout() throws Exception {
    answers.add(zip("t.csv", "a;b\n1;2\n".getBytes(StandardCharsets.UTF_8)));
    CliRun fetch = CliRun.of("fetch", "12411-0018", "--base-url", base(), "--credentials", credentials.toString(),
        "--no-cache");
    assertEquals(0, fetch.code(), fetch.toString());
    assertEquals("a;b\n1;2\n", fetch.out());
  }

  @Test
  void serviceErrorIsExitFiveWithTheServiceText() throws Exception {
    answers.add(("{\"Status\":{\"Code\":90,\"Content\":\"Die angeforderte Tabelle ist nicht vorhanden.\","
        + "\"Type\":\"Information\"}}").getBytes(StandardCharsets.UTF_8));
    Path out = dir.resolve("x.csv");
    CliRun fetch = CliRun.of("--lang", "en", "fetch", "99999-0001", "--base-url", base(), "--credentials",
        credentials.toString(), "--no-cache", "--out", out.toString());
    assertEquals(ExitCodes.SERVICE_FAILED, fetch.code(), fetch.toString());
    // progress lines may come first on a slow machine; the error is the last line
    assertTrue(fetch.err().replace("\r", "").endsWith("zwk: the web service did not deliver: 99999-0001: the service "
        + "has no such table (status 90, Information): Die angeforderte Tabelle ist nicht vorhanden.\n"), fetch.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void badArgumentsAreExitTwo() {
    CliRun badCode = CliRun.of("fetch", "not a code", "--credentials", credentials.toString());
    assertEquals(2, badCode.code(), badCode.toString());
    assertTrue(badCode.err().contains("expected a GENESIS table code"), badCode.toString());
    CliRun badFormat = CliRun.of("fetch", "12411-0018", "--format", "xlsx", "--credentials", credentials.toString());
    assertEquals(2, badFormat.code(), badFormat.toString());
    CliRun badUrl = CliRun.of("fetch", "12411-0018", "--base-url", "ftp://x", "--credentials", credentials.toString());
    assertEquals(2, badUrl.code(), badUrl.toString());
    CliRun noFile = CliRun.of("fetch", "12411-0018", "--credentials", dir.resolve("absent").toString());
    assertEquals(2, noFile.code(), noFile.toString());
  }

  private static byte[] zip(String name, byte[] content) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bytes)) {
      z.putNextEntry(new ZipEntry(name));
      z.write(content);
      z.closeEntry();
    }
    return bytes.toByteArray();
  }
}
