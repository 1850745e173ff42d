// SPDX-License-Identifier: Apache-2.0
package zwk.io.table;

import java.util.List;
import zwk.model.diagnostic.ZwkException;

/**
 * Thrown by an {@link ImportMode#ALL_OR_NOTHING} import when at least one row was rejected; carries
 * every rejection (not only the first).
 */
public class CsvImportException extends ZwkException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final transient List<RowRejection> rejections;

  /** An exception for the given rejections. */
  public CsvImportException(String source, List<RowRejection> rejections) {
    super(source + ": " + rejections.size() + " row(s) rejected, first: " + rejections.get(0));
    this.source = source;
    this.rejections = List.copyOf(rejections);
  }

  /** File or stream name. */
  public String source() {
    return source;
  }

  /** Every rejected row. */
  public List<RowRejection> rejections() {
    return rejections;
  }
}
