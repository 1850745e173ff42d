package zwk.examples.cli;

import picocli.CommandLine.Command;

/** {@code zwk validate}: wired once its module is on main. */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "(in Arbeit / work in progress)")
final class ValidateCommand extends BaseCommand {

  @Override
  public Integer call() {
    throw new UnsupportedOperationException("validate: not wired yet");
  }
}
