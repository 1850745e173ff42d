// SPDX-License-Identifier: Apache-2.0
package zwk.io.online;

/** The file formats of a table that zwk's readers take ({@code GenesisReader} reads both). */
public enum TableFormat {
  /** The flat file format {@code ffcsv} (one value per row). */
  FFCSV("ffcsv"),
  /** The classic table CSV ({@code csv}: title lines, header block, values, footnotes). */
  CSV("csv");

  private final String parameter;

  TableFormat(String parameter) {
    this.parameter = parameter;
  }

  /** The value of the service's {@code format} parameter. */
  public String parameter() {
    return parameter;
  }

  /** {@code ffcsv} or {@code csv}. */
  public static TableFormat parse(String text) {
    for (TableFormat f : values()) {
      if (f.parameter.equalsIgnoreCase(text.strip())) {
        return f;
      }
    }
    throw new IllegalArgumentException("format: expected ffcsv or csv, got '" + text + "'");
  }
}
