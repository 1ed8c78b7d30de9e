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
    cl.addSubcommand("demo", new DemoCommand());
    cl.addSubcommand("digest", new DigestCommand());
    cl.addSubcommand("search", SearchCommand.commandLine());
    cl.addSubcommand("sources", new SourcesCommand());
    cl.addSubcommand("fetch", new FetchCommand());
    cl.addSubcommand("run", new RunCommand());
    cl.addSubcommand("serve", new ServeCommand());
    cl.addSubcommand("reindex", new ReindexCommand());
    CommandLine bench = new CommandLine(new BenchCommand());
    cl.addSubcommand("bench", bench);
    cl.addSubcommand("extract", new ExtractCommand());
    cl.addSubcommand("cluster", new ClusterCommand());
    cl.addSubcommand("summarize", new SummarizeCommand());
    bench.addSubcommand("dedup", new DedupBenchCommand());
    bench.addSubcommand("related", new RelatedBenchCommand());
    cl.addSubcommand("feed", new FeedCommand());
    bench.addSubcommand("feeds", new BenchFeedsCommand());
    bench.addSubcommand("extract", new ExtractBenchCommand());
    bench.addSubcommand("summarize", new BenchSummarizeCommand());
    bench.addSubcommand("content-check", new ContentCheckBenchCommand());
    bench.addSubcommand("entities", new BenchEntitiesCommand());
    bench.addSubcommand("cluster", new BenchClusterCommand());
    bench.addSubcommand("embed", new BenchEmbedCommand());
    bench.addSubcommand("fetch", new BenchFetchCommand());
    bench.addSubcommand("web", new WebBenchCommand());
    cl.setExecutionExceptionHandler(new ErrorReporter());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }
}
