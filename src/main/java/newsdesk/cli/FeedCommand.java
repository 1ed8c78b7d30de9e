package newsdesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Groups the feed commands ({@code newsdesk feed parse}). */
@Command(
    name = "feed",
    mixinStandardHelpOptions = true,
    description = "Work with feed documents (RSS, Atom, JSON Feed).",
    subcommands = {FeedParseCommand.class},
    commandListHeading = "%nCommands:%n")
public final class FeedCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing command: see newsdesk feed --help");
  }
}
