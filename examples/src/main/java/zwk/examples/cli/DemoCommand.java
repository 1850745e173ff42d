package zwk.examples.cli;

import java.io.PrintStream;
import zwk.model.profile.SwotCategory;
import zwk.model.profile.SwotEntry;
import zwk.model.region.Municipality;
import zwk.model.sample.SampleStrategies;
import zwk.model.stage.StrategyStage;
import zwk.model.strategy.MunicipalStrategy;
import picocli.CommandLine.Command;

/**
 * {@code zwk demo}: shows the bundled model municipality Barleben: key figures, the five stages
 * with their status, validator findings and indicators.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Zeigt die mitgelieferte Modellkommune Barleben: Stufen, Prüfbefunde, Kennzahlen, SWOT.%n"
        + "Shows the bundled model municipality Barleben: stages, findings, indicators, SWOT.")
final class DemoCommand extends BaseCommand {

  @Override
  public Integer call() {
    MunicipalStrategy strategy = SampleStrategies.barleben();
    PrintStream out = stdout();
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
          strategy.stage(stage).map(r -> f.date(r.started()) + " – " + f.date(r.completed())).orElse(""));
    }
    out.println();

    strategy.profile().ifPresent(profile -> {
      out.println(m.get("demo.swot"));
      for (SwotCategory c : SwotCategory.values()) {
        for (SwotEntry e : profile.swot(c)) {
          out.printf("  %-12s %s%n", c.label(locale()), e.text());
        }
      }
    });
    out.flush();
    return ExitCodes.OK;
  }
}
