// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import zwk.io.online.GenesisCredentials;
import zwk.io.online.GenesisOnlineClient;
import zwk.io.online.GenesisOnlineException;
import zwk.io.online.TableFormat;
import zwk.io.online.TableRequest;

/**
 * {@code zwk fetch CODE}: fetches an official table from the GENESIS-Online web service, with the
 * user's own credentials, into a file that {@code zwk population}, {@code zwk indicators} and the
 * library's readers take directly.
 */
@Command(name = "fetch", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Lädt eine Tabelle aus dem GENESIS-Online-Webservice (eigene Zugangsdaten).",
        "Fetches a table from the GENESIS-Online web service with your own credentials:",
        "  ZWK_GENESIS_TOKEN, or ZWK_GENESIS_USER and ZWK_GENESIS_PASSWORD, or the file given by --credentials",
        "  (default ~/.config/zwk/genesis.properties: token=... or username=... and password=...).",
        "Tables once fetched are served from the cache (default ~/.cache/zwk/genesis)."})
final class FetchCommand extends BaseCommand {
  @Parameters(index = "0", paramLabel = "CODE", description = "Tabellencode / table code, e.g. 12411-0018.")
  String code;

  @Option(names = "--format", paramLabel = "ffcsv|csv", defaultValue = "ffcsv",
      description = "Dateiformat / file format: ffcsv (flat, default) or csv (classic table).")
  String format;

  @Option(names = "--start-year", paramLabel = "YEAR", description = "Erstes Jahr / first year.")
  Integer startYear;

  @Option(names = "--end-year", paramLabel = "YEAR", description = "Letztes Jahr / last year.")
  Integer endYear;

  @Option(names = "--base-url", paramLabel = "URL",
      description = "Adresse des Webservice / service address: destatis (default), regionalstatistik or a URL.")
  String baseUrl;

  @Option(names = "--credentials", paramLabel = "FILE",
      description = "Datei mit Zugangsdaten / credentials file (properties: token, or username and password).")
  Path credentialsFile;

  @Option(names = "--cache", paramLabel = "DIR", description = "Zwischenspeicher / cache directory.")
  Path cache;

  @Option(names = "--no-cache", description = "Ohne Zwischenspeicher / neither read nor write the cache.")
  boolean noCache;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "300",
      description = "Wartezeit je Antwort / time for one answer in seconds (default 300).")
  int timeoutSeconds;

  @Mixin
  OutputOption output;

  @Override
  public Integer call() throws Exception {
    TableFormat tableFormat;
    TableRequest request;
    try {
      tableFormat = TableFormat.parse(format);
      request = new TableRequest(code, tableFormat, optional(startYear), optional(endYear), "", "");
    } catch (IllegalArgumentException e) {
      throw new CliInputException(e.getMessage());
    }
    if (timeoutSeconds < 1 || timeoutSeconds > 3600) {
      throw new CliInputException("--timeout: expected 1 to 3600 seconds, got " + timeoutSeconds);
    }
    Path config = credentialsFile != null ? credentialsFile : GenesisCredentials.defaultConfigFile();
    if (credentialsFile != null && !Files.isRegularFile(credentialsFile)) {
      throw new CliInputException("--credentials: no such file: " + credentialsFile);
    }
    Optional<GenesisCredentials> credentials = GenesisCredentials.find(System.getenv(), config);
    if (credentials.isEmpty()) {
      stderr().println("zwk: " + msg().get("error.credentials", config));
      return ExitCodes.BAD_INPUT;
    }
    GenesisOnlineClient.Builder b = GenesisOnlineClient.builder(credentials.get()).baseUri(base())
        .requestTimeout(Duration.ofSeconds(timeoutSeconds));
    if (!noCache) {
      b.cacheDirectory(cache != null ? cache : Path.of(System.getProperty("user.home"), ".cache", "zwk", "genesis"));
    }
    GenesisOnlineClient client = b.build();
    Path target = output.file().orElse(null);
    if (target != null) {
      requireOutputNotInput(target);
    }
    Path tmp = null;
    try {
      if (target == null) {
        tmp = Files.createTempFile("zwk-fetch-", ".csv");
      }
      GenesisOnlineClient.Fetched f;
      try (Progress p = progress("progress.fetching", request.code())) {
        f = client.fetch(request, target != null ? target : tmp);
      }
      if (target == null) {
        try (InputStream in = Files.newInputStream(tmp); CommandOutput o = openOutput(Optional.empty())) {
          in.transferTo(o.stream());
          o.commit();
        }
      } else {
        stderr().println("zwk: " + msg().get("fetch.done", target,
            msg().get(f.fromCache() ? "fetch.cache" : "fetch.service")));
      }
      return ExitCodes.OK;
    } catch (GenesisOnlineException e) {
      stderr().println("zwk: " + msg().get("error.service", e.getMessage()));
      return ExitCodes.SERVICE_FAILED;
    } finally {
      if (tmp != null) {
        Files.deleteIfExists(tmp);
      }
    }
  }

  private URI base() {
    if (baseUrl == null || baseUrl.equalsIgnoreCase("destatis")) {
      return GenesisOnlineClient.DESTATIS;
    }
    if (baseUrl.equalsIgnoreCase("regionalstatistik")) {
      return GenesisOnlineClient.REGIONALSTATISTIK;
    }
    String u = baseUrl.toLowerCase(Locale.ROOT);
    if (!(u.startsWith("https://") || u.startsWith("http://"))) {
      throw new CliInputException("--base-url: expected destatis, regionalstatistik or an http(s) URL, got '"
          + zwk.io.csv.CsvFormatException.clip(baseUrl) + "'");
    }
    return URI.create(baseUrl);
  }

  private static OptionalInt optional(Integer year) {
    return year == null ? OptionalInt.empty() : OptionalInt.of(year);
  }
}
