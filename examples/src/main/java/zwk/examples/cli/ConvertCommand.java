package zwk.examples.cli;

import picocli.CommandLine.Command;

/** {@code zwk convert}: wired once its module is on main. */
@Command(name = "convert", mixinStandardHelpOptions = true, description = "(in Arbeit / work in progress)")
final class ConvertCommand extends BaseCommand {

  @Override
  public Integer call() {
    throw new UnsupportedOperationException("convert: not wired yet");
  }
}
