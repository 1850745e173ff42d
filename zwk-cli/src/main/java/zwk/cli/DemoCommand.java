// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import zwk.io.programmes.ProgrammeData;
import zwk.io.samples.Samples;
import zwk.model.plan.MeasureIndicator;
import zwk.model.plan.WorkshopPlan;
import zwk.model.profile.SwotCategory;
import zwk.model.profile.SwotEntry;
import zwk.model.region.Municipality;
import zwk.model.stage.StrategyStage;
import zwk.model.statistics.AgeBand;
import zwk.model.statistics.Sex;
import zwk.model.strategy.MunicipalStrategy;
import zwk.profile.indicator.IndicatorResult;
import zwk.profile.indicator.Indicators;
import zwk.profile.indicator.PopulationIndicator;
import zwk.profile.indicator.PopulationSnapshot;
import zwk.profile.population.AgeDistribution;
import zwk.profile.population.BandSet;
import zwk.strategy.StrategyValidator;
import zwk.strategy.ValidationReport;
import picocli.CommandLine.Command;

/**
 * {@code zwk demo}: shows the bundled model municipality Barleben (the {@code zwk.strategy} sample
 * document of zwk-io): key figures, the five stages with their status, indicators and the
 * validator's findings (reference date: the document's {@code asOf}, so the output is reproducible).
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Zeigt die mitgelieferte Modellkommune Barleben: Stufen, Kennzahlen, Prüfbefunde, SWOT.",
        "Shows the bundled model municipality Barleben: stages, indicators, validator findings, SWOT."})
final class DemoCommand extends BaseCommand {
  private static final int FINDINGS_PER_STAGE = 2;

  @picocli.CommandLine.Mixin
  OutputOption output;

  @Override
  public Integer call() throws java.io.IOException {
    MunicipalStrategy strategy = Samples.barlebenStrategy();
    try (CommandOutput o = openOutput(output)) {
      PrintStream out = new PrintStream(o.stream(), false, java.nio.charset.StandardCharsets.UTF_8);
      print(strategy, out);
      out.flush();
      o.commit();
    }
    return ExitCodes.OK;
  }

  private void print(MunicipalStrategy strategy, PrintStream out) {
    Messages m = msg();
    Formats f = new Formats(locale());
    Municipality mun = strategy.municipality();

    out.println(m.get("demo.title", mun.name(), mun.key(),
        mun.state().map(s -> s.label(locale())).orElse("–")));
    mun.population().ifPresent(p -> out.println(m.get("demo.population", f.count(p),
        mun.populationMale().map(f::count).orElse("–"), mun.populationFemale().map(f::count).orElse("–"),
        f.date(mun.populationDate()))));
    mun.areaKm2().ifPresent(a -> out.println(m.get("demo.area", f.decimal(a.doubleValue(), 2))));
    out.println();

    out.println(m.get("demo.stages"));
    for (StrategyStage stage : StrategyStage.values()) {
      out.printf("  %d %-22s %-16s %s%n", stage.number(), stage.label(locale()),
          strategy.statusOf(stage).label(locale()),
          strategy.stage(stage).map(r -> period(r, m, f)).orElse(""));
    }
    out.println();

    out.println(m.get("demo.indicators"));
    indicators(out, strategy, m, f);
    out.println();

    LocalDate today = strategy.asOf().orElse(LocalDate.now());
    ValidationReport report = StrategyValidator.builder().locale(locale()).referenceDate(today)
        .programmes(ProgrammeData.bundled().programmes()).build()
        .validate(strategy);
    FindingsText.print(out, strategy, report, locale(), m, FINDINGS_PER_STAGE);
    out.println();

    strategy.profile().ifPresent(profile -> {
      out.println(m.get("demo.swot"));
      for (SwotCategory c : SwotCategory.values()) {
        for (SwotEntry e : profile.swot(c)) {
          out.printf("  %-12s %s%n", c.label(locale()), e.text());
        }
      }
    });
    out.println();
    out.println(m.get("demo.more"));
  }

  /**
   * The indicators the bundled document supports: the sex ratio (zwk-profile, from the register's
   * male and female counts), the density, and the Werkstattplan's own indicators and progress.
   */
  private void indicators(PrintStream out, MunicipalStrategy strategy, Messages m, Formats f) {
    Municipality mun = strategy.municipality();
    if (mun.populationMale().isPresent() && mun.populationFemale().isPresent()) {
      BandSet all = BandSet.of(AgeBand.openFrom(0));
      long male = mun.populationMale().get();
      long female = mun.populationFemale().get();
      PopulationSnapshot snap = PopulationSnapshot.of(mun.key(), mun.populationDate().orElse(null),
          AgeDistribution.of(all, male + female), AgeDistribution.of(all, male), AgeDistribution.of(all, female));
      PopulationIndicator sexRatio = Indicators.sexRatio();
      IndicatorResult r = sexRatio.compute(snap, Sex.TOTAL);
      out.printf("  %-48s %s%n", "en".equals(locale().getLanguage()) ? sexRatio.englishName() : sexRatio.germanName(),
          r.isComputable() ? f.decimal(r.value(), 1) : r.reason(locale()));
    }
    if (mun.population().isPresent() && mun.areaKm2().isPresent() && mun.areaKm2().get().signum() > 0) {
      out.printf("  %-48s %s%n", m.get("demo.density"),
          f.decimal(mun.population().get() / mun.areaKm2().get().doubleValue(), 1));
    }
    strategy.plan().ifPresent(plan -> planIndicators(out, plan, m, f));
  }

  private void planIndicators(PrintStream out, WorkshopPlan plan, Messages m, Formats f) {
    plan.progress().ifPresent(p -> out.printf("  %-48s %s %%%n", m.get("demo.progress"), f.decimal(p, 1)));
    for (var goal : plan.goals()) {
      for (MeasureIndicator i : goal.indicators()) {
        out.printf("  %-48s %s (%s)%n", i.name(), i.current().map(v -> f.decimal(v, 0)).orElse("–"),
            m.get("demo.target", i.baseline().map(v -> f.decimal(v, 0)).orElse("–"),
                i.target().map(v -> f.decimal(v, 0)).orElse("–"), f.date(i.targetDate())));
      }
    }
  }

  /** "01.09.2021 – 28.09.2021", or "seit 01.04.2024" while a stage has no completion date. */
  private static String period(zwk.model.stage.StageRecord r, Messages m, Formats f) {
    if (r.completed().isEmpty() && r.started().isPresent()) {
      return m.get("demo.stage.since", f.date(r.started().get()));
    }
    return f.date(r.started()) + " – " + f.date(r.completed());
  }
}
