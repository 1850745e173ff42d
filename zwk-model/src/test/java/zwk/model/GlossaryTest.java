// SPDX-License-Identifier: Apache-2.0
package zwk.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every entry of the glossary in docs/design.md exists as a type whose Javadoc names its German term.
 * The table is typed by hand from docs/design.md ("German term → name in code"); the terms are looked up
 * in the Javadoc comments of the type's source ({@code Foo.java} or its definition {@code FooDef.java}).
 */
class GlossaryTest {

  private static final Map<String, List<String>> GLOSSARY = new LinkedHashMap<>();

  private static void entry(String className, String... germanTerms) {
    GLOSSARY.put(className, List.of(germanTerms));
  }

  static {
    entry("zwk.model.region.Municipality", "Kommune", "Gemeinde", "Stadt", "Landkreis", "kreisfreie Stadt",
        "Amt", "Verbandsgemeinde", "Samtgemeinde", "Regionalverband");
    entry("zwk.model.region.MunicipalityType", "Gemeinde", "Stadt", "Landkreis", "Kreis", "kreisfreie Stadt", "Amt",
        "Verbandsgemeinde", "Samtgemeinde", "Regionalverband");
    entry("zwk.model.region.Ags", "Amtlicher Gemeindeschlüssel", "Regierungsbezirk", "Kreis", "Gemeinde");
    entry("zwk.model.region.Ars", "Amtlicher Regionalschlüssel", "Gemeindeverband");
    entry("zwk.model.region.FederalState", "Bundesland");
    entry("zwk.model.programme.Programme", "Programm");
    entry("zwk.model.programme.ProgrammeMembership", "Modellkommune");
    entry("zwk.model.region.RegionalCluster", "Cluster");
    entry("zwk.model.catalogue.ActionField", "Handlungsfeld");
    entry("zwk.model.toolbox.Tool", "Werkzeug");
    entry("zwk.model.toolbox.Toolbox", "Werkzeugkoffer");
    entry("zwk.model.catalogue.TargetGroup", "Zielgruppe");
    entry("zwk.model.catalogue.Actor", "Akteur");
    entry("zwk.model.catalogue.ActorType", "Akteur", "Hauptamt", "Ehrenamt", "Zivilgesellschaft", "Politik",
        "Verwaltung", "Wissenschaft", "Wirtschaft");
    entry("zwk.model.catalogue.Department", "Ressort", "Fachbereich", "Amt", "Federführung");
    entry("zwk.model.stage.StrategyStage", "Fünfstufen-Systematik");
    entry("zwk.model.stage.StageRecord", "Fünfstufen-Systematik");
    entry("zwk.model.profile.MunicipalProfile", "Kommunalprofil", "Bestandsaufnahme");
    entry("zwk.model.profile.SwotEntry", "Stärken", "Schwächen", "Chancen", "Risiken");
    entry("zwk.model.profile.SwotCategory", "Stärken", "Schwächen", "Chancen", "Risiken");
    entry("zwk.model.participation.ParticipationEvent", "Beteiligungsprozess", "Zukunftswerkstatt",
        "Mobile Zukunftswerkstatt", "Beirat", "Stammtisch", "Befragung");
    entry("zwk.model.participation.ParticipationFormat", "Zukunftswerkstatt", "Mobile Zukunftswerkstatt", "Beirat",
        "Stammtisch", "Befragung");
    entry("zwk.model.participation.Idea", "Idee");
    entry("zwk.model.participation.ActionFieldPriority", "Priorisierung");
    entry("zwk.model.check.DemographyCheck", "Demografie-Check");
    entry("zwk.model.plan.WorkshopPlan", "Werkstattplan", "Demografiestrategie");
    entry("zwk.model.plan.GuidingLine", "große Linie", "Leitlinie");
    entry("zwk.model.plan.Goal", "Ziel");
    entry("zwk.model.plan.Measure", "Maßnahme", "Projekt", "Umsetzungsplan");
    entry("zwk.model.plan.ImplementationStep", "Umsetzungsplan");
    entry("zwk.model.profile.Indicator", "Kennzahl", "Indikator");
    entry("zwk.model.profile.IndicatorValue", "Kennzahl");
    entry("zwk.model.programme.Mentorship", "Mentoring");
    entry("zwk.model.programme.Funding", "Förderung");
    entry("zwk.model.programme.FundingKind", "Beratung", "Sachmittel");
    entry("zwk.model.strategy.MunicipalStrategy", "Demografiestrategie");
  }

  private static final Pattern JAVADOC = Pattern.compile("/\\*\\*(.*?)\\*/", Pattern.DOTALL);

  @Test
  void everyGlossaryEntryIsATypeWhoseJavadocNamesItsGermanTerm() throws Exception {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : GLOSSARY.entrySet()) {
      Class<?> type = Class.forName(e.getKey());
      String javadoc = javadocOf(type).toLowerCase(Locale.GERMAN);
      for (String term : e.getValue()) {
        if (!javadoc.contains(term.toLowerCase(Locale.GERMAN))) {
          problems.add(type.getSimpleName() + " does not name '" + term + "'");
        }
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  private static String javadocOf(Class<?> type) throws Exception {
    Path dir = Paths.get("src/main/java", type.getPackageName().replace('.', '/'));
    Path source = dir.resolve(type.getSimpleName() + ".java");
    if (!Files.exists(source)) {
      source = dir.resolve(type.getSimpleName() + "Def.java");
    }
    assertTrue(Files.exists(source), "source of " + type.getName() + " under " + dir.toAbsolutePath());
    Matcher m = JAVADOC.matcher(Files.readString(source, StandardCharsets.UTF_8));
    StringBuilder all = new StringBuilder();
    while (m.find()) {
      all.append(m.group(1)).append('\n');
    }
    // Join Javadoc continuation lines so that a term broken across lines is still found.
    return all.toString().replaceAll("\\s*\\n\\s*\\*\\s?", " ");
  }
}
