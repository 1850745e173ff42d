// SPDX-License-Identifier: Apache-2.0
package zwk.io.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import zwk.model.meta.MetaProperty;
import zwk.model.meta.MetaType;
import zwk.model.meta.ModelMetamodel;

/**
 * Every attribute of the model type of each flat table (as the metamodel lists it) is either in
 * columns of the table or explicitly left out with a reason ({@link TableAttributes}); every column
 * of the table carries some attribute.
 */
class TableCoverageTest {

  private static MetaType<?, ?> meta(Class<?> type) {
    return ModelMetamodel.types().stream().filter(t -> t.type() == type).findFirst().orElseThrow();
  }

  @Test
  void everyAttributeHasAColumnOrAReasonAndEveryColumnAnAttribute() {
    for (Map.Entry<Class<?>, Map<String, TableAttributes.Binding>> e : TableAttributes.BY_TYPE.entrySet()) {
      List<String> attributes = new ArrayList<>();
      for (MetaProperty<?, ?> p : meta(e.getKey()).properties()) {
        attributes.add(p.name());
      }
      String table = e.getKey().getSimpleName();
      assertEquals(attributes, new ArrayList<>(e.getValue().keySet()),
          table + ": attributes of the metamodel vs. TableAttributes (give a new attribute a column or a reason)");
      Set<String> columns = new LinkedHashSet<>();
      TableAttributes.columnsOf(e.getKey()).forEach(c -> columns.add(c.id()));
      Set<String> used = new LinkedHashSet<>();
      e.getValue().forEach((name, b) -> {
        assertTrue(!b.columns.isEmpty() || b.omittedBecause != null && !b.omittedBecause.isBlank(),
            table + "." + name + ": neither a column nor a reason");
        for (String c : b.columns) {
          assertTrue(columns.contains(c), table + "." + name + ": no such column " + c);
          assertFalse(used.contains(c), table + "." + name + ": column " + c + " already carries another attribute");
          used.add(c);
        }
      });
      assertEquals(columns, used, table + ": every column carries an attribute");
    }
  }
}
