// SPDX-License-Identifier: Apache-2.0
package zwk.io.oparl;

/**
 * Fetching from an OParl endpoint failed: the URL, and what was expected and what happened
 * (connection refused, timeout, HTTP status, a response larger than the limit, more pages than the
 * limit, a page list that loops, a response that is not JSON …).
 */
public class OParlException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String url;

  /** An exception for a URL. */
  public OParlException(String url, String message, Throwable cause) {
    super(url + ": " + message, cause);
    this.url = url;
  }

  /** The URL that failed. */
  public String url() {
    return url;
  }
}
