package newsdesk.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import newsdesk.fetch.HttpFetcher;
import newsdesk.pipeline.IngestReport;
import newsdesk.pipeline.Pipeline;
import newsdesk.store.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Fetches the sources that are due, once. */
@Command(name = "fetch", mixinStandardHelpOptions = true,
    description = "Fetch every source that is due (or all with --all) once, and ingest what is new.")
public final class FetchCommand implements Callable<Integer> {
  @Mixin DataOption data;
  @Mixin NetworkOptions network;

  @Option(names = "--all", description = "Fetch every source, due or not.")
  boolean all;

  @Override
  public Integer call() {
    try (Workspace ws = Workspace.forIngest(data.dataDir(), false); HttpFetcher fetcher = Workspace.fetcher(network.config())) {
      Pipeline pipeline = ws.pipeline(fetcher, TerminalProgress.forStderr());
      IngestReport report = fetchDue(ws, pipeline, all);
      return 0; // failed sources are reported and retried later; the command itself did its job
    }
  }

  static IngestReport fetchDue(Workspace ws, Pipeline pipeline, boolean all) {
    Instant now = Instant.now();
    List<Source> due = ws.store().sources().stream()
        .filter(s -> !"demo".equals(s.kind()))
        .filter(s -> all || s.nextFetchAt() == null || !s.nextFetchAt().isAfter(now)).toList();
    long start = System.nanoTime();
    IngestReport report = pipeline.ingest(due);
    IngestSummary.print(report, Duration.ofNanos(System.nanoTime() - start), System.err);
    return report;
  }
}
