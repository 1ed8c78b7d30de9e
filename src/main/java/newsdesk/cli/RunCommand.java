package newsdesk.cli;

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
  @Mixin ServeOptions serve;

  @Option(names = "--check-every", defaultValue = "60", paramLabel = "SECONDS",
      description = "How often to look for due sources (default: ${DEFAULT-VALUE} s).")
  int checkEvery;

  private final IngestLocks ingestLocks;

  /** {@code ingestLocks}: this process's. */
  public RunCommand(IngestLocks ingestLocks) {
    this.ingestLocks = ingestLocks;
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
    try (stop; ingest; Workspace ws = Workspace.forIngest(dir, true);
        HttpFetcher fetcher = Workspace.fetcher(network.config())) {
      Pipeline pipeline = ws.pipeline(fetcher, TerminalProgress.forStderr());
      // An Error in a round (out of memory) stops the whole run, web server included, and releases
      // the ingest lock: a run that served on without its poller would never ingest again.
      RepeatedRound polling = new RepeatedRound("newsdesk run: polling",
          () -> FetchCommand.fetchDue(ws, pipeline, false, true), System.err, stop::fail);
      Thread poller = Thread.ofPlatform().daemon().name("poller")
          .start(() -> polling.repeatUntilInterrupted(Duration.ofSeconds(checkEvery), false));
      try {
        ServeCommand.serveUntilStopped(ws, serve, network, true, stop);
      } finally {
        // A round in progress stops at its next fetch; nothing it leaves half done is recorded.
        StopSignal.interruptAndJoin(poller, StopSignal.JOIN_LIMIT);
      }
    }
    return stop.exitStatus();
  }
}
