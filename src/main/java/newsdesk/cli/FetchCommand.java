package newsdesk.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import newsdesk.config.DataDir;
import newsdesk.config.IngestLock;
import newsdesk.config.IngestLocks;
import newsdesk.fetch.HttpFetcher;
import newsdesk.pipeline.IngestReport;
import newsdesk.pipeline.Pipeline;
import newsdesk.store.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Fetches the sources that are due, once. */
@Command(name = "fetch", mixinStandardHelpOptions = true,
    description = "Fetch every source that is due (or all with --all) once, and ingest what is new.",
    footerHeading = HelpText.ENVIRONMENT_HEADING, footer = HelpText.LOG,
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:done (sources that failed are listed on stderr and retried later)",
        "1:every source fetched failed", "2:bad usage or data folder",
        "3:--all while another process (run, or another fetch) fetches into the folder: nothing was fetched"})
public final class FetchCommand implements Callable<Integer> {
  /** Exit status of {@code fetch --all} when another process holds the folder: what was asked was not done. */
  static final int NOTHING_FETCHED = 3;

  @Mixin DataOption data;
  @Mixin NetworkOptions network;

  @Option(names = "--all", description = "Fetch every source, due or not.")
  boolean all;

  private final IngestLocks ingestLocks;
  private final Clock clock;

  /** {@code ingestLocks}: this process's; on the system clock. */
  public FetchCommand(IngestLocks ingestLocks) {
    this(ingestLocks, Clock.systemUTC());
  }

  /** {@code ingestLocks}: this process's; {@code clock}: what the store, the pipeline and the schedule read. */
  public FetchCommand(IngestLocks ingestLocks, Clock clock) {
    this.ingestLocks = ingestLocks;
    this.clock = java.util.Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Integer call() {
    // A folder without a database has no source to fetch; creating one there would hide a mistyped --data.
    DataDir dir = data.existingDataDir();
    Optional<IngestLock> ingest = ingestLocks.tryAcquire(dir);
    if (ingest.isEmpty()) {
      String busy = "newsdesk fetch: another newsdesk process (run, or another fetch) is fetching into " + dir.root();
      if (all) {
        // --all asked for sources that are not due, which that process will not fetch now: a script must hear of it.
        System.err.println(busy + "; nothing was fetched: sources not due were not fetched (that process fetches each"
            + " source only when due). To fetch them all now, stop that process, then run `newsdesk fetch --all` again.");
        return NOTHING_FETCHED;
      }
      // Not a failure: that process fetches what is due itself (run checks every minute).
      System.err.println(busy + "; it fetches what is due itself.");
      return 0;
    }
    try (IngestLock held = ingest.get(); Workspace ws = Workspace.forIngest(dir, false, clock);
        HttpFetcher fetcher = Workspace.fetcher(network.config())) {
      Pipeline pipeline = ws.pipeline(fetcher, TerminalProgress.forStderr());
      IngestReport report = fetchDue(ws, pipeline, all, false);
      // Some failed sources are reported and retried later: the command did its job. When every
      // source failed, scripts and cron should hear of it.
      boolean allFailed = report != null && report.sourcesPolled() > 0
          && report.sourceErrors().size() == report.sourcesPolled();
      return allFailed ? 1 : 0;
    }
  }

  /**
   * Fetches and ingests the sources that are due (all with {@code all}) and prints what happened.
   * When none is due it only brings briefs, related stories and the index up to date, says when
   * the next source is due unless {@code quietWhenIdle} (the run loop, which checks every minute),
   * and returns null.
   */
  static IngestReport fetchDue(Workspace ws, Pipeline pipeline, boolean all, boolean quietWhenIdle) {
    Instant now = ws.clock().instant();
    List<Source> followed = ws.store().sources().stream().filter(s -> !"demo".equals(s.kind())).toList();
    List<Source> due = followed.stream()
        .filter(s -> all || s.nextFetchAt() == null || !s.nextFetchAt().isAfter(now)).toList();
    if (due.isEmpty()) {
      pipeline.refreshDerived(); // briefs a crashed run left stale are still made
      if (!quietWhenIdle) System.err.println(idleMessage(followed, ws.store().sources().size() - followed.size()));
      return null;
    }
    long start = System.nanoTime();
    IngestReport report = pipeline.ingest(due);
    IngestSummary.print(report, Duration.ofNanos(System.nanoTime() - start), System.err);
    return report;
  }

  private static String idleMessage(List<Source> followed, int demoSources) {
    if (followed.isEmpty()) {
      // The demo's sources are its bundled corpus, served only while `demo` runs: nothing to fetch.
      String demo = demoSources == 0 ? "" : " (the " + Plural.count(demoSources, "demo source")
          + " here " + (demoSources == 1 ? "is" : "are") + " read by `newsdesk demo` only)";
      return "No sources to fetch" + demo + ": add one with `newsdesk sources add URL`.";
    }
    Source next = followed.stream().filter(s -> s.nextFetchAt() != null)
        .min(java.util.Comparator.comparing(Source::nextFetchAt)).orElseThrow();
    String retrying = next.lastError() == null ? "" : " (retrying after: " + next.lastError() + ")";
    return "No source is due: the next is " + next.url() + " at " + Dates.show(next.nextFetchAt()) + retrying
        + ". `newsdesk fetch --all` fetches every source now.";
  }
}
