package newsdesk.cli;

import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;

/** Entry point of the {@code newsdesk} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // Lucene reports through java.util.logging that the incubating vector API is not enabled; that
    // is a speed hint for operators, not something a user of a command should see on every run.
    Logger.getLogger("org.apache.lucene.internal.vectorization").setLevel(Level.SEVERE);
    System.exit(commandLine().execute(args));
  }

  /** The full command tree; subcommands are registered here so that each stays in its own file. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new NewsdeskCommand());
    CommandLine bench = new CommandLine(new BenchCommand());
    cl.addSubcommand("bench", bench);
    cl.addSubcommand("cluster", new ClusterCommand());
    bench.addSubcommand("related", new BenchRelatedCommand());
    bench.addSubcommand("entities", new BenchEntitiesCommand());
    bench.addSubcommand("cluster", new BenchClusterCommand());
    cl.setExecutionExceptionHandler(new ErrorReporter());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }
}
