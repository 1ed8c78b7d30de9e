package newsdesk.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What one ingestion run did.
 *
 * @param sourcesPolled   sources fetched
 * @param sourceErrors    failures by source URL, with the reason
 * @param entriesSeen     feed entries read
 * @param added           new articles stored
 * @param duplicates      of which attached to an article they copy
 * @param skipped         entries already stored
 * @param pageErrors      article pages that could not be read (their feed text was kept)
 * @param storiesBriefed  stories whose brief was (re)computed
 * @param stageTimes      wall time per stage
 * @param sourceWarnings  sources whose document could be read only in part, by URL, with what was
 *                        wrong and how many entries were read
 */
public record IngestReport(
    int sourcesPolled,
    Map<String, String> sourceErrors,
    int entriesSeen,
    int added,
    int duplicates,
    int skipped,
    List<String> pageErrors,
    int storiesBriefed,
    Map<String, Duration> stageTimes,
    Map<String, String> sourceWarnings) {
  public IngestReport {
    // in the order the sources were polled
    sourceWarnings = sourceWarnings == null ? Map.of()
        : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sourceWarnings));
  }

  /** A report without warnings (the form before warnings existed). */
  public IngestReport(int sourcesPolled, Map<String, String> sourceErrors, int entriesSeen, int added, int duplicates,
      int skipped, List<String> pageErrors, int storiesBriefed, Map<String, Duration> stageTimes) {
    this(sourcesPolled, sourceErrors, entriesSeen, added, duplicates, skipped, pageErrors, storiesBriefed, stageTimes,
        Map.of());
  }
}
