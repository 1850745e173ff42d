package zwk.examples.cli;

import picocli.CommandLine.Command;

/** {@code zwk register}: wired once its module is on main. */
@Command(name = "register", mixinStandardHelpOptions = true, description = "(in Arbeit / work in progress)")
final class RegisterCommand extends BaseCommand {

  @Override
  public Integer call() {
    throw new UnsupportedOperationException("register: not wired yet");
  }
}
