package newsdesk.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import newsdesk.pipeline.IngestReport;

/** Prints what an ingestion run did, on stderr: counts, failed and damaged sources with their reasons, stage times. */
final class IngestSummary {
  private IngestSummary() {}

  static void print(IngestReport r, Duration wall, PrintStream err) {
    err.printf("Ingested %d new articles (%d duplicates attached) from %d sources; %d entries already stored or seen in another feed; %d stories briefed; %.1f s%n",
        r.added(), r.duplicates(), r.sourcesPolled(), r.skipped(), r.storiesBriefed(), wall.toMillis() / 1000.0);
    r.sourceErrors().forEach((url, reason) -> err.println("  source failed: " + url + " — " + reason));
    r.sourceWarnings().forEach((url, damage) -> err.println("  source damaged: " + url + " — " + damage));
    int shown = 0;
    for (String e : r.pageErrors()) {
      if (shown++ == 5) {
        err.println("  ... and " + (r.pageErrors().size() - 5) + " more pages whose feed text was kept");
        break;
      }
      err.println("  page kept from feed: " + e);
    }
    StringBuilder stages = new StringBuilder("  time by stage:");
    for (Map.Entry<String, Duration> e : r.stageTimes().entrySet()) {
      stages.append(String.format(" %s %.2fs", e.getKey(), e.getValue().toNanos() / 1e9));
    }
    err.println(stages);
  }
}
