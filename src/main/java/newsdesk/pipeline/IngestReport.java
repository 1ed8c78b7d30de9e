package newsdesk.pipeline;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
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
 * @param skipped         entries already stored (known by their id or canonical URL)
 * @param pageErrors      article pages that could not be read (their feed text was kept)
 * @param storiesBriefed  stories whose brief was (re)computed
 * @param stageTimes      time per stage, summed over the threads that ran it (parallel stages
 *                        can add up to more than the run's wall time)
 * @param sourceWarnings  sources whose document could be read only in part, by URL, with what was
 *                        wrong and how many entries were read
 * @param repeated        entries skipped because an earlier entry of the same run had their link
 *                        (feeds that list the same article: sections and a "latest" feed)
 * @param updated         stored articles rewritten because their entry came back changed (a
 *                        corrected title or text, a later updated time)
 * @param empty           entries skipped because they have nothing to show: no title, no text
 *                        and no link (a JSON Feed item with only an id)
 * @param leftForNextRun  articles read but not admitted because a stop (Ctrl-C) ended the run; the
 *                        next run reads them again
 * @param refusedSources  the URLs among {@code sourceErrors} that this process's address policy
 *                        refused (a private address without {@code --allow-private-network}): not
 *                        fetched, so no failure of the source
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
    Map<String, String> sourceWarnings,
    int repeated,
    int updated,
    int empty,
    int leftForNextRun,
    java.util.Set<String> refusedSources) {
  public IngestReport {
    refusedSources = refusedSources == null ? java.util.Set.of() : java.util.Set.copyOf(refusedSources);
    // Copies in the order the sources were polled: the pipeline keeps filling its own maps.
    sourceErrors = ordered(sourceErrors);
    sourceWarnings = ordered(sourceWarnings);
    stageTimes = ordered(stageTimes);
    pageErrors = pageErrors == null ? List.of() : List.copyOf(pageErrors);
  }

  private static <V> Map<String, V> ordered(Map<String, V> map) {
    return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
