package newsdesk.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import newsdesk.pipeline.IngestReport;

/** Prints what an ingestion run did, on stderr: counts, failed and damaged sources with their reasons, stage times. */
final class IngestSummary {
  private IngestSummary() {}

  static void print(IngestReport r, Duration wall, PrintStream err) {
    err.println(counts(r, wall));
    r.sourceErrors().forEach((url, reason) ->
        err.println("  source " + (r.refusedSources().contains(url) ? "refused: " : "failed: ") + url + " — " + reason));
    r.sourceWarnings().forEach((url, damage) -> err.println("  source damaged: " + url + " — " + damage));
    int shown = 0;
    for (String e : r.pageErrors()) {
      if (shown++ == 5) {
        err.println("  ... and " + Plural.count(r.pageErrors().size() - 5L, "more page") + " whose feed text was kept");
        break;
      }
      err.println("  page kept from feed: " + e);
    }
    if (!r.stageTimes().isEmpty()) err.println(stageTimes(r.stageTimes()));
  }

  /**
   * "Ingested 291 new articles (0 duplicates attached) from 6 sources; skipped 291 entries listed again
   * in this run's feeds; 279 stories briefed; 69.9 s": the skipped entries are said apart, as already
   * stored, as repeats within the run and as empty entries, and only when there are any; articles rewritten from an
   * updated entry ("; 2 updated") and those a stop left for the next run only when there are any.
   */
  static String counts(IngestReport r, Duration wall) {
    List<String> skipped = new ArrayList<>();
    if (r.skipped() > 0) skipped.add(Plural.count(r.skipped(), "entry", "entries") + " already stored");
    if (r.repeated() > 0) {
      skipped.add(Plural.count(r.repeated(), "entry", "entries") + " listed again in this run's feeds (same link)");
    }
    if (r.empty() > 0) skipped.add(Plural.count(r.empty(), "empty entry", "empty entries") + " (no title, text or link)");
    return "Ingested " + Plural.count(r.added(), "new article")
        + " (" + Plural.count(r.duplicates(), "duplicate") + " attached)"
        + " from " + Plural.count(r.sourcesPolled(), "source")
        + (r.updated() > 0 ? "; " + r.updated() + " updated" : "")
        + (skipped.isEmpty() ? "" : "; skipped " + String.join(" and ", skipped))
        + "; " + Plural.count(r.storiesBriefed(), "story", "stories") + " briefed"
        + (r.leftForNextRun() > 0 ? "; stopped: " + Plural.count(r.leftForNextRun(), "article") + " left for the next run" : "")
        + String.format(Locale.ROOT, "; %.1f s", wall.toMillis() / 1000.0);
  }

  /**
   * "  thread time by stage (...): fetch 27.20 s, ...": each stage's time is summed over the threads
   * that ran it (pages are fetched and extracted in parallel), so it can exceed the run's wall time.
   */
  static String stageTimes(Map<String, Duration> times) {
    StringBuilder line = new StringBuilder("  thread time by stage (summed over parallel threads, so it can exceed the run's time):");
    String separator = " ";
    for (Map.Entry<String, Duration> e : times.entrySet()) {
      line.append(separator).append(String.format(Locale.ROOT, "%s %.2f s", e.getKey(), e.getValue().toNanos() / 1e9));
      separator = ", ";
    }
    return line.toString();
  }
}
