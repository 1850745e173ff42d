package zwk.examples.cli;

import picocli.CommandLine.Command;

/** {@code zwk indicators}: wired once its module is on main. */
@Command(name = "indicators", mixinStandardHelpOptions = true, description = "(in Arbeit / work in progress)")
final class IndicatorsCommand extends BaseCommand {

  @Override
  public Integer call() {
    throw new UnsupportedOperationException("indicators: not wired yet");
  }
}
