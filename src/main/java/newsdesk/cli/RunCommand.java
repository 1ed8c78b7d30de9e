package newsdesk.cli;

import java.time.Clock;
import java.time.Duration;
import newsdesk.config.DataDir;
import newsdesk.config.IngestLock;
import newsdesk.config.IngestLocks;
import newsdesk.config.RepeatedRound;
import java.util.concurrent.Callable;
import newsdesk.fetch.HttpFetcher;
import newsdesk.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Keeps polling the sources while serving the web UI. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Keep polling the sources that are due and serve the web UI, until Ctrl-C.",
    footerHeading = HelpText.ENVIRONMENT_HEADING, footer = {HelpText.PASSWORD, HelpText.LOG})
public final class RunCommand implements Callable<Integer> {
  @Mixin DataOption data;
  @Mixin NetworkOptions network;
  @Mixin DiscoveryOptions discovery;
  @Mixin ServeOptions serve;

  @Option(names = "--check-every", defaultValue = "60", paramLabel = "SECONDS",
      description = "How often to look for due sources (default: ${DEFAULT-VALUE} s).")
  int checkEvery;

  private final IngestLocks ingestLocks;
  private final Clock clock;

  /** {@code ingestLocks}: this process's; on the system clock. */
  public RunCommand(IngestLocks ingestLocks) {
    this(ingestLocks, Clock.systemUTC());
  }

  /** {@code ingestLocks}: this process's; {@code clock}: what the store, the pipeline and the schedule read. */
  public RunCommand(IngestLocks ingestLocks, Clock clock) {
    this.ingestLocks = ingestLocks;
    this.clock = java.util.Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Integer call() throws InterruptedException {
    serve.validate();
    if (checkEvery <= 0) throw new UserError("--check-every must be positive, got " + checkEvery);
    serve.checkCanListen();
    DataDir dir = data.servedDataDir("run");
    IngestLock ingest = ingestLocks.tryAcquire(dir).orElseThrow(() -> new UserError(
        "another newsdesk process (run, or a fetch) is fetching into " + dir.root()
            + "; wait for the fetch to end, or stop the other run (`serve` shows the web UI alone)"));
    // The stop signal is closed last: a Ctrl-C waits until the poller has ended and the index and
    // the database are closed (see StopSignal).
    StopSignal stop = StopSignal.onShutdown();
    try (stop; ingest; Workspace ws = Workspace.forIngest(dir, true, clock);
        HttpFetcher fetcher = Workspace.fetcher(network.config())) {
      // The poller builds the pipeline itself: loading the language models takes seconds, and the
      // web UI should answer meanwhile instead of the command saying nothing until they are loaded.
      Thread poller = Thread.ofPlatform().daemon().name("poller").start(() -> poll(ws, fetcher, stop));
      try {
        ServeCommand.serveUntilStopped(ws, serve, ServeCommand.readerSources(network, discovery), true, stop);
      } finally {
        // A round in progress stops at its next fetch; nothing it leaves half done is recorded.
        StopSignal.interruptAndJoin(poller, StopSignal.JOIN_LIMIT);
      }
    }
    return stop.exitStatus();
  }

  /**
   * Builds the pipeline, then fetches what is due every {@code --check-every} seconds until
   * interrupted. A pipeline that cannot be built, or an Error in a round (out of memory), stops the
   * whole run, web server included, and releases the ingest lock: a run that served on without its
   * poller would never ingest again.
   */
  private void poll(Workspace ws, HttpFetcher fetcher, StopSignal stop) {
    Pipeline pipeline;
    try {
      pipeline = ws.pipeline(fetcher, TerminalProgress.forStderr());
    } catch (RuntimeException | Error e) {
      if (stop.stopRequested()) return; // a Ctrl-C during start-up: nothing to report
      System.err.println("newsdesk run: cannot start fetching: " + e + "; stopping");
      stop.fail(e);
      return;
    }
    new RepeatedRound("newsdesk run: polling", () -> FetchCommand.fetchDue(ws, pipeline, false, true), System.err, stop::fail)
        .repeatUntilInterrupted(Duration.ofSeconds(checkEvery), false);
  }
}
