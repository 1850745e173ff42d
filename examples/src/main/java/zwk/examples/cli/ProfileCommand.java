package zwk.examples.cli;

import picocli.CommandLine.Command;

/** {@code zwk profile}: wired once its module is on main. */
@Command(name = "profile", mixinStandardHelpOptions = true, description = "(in Arbeit / work in progress)")
final class ProfileCommand extends BaseCommand {

  @Override
  public Integer call() {
    throw new UnsupportedOperationException("profile: not wired yet");
  }
}
