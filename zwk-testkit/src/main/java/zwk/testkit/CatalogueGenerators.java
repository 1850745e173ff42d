// SPDX-License-Identifier: Apache-2.0
package zwk.testkit;

import static zwk.testkit.GenSupport.intIn;
import static zwk.testkit.GenSupport.listOf;
import static zwk.testkit.GenSupport.maybe;
import static zwk.testkit.TextGenerators.anyText;
import static zwk.testkit.TextGenerators.nonBlankText;

import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import zwk.model.catalogue.ActionField;
import zwk.model.catalogue.ActionFieldCatalogue;
import zwk.model.catalogue.ActionFields;
import zwk.model.catalogue.Actor;
import zwk.model.catalogue.ActorType;
import zwk.model.catalogue.ContactPerson;
import zwk.model.catalogue.Department;
import zwk.model.catalogue.TargetGroup;
import zwk.model.region.MunicipalityType;
import zwk.model.toolbox.Effort;
import zwk.model.toolbox.SizeClass;
import zwk.model.toolbox.Tool;
import zwk.model.toolbox.ToolKind;
import zwk.model.toolbox.Toolbox;
import zwk.model.toolbox.Transferability;

/** Generators for action fields, actors, departments and the Werkzeugkoffer. */
public final class CatalogueGenerators {
  private CatalogueGenerators() {}

  /** Ids of standard action fields, sometimes a custom slug. */
  public static Gen<String> actionFieldIds() {
    Gen<String> standard = Generate.pick(ActionFields.all()).map(ActionField::id);
    return in -> GenSupport.chance(in, 85) ? standard.generate(in) : "eigenes-feld-" + intIn(in, 1, 99);
  }

  /** A custom action field with the given number in its id. */
  public static ActionField customActionField(org.quicktheories.core.RandomnessSource in, int n) {
    return ActionField.builder().id("eigenes-feld-" + n).germanLabel(nonBlankText(4).generate(in))
        .englishLabel(nonBlankText(4).generate(in)).standard(GenSupport.chance(in, 20)).build();
  }

  /** Catalogues: a mix of standard fields and custom ones, ids unique. */
  public static Gen<ActionFieldCatalogue> catalogues() {
    return in -> {
      List<ActionField> fields = new ArrayList<>();
      for (ActionField f : ActionFields.all()) {
        if (GenSupport.chance(in, 40)) {
          fields.add(f);
        }
      }
      int custom = intIn(in, 0, 4);
      for (int i = 0; i < custom; i++) {
        fields.add(customActionField(in, i));
      }
      return ActionFieldCatalogue.builder().name(maybe(in, nonBlankText(3))).fields(fields).build();
    };
  }

  /** Contact persons (personal data, all optional). */
  public static Gen<ContactPerson> contacts() {
    return in -> ContactPerson.builder().name(maybe(in, nonBlankText(3))).role(maybe(in, nonBlankText(3)))
        .email(maybe(in, in2 -> "p" + intIn(in2, 0, 999) + "@example.org"))
        .phone(maybe(in, in2 -> "+49 " + intIn(in2, 100, 999) + " " + intIn(in2, 1000, 99999)))
        .build();
  }

  /** Departments with ids {@code dep-0 … dep-(n-1)}. */
  public static Gen<List<Department>> departments(int max) {
    return in -> {
      int n = intIn(in, 0, max);
      List<Department> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        out.add(Department.builder().id(TextGenerators.id("dep", i)).name(nonBlankText(4).generate(in))
            .shortName(maybe(in, nonBlankText(2))).contact(maybe(in, contacts())).build());
      }
      return out;
    };
  }

  /** Actors with ids {@code actor-0 …}. */
  public static Gen<List<Actor>> actors(int max) {
    return in -> {
      int n = intIn(in, 0, max);
      List<Actor> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        out.add(Actor.builder().id(TextGenerators.id("actor", i)).name(nonBlankText(4).generate(in))
            .type(GenSupport.pick(in, ActorType.class)).contact(maybe(in, contacts())).build());
      }
      return out;
    };
  }

  /** A tool with the given id. */
  public static Tool tool(org.quicktheories.core.RandomnessSource in, String id) {
    return Tool.builder()
        .id(id)
        .title(nonBlankText(5).generate(in))
        .kind(GenSupport.pick(in, ToolKind.class))
        .problem(maybe(in, anyText(8)))
        .description(maybe(in, anyText(12)))
        .originAgs(maybe(in, RegionGenerators.anyAgs()))
        .originName(maybe(in, nonBlankText(3)))
        .actionFieldIds(listOf(in, actionFieldIds(), 3))
        .keywords(listOf(in, nonBlankText(2), 4))
        .targetGroups(GenSupport.subset(in, TargetGroup.class, 4))
        .suitableSizes(GenSupport.subset(in, SizeClass.class, 3))
        .suitableTypes(GenSupport.subset(in, MunicipalityType.class, 3))
        .effort(maybe(in, Generate.enumValues(Effort.class)))
        .transferability(maybe(in, Generate.enumValues(Transferability.class)))
        .url(maybe(in, in2 -> "https://example.org/tool/" + intIn(in2, 0, 999)))
        .sources(listOf(in, RegionGenerators.sources(), 2))
        .build();
  }

  /** Lists of tools with ids {@code tool-0 …}. */
  public static Gen<List<Tool>> tools(int max) {
    return in -> {
      int n = intIn(in, 0, max);
      List<Tool> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        out.add(tool(in, TextGenerators.id("tool", i)));
      }
      return out;
    };
  }

  /** Toolboxes. */
  public static Gen<Toolbox> toolboxes() {
    return in -> Toolbox.builder().name(maybe(in, nonBlankText(3))).tools(tools(8).generate(in)).build();
  }
}
