// SPDX-License-Identifier: Apache-2.0
package zwk.io.table;

import java.util.ArrayList;
import java.util.List;
import zwk.model.common.Source;

/**
 * Citations ({@link Source}) in one CSV cell: a {@link ListCodec} list of sources, each source
 * itself a {@link ListCodec} list of tagged fields {@code title=…}, {@code url=…},
 * {@code publisher=…}, {@code edition=…}. An absent field is left out (so absent and empty stay
 * apart); a field's text is everything after the first {@code =}. Reversible for every list of
 * sources, e.g. {@code title=Kinderstadtplan\|url=https://example.org}.
 */
public final class SourceCodec {
  private SourceCodec() {}

  /** The cell text of a list of sources (empty for none). */
  public static String join(List<Source> sources) {
    List<String> items = new ArrayList<>();
    for (Source s : sources) {
      List<String> fields = new ArrayList<>();
      fields.add("title=" + s.title());
      s.url().ifPresent(u -> fields.add("url=" + u));
      s.publisher().ifPresent(p -> fields.add("publisher=" + p));
      s.edition().ifPresent(e -> fields.add("edition=" + e));
      items.add(ListCodec.join(fields));
    }
    return ListCodec.join(items);
  }

  /**
   * The sources of a cell text.
   *
   * @throws IllegalArgumentException for a bad escape, an untagged or unknown field, a repeated
   *     field or a source without a title
   */
  public static List<Source> split(String cell) {
    List<Source> out = new ArrayList<>();
    for (String item : ListCodec.split(cell)) {
      Source.Builder b = Source.builder();
      List<String> seen = new ArrayList<>();
      for (String field : ListCodec.split(item)) {
        int eq = field.indexOf('=');
        String key = eq < 0 ? field : field.substring(0, eq);
        if (eq < 0 || !List.of("title", "url", "publisher", "edition").contains(key)) {
          throw new IllegalArgumentException("expected a field title=, url=, publisher= or edition= in a source, got '"
              + field + "'");
        }
        if (seen.contains(key)) {
          throw new IllegalArgumentException("expected each field once in a source, got '" + key + "' twice");
        }
        seen.add(key);
        String value = field.substring(eq + 1);
        switch (key) {
          case "title":
            b.title(value);
            break;
          case "url":
            b.url(value);
            break;
          case "publisher":
            b.publisher(value);
            break;
          default:
            b.edition(value);
            break;
        }
      }
      if (!seen.contains("title")) {
        throw new IllegalArgumentException("expected a title= field in every source, got " + seen);
      }
      out.add(b.build());
    }
    return out;
  }
}
