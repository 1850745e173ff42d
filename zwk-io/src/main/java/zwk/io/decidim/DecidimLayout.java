// SPDX-License-Identifier: Apache-2.0
package zwk.io.decidim;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The column names of Decidim Accountability files. The current layout is what Decidim's
 * {@code ResultSerializer} writes and its {@code ResultsCsvImporter} reads ({@code id},
 * {@code category/id}, {@code taxonomies/ids}, {@code parent/id}, {@code title/<locale>},
 * {@code description/<locale>}, {@code start_date}, {@code end_date}, {@code status/id},
 * {@code status/key}, {@code status/name/<locale>}, {@code progress}, {@code weight},
 * {@code created_at}, {@code url}, {@code component/id}, {@code proposal_urls}, {@code reference}, …).
 * The older import layout ({@code result_id}, {@code decidim_category_id}, {@code decidim_scope_id},
 * {@code parent_id}, {@code external_id}, {@code parent_external_id},
 * {@code decidim_accountability_status_id}, {@code proposal_ids}, {@code title_<locale>},
 * {@code description_<locale>}) is renamed to the current names on reading.
 */
final class DecidimLayout {
  private DecidimLayout() {}

  /** Decidim's system name in a measure's external record. */
  static final String SYSTEM = "decidim-accountability";

  private static final Pattern OLD_LOCALIZED = Pattern.compile("(title|description)_([a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?)");

  /** Export order: names or prefixes (ending in {@code /}); names within a prefix group sort alphabetically. */
  static final List<String> ORDER = List.of("id", "category/id", "category/name/", "taxonomies/", "scope/id",
      "scope/name/", "parent/id", "title/", "description/", "start_date", "end_date", "status/id", "status/key",
      "status/name/", "progress", "weight", "created_at", "updated_at", "url", "component/id", "proposal_urls",
      "reference", "children_count", "comments_count", "address", "latitude", "longitude", "external_id",
      "parent_external_id", "proposal_ids");

  /** Whether a header is the older import layout. */
  static boolean isOld(List<String> header) {
    return header.contains("result_id") || (!header.contains("id") && header.contains("external_id"));
  }

  /** The current-layout name of an older-layout column. */
  static String rename(String old) {
    switch (old) {
      case "result_id":
        return "id";
      case "decidim_category_id":
        return "category/id";
      case "decidim_scope_id":
        return "scope/id";
      case "parent_id":
        return "parent/id";
      case "decidim_accountability_status_id":
        return "status/id";
      default:
        Matcher m = OLD_LOCALIZED.matcher(old);
        return m.matches() ? m.group(1) + "/" + m.group(2).toLowerCase(Locale.ROOT) : old;
    }
  }

  /** The position of a name in {@link #ORDER}, or {@code ORDER.size()} for other names. */
  static int rank(String name) {
    for (int i = 0; i < ORDER.size(); i++) {
      String o = ORDER.get(i);
      if (o.endsWith("/") ? name.startsWith(o) : name.equals(o)) {
        return i;
      }
    }
    return ORDER.size();
  }
}
