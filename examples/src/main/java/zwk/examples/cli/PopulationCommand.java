package zwk.examples.cli;

import picocli.CommandLine.Command;

/** {@code zwk population}: wired once its module is on main. */
@Command(name = "population", mixinStandardHelpOptions = true, description = "(in Arbeit / work in progress)")
final class PopulationCommand extends BaseCommand {

  @Override
  public Integer call() {
    throw new UnsupportedOperationException("population: not wired yet");
  }
}
