// SPDX-License-Identifier: Apache-2.0
package zwk.io.decidim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zwk.model.plan.Measure;

/**
 * Applies imported Decidim results to the measures of a plan: a result updates the measure with
 * the same id ({@code decidim-<id>}) in what Decidim holds (external id, parent, title,
 * description, period, status, progress, weight, action fields when the result maps to any, the
 * external record) and keeps everything else of the measure (goals, lead department, budget,
 * Demografie-Check …); results that match no measure are added at the end.
 */
public final class DecidimMerge {
  private DecidimMerge() {}

  /** The merged list: existing order kept, new results appended in file order. */
  public static List<Measure> merge(List<Measure> existing, List<Measure> imported) {
    Map<String, Integer> byId = new LinkedHashMap<>();
    List<Measure> out = new ArrayList<>(existing);
    for (int i = 0; i < out.size(); i++) {
      byId.putIfAbsent(out.get(i).id(), i);
    }
    for (Measure r : imported) {
      Integer at = byId.get(r.id());
      if (at == null) {
        out.add(r);
        continue;
      }
      Measure m = out.get(at);
      out.set(at, m.withExternalId(r.externalId()).withParentId(r.parentId()).withTitle(r.title())
          .withDescription(r.description()).withPeriod(r.period()).withStatus(r.status())
          .withProgressPercent(r.progressPercent()).withWeight(r.weight())
          .withActionFieldIds(r.actionFieldIds().isEmpty() ? m.actionFieldIds() : r.actionFieldIds())
          .withExternalRecord(r.externalRecord()));
    }
    return List.copyOf(out);
  }
}
