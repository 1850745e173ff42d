// SPDX-License-Identifier: Apache-2.0
package zwk.io.online;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A client of the GENESIS-Online web service (REST/JSON, version 2020) of the Statistisches
 * Bundesamt, and of the services built alike (Regionaldatenbank, Zensus 2022 database): fetches a
 * table by its code as a file that {@code GenesisReader} reads directly.
 *
 * <p>How it talks to the service (as its documentation and recorded answers show):
 * <ul>
 *   <li>{@code POST {base}/data/tablefile} with form parameters ({@code name}, {@code format},
 *       {@code startyear}, …) and the credentials as the headers {@code username} and {@code
 *       password} (the service accepts nothing else since July 2025; they never appear in a URL);
 *   <li>the table comes as a ZIP archive with one CSV (unpacked here) or as plain CSV;
 *   <li>a table too large for a direct answer gives status 98: the client starts a background job
 *       ({@code job=true}, status 99 names the result), polls {@code catalogue/results} until the
 *       result is listed and fetches it from {@code data/resultfile};
 *   <li>any other error status (90 table not found, 104 nothing matches, -1, a {@code Type}
 *       {@code Fehler}) ends in a {@link GenesisOnlineException} with the service's own text;
 *   <li>busy answers (HTTP 429, 502, 503, 504) and timeouts are retried with exponential backoff
 *       ({@code Retry-After} honoured), {@link Builder#maxRetries} times.
 * </ul>
 *
 * <p>With a cache directory, a table fetched once is served from disk; the cache key is a SHA-256
 * of the base address and the request's parameters (as restatis and pystatis do), never of the
 * credentials. Files are written atomically. Thread-safe; the credentials are never logged.
 */
public final class GenesisOnlineClient {
  /** The GENESIS-Online database of the Statistisches Bundesamt. */
  public static final URI DESTATIS = URI.create("https://www-genesis.destatis.de/genesisWS/rest/2020/");
  /** The Regionaldatenbank Deutschland. */
  public static final URI REGIONALSTATISTIK = URI.create("https://www.regionalstatistik.de/genesisws/rest/2020/");

  private static final Pattern JOB_NAME = Pattern.compile("([0-9A-Za-z-]+_\\d+)");

  private final URI base;
  private final GenesisCredentials credentials;
  private final Optional<Path> cacheDirectory;
  private final Duration requestTimeout;
  private final int maxRetries;
  private final Duration backoff;
  private final Duration pollInterval;
  private final Duration jobTimeout;
  private final long maxBytes;
  private final HttpClient http;

  private GenesisOnlineClient(Builder b) {
    String s = b.base.toString();
    this.base = URI.create(s.endsWith("/") ? s : s + "/");
    this.credentials = Objects.requireNonNull(b.credentials, "credentials");
    this.cacheDirectory = Optional.ofNullable(b.cacheDirectory);
    this.requestTimeout = b.requestTimeout;
    this.maxRetries = b.maxRetries;
    this.backoff = b.backoff;
    this.pollInterval = b.pollInterval;
    this.jobTimeout = b.jobTimeout;
    this.maxBytes = b.maxBytes;
    this.http = HttpClient.newBuilder().connectTimeout(b.connectTimeout).followRedirects(HttpClient.Redirect.NORMAL)
        .build();
  }

  /** A client of {@link #DESTATIS} with {@code credentials}. */
  public static Builder builder(GenesisCredentials credentials) {
    return new Builder(credentials);
  }

  /** The result of {@link #fetch}. */
  public record Fetched(Path file, boolean fromCache) {}

  /**
   * Fetches {@code request} into {@code target} (written atomically: a failure leaves an existing
   * file as it was).
   *
   * @throws GenesisOnlineException when the service does not deliver the table
   */
  public Fetched fetch(TableRequest request, Path target) {
    Optional<Path> cached = cacheDirectory.map(dir -> dir.resolve(safe(request.code())).resolve(cacheKey(request)
        + ".csv"));
    try {
      if (cached.isPresent() && Files.isRegularFile(cached.get())) {
        copyAtomically(cached.get(), target);
        return new Fetched(target, true);
      }
      Path body = download(request);
      try {
        if (cached.isPresent()) {
          Files.createDirectories(cached.get().getParent());
          copyAtomically(body, cached.get());
        }
        copyAtomically(body, target);
      } finally {
        Files.deleteIfExists(body);
      }
      return new Fetched(target, false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path download(TableRequest request) throws IOException {
    Answer first = post(request, "data/tablefile", request.parameters(false));
    if (first.table().isPresent()) {
      return first.table().get();
    }
    ServiceStatus status = first.status().orElseThrow();
    if (status.code() != ServiceStatus.TOO_LARGE) {
      throw failure(request, status);
    }
    Answer job = post(request, "data/tablefile", request.parameters(true));
    ServiceStatus created = job.status().orElseThrow(() -> new GenesisOnlineException(request.code(),
        OptionalInt.empty(), "expected the service to confirm a background job (status 99), got a table", null));
    Matcher m = JOB_NAME.matcher(created.content());
    if (created.code() != ServiceStatus.JOB_CREATED || !m.find()) {
      throw failure(request, created);
    }
    String jobName = m.group(1);
    awaitJob(request, jobName);
    Map<String, String> params = request.parameters(false);
    params.put("name", jobName);
    params.put("area", "user");
    params.remove("job");
    Answer result = post(request, "data/resultfile", params);
    if (result.table().isPresent()) {
      return result.table().get();
    }
    throw failure(request, result.status().orElseThrow());
  }

  private void awaitJob(TableRequest request, String jobName) throws IOException {
    long deadline = System.nanoTime() + jobTimeout.toNanos();
    Map<String, String> params = new java.util.LinkedHashMap<>();
    params.put("selection", jobName);
    params.put("area", "user");
    params.put("pagelength", "1");
    while (true) {
      Answer a = post(request, "catalogue/results", params);
      ServiceStatus s = a.status().orElseThrow(() -> new GenesisOnlineException(request.code(), OptionalInt.empty(),
          "catalogue/results: expected a JSON answer, got a file", null));
      if (s.listSize() > 0) {
        return;
      }
      if (s.code() != 104 && s.isError()) { // 104: the result is not listed yet
        throw failure(request, s);
      }
      if (System.nanoTime() > deadline) {
        throw new GenesisOnlineException(request.code(), OptionalInt.empty(), "the background job " + jobName
            + " was not finished after " + seconds(jobTimeout) + "; fetch it later or raise the job timeout",
            null);
      }
      sleep(pollInterval);
    }
  }

  /** What one POST gave: a table (a temporary file) or a status. */
  private record Answer(Optional<Path> table, Optional<ServiceStatus> status) {}

  private Answer post(TableRequest request, String method, Map<String, String> params) throws IOException {
    String form = params.entrySet().stream()
        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
    HttpRequest req = HttpRequest.newBuilder(base.resolve(method))
        .timeout(requestTimeout)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "*/*")
        .header("username", credentials.username())
        .header("password", credentials.password())
        .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
        .build();
    Duration wait = backoff;
    for (int attempt = 0; ; attempt++) {
      HttpResponse<InputStream> resp;
      try {
        resp = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
      } catch (HttpTimeoutException e) {
        if (attempt >= maxRetries) {
          throw new GenesisOnlineException(request.code(), OptionalInt.empty(), method + ": no answer within "
              + seconds(requestTimeout) + " (tried " + (attempt + 1) + " times)", e);
        }
        sleep(wait);
        wait = wait.multipliedBy(2);
        continue;
      } catch (IOException e) {
        if (attempt >= maxRetries) {
          throw new GenesisOnlineException(request.code(), OptionalInt.empty(), method + ": cannot reach "
              + base.getHost() + " (" + e.getClass().getSimpleName() + ", tried " + (attempt + 1) + " times)", e);
        }
        sleep(wait);
        wait = wait.multipliedBy(2);
        continue;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new GenesisOnlineException(request.code(), OptionalInt.empty(), method + ": interrupted", e);
      }
      int code = resp.statusCode();
      if (code == 429 || code == 502 || code == 503 || code == 504) {
        resp.body().close();
        if (attempt >= maxRetries) {
          throw new GenesisOnlineException(request.code(), OptionalInt.of(code), method + ": the service is busy (HTTP "
              + code + ") and stayed so after " + (attempt + 1) + " tries; try again later", null);
        }
        sleep(retryAfter(resp).orElse(wait));
        wait = wait.multipliedBy(2);
        continue;
      }
      return answer(request, method, resp);
    }
  }

  private Answer answer(TableRequest request, String method, HttpResponse<InputStream> resp) throws IOException {
    int code = resp.statusCode();
    String type = resp.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
    Path tmp = Files.createTempFile("zwk-genesis-", ".part");
    try {
      try (InputStream in = resp.body()) {
        copyBounded(in, tmp, request, method);
      }
      if (code == 401 || code == 403) {
        throw new GenesisOnlineException(request.code(), OptionalInt.of(code), method
            + ": the service refused the credentials (HTTP " + code + ")", null);
      }
      if (code >= 400) {
        String text = ServiceStatus.parse(Files.readAllBytes(tmp)).map(ServiceStatus::content).orElse("");
        throw new GenesisOnlineException(request.code(), OptionalInt.of(code), method + ": HTTP " + code
            + (text.isEmpty() ? "" : ": " + clip(text)), null);
      }
      if (type.contains("zip") || startsWithZipMagic(tmp)) {
        Path csv = unzipSingle(tmp, request);
        Files.delete(tmp);
        return new Answer(Optional.of(csv), Optional.empty());
      }
      if (type.contains("json") || firstByte(tmp) == '{') {
        Optional<ServiceStatus> status = ServiceStatus.parse(Files.readAllBytes(tmp));
        if (status.isPresent()) {
          Files.delete(tmp);
          return new Answer(Optional.empty(), status);
        }
      }
      return new Answer(Optional.of(tmp), Optional.empty());
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
  }

  private Path unzipSingle(Path zip, TableRequest request) throws IOException {
    Path out = Files.createTempFile("zwk-genesis-", ".csv");
    try (ZipInputStream z = new ZipInputStream(Files.newInputStream(zip))) {
      ZipEntry entry = z.getNextEntry();
      while (entry != null && entry.isDirectory()) {
        entry = z.getNextEntry();
      }
      if (entry == null) {
        throw new GenesisOnlineException(request.code(), OptionalInt.empty(), "expected a ZIP archive with one "
            + "table, got an empty archive", null);
      }
      copyBounded(z, out, request, "unzip");
      ZipEntry more = z.getNextEntry();
      if (more != null) {
        throw new GenesisOnlineException(request.code(), OptionalInt.empty(), "expected a ZIP archive with one "
            + "table, got more entries ('" + clip(entry.getName()) + "', '" + clip(more.getName()) + "')", null);
      }
      return out;
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(out);
      throw e;
    }
  }

  private void copyBounded(InputStream in, Path target, TableRequest request, String what) throws IOException {
    byte[] buf = new byte[64 * 1024];
    long total = 0;
    try (OutputStream out = Files.newOutputStream(target)) {
      for (int n; (n = in.read(buf)) > 0; ) {
        total += n;
        if (total > maxBytes) {
          throw new GenesisOnlineException(request.code(), OptionalInt.empty(), what + ": the answer is larger than "
              + maxBytes + " bytes (raise it with GenesisOnlineClient.Builder.maxBytes)", null);
        }
        out.write(buf, 0, n);
      }
    }
  }

  private static boolean startsWithZipMagic(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] b = in.readNBytes(4);
      return b.length == 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    }
  }

  private static int firstByte(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.read();
    }
  }

  private static Optional<Duration> retryAfter(HttpResponse<?> resp) {
    try {
      return resp.headers().firstValue("Retry-After").map(String::strip).map(Long::parseLong)
          .filter(s -> s >= 0 && s <= 600).map(Duration::ofSeconds);
    } catch (NumberFormatException e) {
      return Optional.empty(); // an HTTP date: fall back to our own backoff
    }
  }

  private static GenesisOnlineException failure(TableRequest request, ServiceStatus s) {
    String what = switch (s.code()) {
      case 90 -> "the service has no such table";
      case 104 -> "nothing matches the request";
      default -> "the service answered with an error";
    };
    return new GenesisOnlineException(request.code(), OptionalInt.of(s.code()), what + " (status " + s.code()
        + (s.type().isEmpty() ? "" : ", " + s.type()) + "): " + clip(s.content()), null);
  }

  private String cacheKey(TableRequest request) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(base.toString().getBytes(StandardCharsets.UTF_8));
      request.parameters(false).forEach((k, v) -> {
        sha.update((byte) 0);
        sha.update(k.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '=');
        sha.update(v.getBytes(StandardCharsets.UTF_8));
      });
      return HexFormat.of().formatHex(sha.digest()).substring(0, 32);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }

  private static void copyAtomically(Path from, Path to) throws IOException {
    Path dir = to.toAbsolutePath().getParent();
    Path tmp = Files.createTempFile(dir, "." + to.getFileName(), ".tmp");
    try {
      Files.copy(from, tmp, StandardCopyOption.REPLACE_EXISTING);
      Files.move(tmp, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static String seconds(Duration d) {
    return d.toMillis() < 1000 ? d.toMillis() + " ms" : d.toSeconds() + " s";
  }

  private static String safe(String code) {
    return code.replaceAll("[^0-9A-Za-z-]", "_");
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String clip(String s) {
    String t = s.replaceAll("\\s+", " ").strip();
    return t.length() > 300 ? t.substring(0, 300) + "…" : t;
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GenesisOnlineException("", OptionalInt.empty(), "interrupted while waiting", e);
    }
  }

  /** Settings of a {@link GenesisOnlineClient}; every one has a documented default. */
  public static final class Builder {
    private final GenesisCredentials credentials;
    private URI base = DESTATIS;
    private Path cacheDirectory;
    private Duration connectTimeout = Duration.ofSeconds(30);
    private Duration requestTimeout = Duration.ofMinutes(5);
    private int maxRetries = 3;
    private Duration backoff = Duration.ofSeconds(2);
    private Duration pollInterval = Duration.ofSeconds(5);
    private Duration jobTimeout = Duration.ofMinutes(30);
    private long maxBytes = 2L * 1024 * 1024 * 1024;

    private Builder(GenesisCredentials credentials) {
      this.credentials = Objects.requireNonNull(credentials, "credentials");
    }

    /** The service's base address (default {@link #DESTATIS}; also {@link #REGIONALSTATISTIK}). */
    public Builder baseUri(URI base) {
      this.base = Objects.requireNonNull(base, "base");
      return this;
    }

    /** A directory for the disk cache (default: no cache). */
    public Builder cacheDirectory(Path dir) {
      this.cacheDirectory = dir;
      return this;
    }

    /** Time to connect (default 30 s). */
    public Builder connectTimeout(Duration d) {
      this.connectTimeout = positive(d, "connectTimeout");
      return this;
    }

    /** Time for one answer (default 5 min). */
    public Builder requestTimeout(Duration d) {
      this.requestTimeout = positive(d, "requestTimeout");
      return this;
    }

    /** Retries after a busy answer or a timeout (default 3). */
    public Builder maxRetries(int n) {
      if (n < 0 || n > 20) {
        throw new IllegalArgumentException("maxRetries: expected 0 to 20, got " + n);
      }
      this.maxRetries = n;
      return this;
    }

    /** First wait before a retry, doubled after each (default 2 s). */
    public Builder backoff(Duration d) {
      this.backoff = nonNegative(d, "backoff");
      return this;
    }

    /** Wait between two looks at a background job (default 5 s). */
    public Builder pollInterval(Duration d) {
      this.pollInterval = nonNegative(d, "pollInterval");
      return this;
    }

    /** How long to wait for a background job (default 30 min). */
    public Builder jobTimeout(Duration d) {
      this.jobTimeout = positive(d, "jobTimeout");
      return this;
    }

    /** Largest answer taken, packed or unpacked (default 2 GiB). */
    public Builder maxBytes(long n) {
      if (n < 1) {
        throw new IllegalArgumentException("maxBytes: expected at least 1, got " + n);
      }
      this.maxBytes = n;
      return this;
    }

    /** The client. */
    public GenesisOnlineClient build() {
      return new GenesisOnlineClient(this);
    }

    private static Duration positive(Duration d, String name) {
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + ": expected a positive duration, got " + d);
      }
      return d;
    }

    private static Duration nonNegative(Duration d, String name) {
      if (d.isNegative()) {
        throw new IllegalArgumentException(name + ": expected a duration of zero or more, got " + d);
      }
      return d;
    }
  }
}
