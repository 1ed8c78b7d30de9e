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
      "Commands that keep or read stored news (digest, search, sources, fetch, run, serve, reindex) take "
          + "--data DIR (default: $NEWSDESK_DATA, else newsdesk-data in the current folder). The demo keeps its "
          + "own folder (newsdesk-demo in the current folder, or its own --data DIR)."
    },
    commandListHeading = "%nCommands:%n",
    footerHeading = "%nCommands of the launcher script (./newsdesk), not of the program:%n",
    footer = {
      "  ./newsdesk test [MAVEN_OPTIONS]  Run the whole test suite (what CI runs).",
      "  ./newsdesk COMMAND ...           Build if sources changed, then run COMMAND.",
      HelpText.ENVIRONMENT_HEADING + HelpText.DATA,
      HelpText.PASSWORD,
      HelpText.LOG,
      HelpText.DEBUG,
      HelpText.JAVA_OPTS
    })
public final class NewsdeskCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing command: see newsdesk --help");
  }
}
