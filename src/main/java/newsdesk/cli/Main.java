package newsdesk.cli;

import java.io.IOException;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import newsdesk.config.IngestLocks;
import picocli.CommandLine;

/** Entry point of the {@code newsdesk} command. */
public final class Main {
  /** The java.util.logging logger of Lucene's vector-API probe. */
  static final String LUCENE_VECTORIZATION = "org.apache.lucene.internal.vectorization";

  /**
   * DJL's offline switch. The embedding model's jar bundles DJL's tokenizer library for the common
   * platforms; on another one DJL would fetch it from the web, and offline mode turns that into an
   * error instead: nothing downloads at run time. DJL reads it from the system properties (or the
   * {@code DJL_OFFLINE} environment variable) and has no per-model setting.
   */
  static final String DJL_OFFLINE = "ai.djl.offline";

  private Main() {}

  public static void main(String[] args) {
    offlineModelLibraries();
    System.exit(commandLine(new IngestLocks()).execute(args));
  }

  /**
   * Puts the model libraries in offline mode ({@link #DJL_OFFLINE}) for the whole process, once at
   * its start and before any library reads it; a value given with {@code -D} is kept.
   */
  static void offlineModelLibraries() {
    if (System.getProperty(DJL_OFFLINE) == null) System.setProperty(DJL_OFFLINE, "true");
  }

  /**
   * Lucene reports through java.util.logging that the incubating vector API is not enabled; that is
   * a speed hint for operators, not something a user of a command should see on every run. This
   * raises that logger (and only it) to SEVERE in the logging configuration rather than on a
   * {@code Logger} object: java.util.logging keeps loggers weakly, and a logger collected before
   * Lucene asks for it forgets a level set on it, so the warning came back now and then.
   */
  static void quietLibraryLogs() {
    String line = LUCENE_VECTORIZATION + ".level=" + Level.SEVERE.getName() + "\n";
    try (var in = new java.io.ByteArrayInputStream(line.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))) {
      // Merged into the configuration in force: every other key keeps its value.
      LogManager.getLogManager().updateConfiguration(in, key -> (old, added) -> added != null ? added : old);
    } catch (IOException e) {
      // The default configuration could not be re-read: fall back to the logger itself.
      Logger.getLogger(LUCENE_VECTORIZATION).setLevel(Level.SEVERE);
    }
  }

  /** The full command tree with ingest locks of its own (one command line per process). */
  public static CommandLine commandLine() {
    return commandLine(new IngestLocks());
  }

  /**
   * The full command tree; subcommands are registered here so that each stays in its own file. The
   * commands that ingest take data folders' ingest locks through {@code ingestLocks}, this process's.
   */
  public static CommandLine commandLine(IngestLocks ingestLocks) {
    return commandLine(ingestLocks, Clock.systemUTC());
  }

  /**
   * The full command tree, as {@link #commandLine(IngestLocks)}, whose commands that work on a data
   * folder run on {@code clock}: the one place the system clock is taken, passed down to the store
   * (which stamps a new source and a brief with it), the pipeline and the web server.
   */
  public static CommandLine commandLine(IngestLocks ingestLocks, Clock clock) {
    quietLibraryLogs();
    CommandLine cl = new CommandLine(new NewsdeskCommand());
    cl.addSubcommand("demo", new DemoCommand(ingestLocks, clock));
    cl.addSubcommand("digest", new DigestCommand(clock));
    cl.addSubcommand("search", SearchCommand.commandLine(clock));
    cl.addSubcommand("sources", new SourcesCommand(clock));
    cl.addSubcommand("fetch", new FetchCommand(ingestLocks, clock));
    cl.addSubcommand("run", new RunCommand(ingestLocks, clock));
    cl.addSubcommand("serve", new ServeCommand(clock));
    cl.addSubcommand("reindex", new ReindexCommand(clock));
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
    bench.addSubcommand("front", new FrontPageBenchCommand());
    cl.setExecutionExceptionHandler(new ErrorReporter());
    cl.setParameterExceptionHandler(new UsageErrorReporter());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    shareVersion(cl, cl.getCommandSpec().version());
    HelpLayout.apply(cl);
    return cl;
  }

  /** Gives every subcommand the root's version, so that {@code -V} answers the same everywhere. */
  private static void shareVersion(CommandLine parent, String[] version) {
    for (CommandLine sub : parent.getSubcommands().values()) {
      if (sub.getCommandSpec().version().length == 0) sub.getCommandSpec().version(version);
      shareVersion(sub, version);
    }
  }
}
