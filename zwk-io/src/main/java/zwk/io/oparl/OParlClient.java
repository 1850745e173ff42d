// SPDX-License-Identifier: Apache-2.0
package zwk.io.oparl;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import zwk.io.json.JsonLimits;
import zwk.io.json.JsonTrees;

/**
 * Reads OParl objects from a live endpoint with {@code java.net.http}: one object, or an external
 * list followed page by page through {@code links.next}. Bounded on every side: a connect timeout, a
 * timeout per request, a maximum response size, a maximum number of pages, and a loop guard (a
 * page URL seen twice stops the walk). Only {@code http} and {@code https} URLs; redirects are
 * followed except from https to http. Every failure is an {@link OParlException} naming the URL;
 * malformed JSON is a located {@link zwk.io.json.JsonSyntaxException} whose source is the URL.
 */
public final class OParlClient {
  private final HttpClient http;
  private final Duration requestTimeout;
  private final long maxBytes;
  private final int maxPages;

  private OParlClient(Duration connectTimeout, Duration requestTimeout, long maxBytes, int maxPages) {
    this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    this.requestTimeout = requestTimeout;
    this.maxBytes = maxBytes;
    this.maxPages = maxPages;
  }

  /** Connect timeout 10 s, 30 s per request, 16 MiB per response, 1000 pages. */
  public static OParlClient defaults() {
    return new OParlClient(Duration.ofSeconds(10), Duration.ofSeconds(30), 16L * 1024 * 1024, 1000);
  }

  /** With other limits. */
  public static OParlClient of(Duration connectTimeout, Duration requestTimeout, long maxBytes, int maxPages) {
    if (maxBytes <= 0 || maxPages <= 0 || connectTimeout.isNegative() || connectTimeout.isZero()
        || requestTimeout.isNegative() || requestTimeout.isZero()) {
      throw new IllegalArgumentException("limits: expected positive timeouts, size and page count, got "
          + connectTimeout + ", " + requestTimeout + ", " + maxBytes + ", " + maxPages);
    }
    return new OParlClient(connectTimeout, requestTimeout, maxBytes, maxPages);
  }

  /** The JSON at a URL. */
  public JsonNode get(String url) {
    URI uri = uri(url);
    HttpRequest req = HttpRequest.newBuilder(uri).timeout(requestTimeout).header("Accept", "application/json").GET().build();
    HttpResponse<InputStream> res;
    try {
      res = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpTimeoutException e) {
      throw new OParlException(url, "expected a response within " + requestTimeout.toSeconds() + " s, got a timeout", e);
    } catch (IOException e) {
      throw new OParlException(url, "expected a reachable OParl endpoint, got " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OParlException(url, "interrupted", e);
    }
    try (InputStream body = res.body()) {
      if (res.statusCode() != 200) {
        throw new OParlException(url, "expected HTTP status 200, got " + res.statusCode(), null);
      }
      long declared = res.headers().firstValueAsLong("Content-Length").orElse(-1L);
      if (declared > maxBytes) {
        throw new OParlException(url, "expected a response of at most " + maxBytes + " bytes, got Content-Length " + declared, null);
      }
      byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw new OParlException(url, "expected a response of at most " + maxBytes + " bytes, got more", null);
      }
      return JsonTrees.read(new java.io.ByteArrayInputStream(bytes), url, JsonLimits.defaults());
    } catch (IOException e) {
      throw new OParlException(url, "expected a complete response, got " + e, e);
    }
  }

  /** The objects at a URL: an object itself, or all objects of a (paginated) list. */
  public List<OParlObject> read(String url) {
    JsonNode first = get(url);
    if (!(first.isObject() && first.has("data") && !first.has("type"))) {
      return OParlObjects.fromTree(first, url);
    }
    return list(url, first);
  }

  /** All objects of an external list, following {@code links.next}. */
  public List<OParlObject> list(String url) {
    return list(url, get(url));
  }

  private List<OParlObject> list(String url, JsonNode page) {
    List<OParlObject> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String current = url;
    seen.add(current);
    int pages = 1;
    while (true) {
      out.addAll(OParlObjects.fromTree(page, current));
      JsonNode links = page.get("links");
      JsonNode next = links == null ? null : links.get("next");
      if (next == null || next.isNull() || !next.isString() || next.asString().isBlank()) {
        return out;
      }
      String nextUrl = uri(current).resolve(next.asString()).toString();
      if (!seen.add(nextUrl)) {
        throw new OParlException(nextUrl, "expected each list page once, got a links.next that loops back", null);
      }
      if (++pages > maxPages) {
        throw new OParlException(nextUrl, "expected at most " + maxPages + " list pages, got more", null);
      }
      current = nextUrl;
      page = get(current);
    }
  }

  private static URI uri(String url) {
    Objects.requireNonNull(url, "url");
    try {
      URI u = new URI(url);
      if (u.getScheme() == null || !(u.getScheme().equals("http") || u.getScheme().equals("https")) || u.getHost() == null) {
        throw new OParlException(url, "expected an absolute http or https URL", null);
      }
      return u;
    } catch (java.net.URISyntaxException e) {
      throw new OParlException(url, "expected a URL, got " + e.getMessage(), e);
    }
  }
}
