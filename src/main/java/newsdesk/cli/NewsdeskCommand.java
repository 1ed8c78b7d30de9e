package newsdesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The root command: only lists the subcommands. */
@Command(
    name = "newsdesk",
    mixinStandardHelpOptions = true,
    version = "newsdesk 0.1.0",
    description = {
      "Self-hosted news digest: follows feeds and sites, extracts articles, groups them into "
          + "stories and writes a traceable brief for each.",
      "",
      "Commands that keep or read stored news (digest, search, sources, fetch, run, serve, reindex, demo) take "
          + "--data DIR (default ./newsdesk-data, or $NEWSDESK_DATA)."
    },
    commandListHeading = "%nCommands:%n")
public final class NewsdeskCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing command: see newsdesk --help");
  }
}
