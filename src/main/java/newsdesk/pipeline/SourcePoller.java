package newsdesk.pipeline;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsdesk.feed.Feed;
import newsdesk.feed.FeedEntry;
import newsdesk.feed.FeedParseException;
import newsdesk.feed.FeedParser;
import newsdesk.feed.NotAFeed;
import newsdesk.fetch.FetchException;
import newsdesk.fetch.FetchResponse;
import newsdesk.fetch.HttpFetcher;
import newsdesk.sources.PollSchedule;
import newsdesk.sources.SitemapException;
import newsdesk.sources.SitemapReader;
import newsdesk.store.NewsStore;
import newsdesk.store.Source;

/**
 * Polls one source: a conditional GET of its feed (or, for kind {@code sitemap}, its news
 * sitemap, whose recent URLs become entries), then parsing. Records the outcome on the source
 * (validators, last error, failures, adapted poll interval, next poll) so that a failing source is
 * shown with its reason and polled less often, never dropped. A 304 costs no parsing. Thread-safe.
 *
 * <p>A poll that returns entries does not record its outcome: the caller does, with
 * {@link #commit(Poll)}, once the entries are stored. Saving the new validators first would let a
 * crash in between lose the entries for good (the next poll would get a 304 and nothing to
 * ingest); this way the next poll reads the whole feed again and skips what was already stored.
 *
 * <p>A poll whose fetch is interrupted (the process stopping) records nothing: it is not the source's
 * failure, and the source stays due.
 */
public final class SourcePoller {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SourcePoller.class);
  /**
   * Outcome of a poll: the entries (empty when unchanged), or the error that stopped it; {@code
   * source} is the source as the poll leaves it (saved already unless there are entries: see
   * {@link #commit}); {@code warning} says what was wrong with a document that could be read only
   * in part (truncated, not well-formed) and how many entries were read, else null.
   */
  public record Poll(Source source, List<FeedEntry> entries, String error, String warning) {
    public Poll(Source source, List<FeedEntry> entries, String error) {
      this(source, entries, error, null);
    }
  }

  /** The error of a poll abandoned because its thread was interrupted; nothing is recorded on the source. */
  public static final String INTERRUPTED = "interrupted";

  /** Kind of a source read as a sitemap rather than a feed. */
  public static final String SITEMAP = "sitemap";
  /** Child sitemaps of a sitemap index read per poll, most recently modified first. */
  private static final int MAX_CHILD_SITEMAPS = 3;

  private final HttpFetcher fetcher;
  private final FeedParser parser;
  private final NewsStore store;
  private final Clock clock;
  private final StageTimer timer;
  private final PollSchedule schedule;
  private final SitemapReader sitemaps;

  SourcePoller(HttpFetcher fetcher, FeedParser parser, NewsStore store, Clock clock, StageTimer timer) {
    this(fetcher, parser, store, clock, timer, new PollSchedule(PollSchedule.Bounds.defaults()), SitemapReader.defaults());
  }

  public SourcePoller(HttpFetcher fetcher, FeedParser parser, NewsStore store, Clock clock, StageTimer timer,
      PollSchedule schedule, SitemapReader sitemaps) {
    this.timer = timer;
    this.fetcher = fetcher;
    this.parser = parser;
    this.store = store;
    this.clock = clock;
    this.schedule = schedule;
    this.sitemaps = sitemaps;
  }

  public Poll poll(Source source) {
    Instant now = clock.instant();
    Duration interval = Duration.ofSeconds(Math.max(1, source.pollIntervalSeconds()));
    try {
      FetchResponse response = fetch(URI.create(source.url()), source.etag(), source.lastModified());
      source = followMove(source, response);
      if (response.notModified()) {
        // The same document as last time: whatever was wrong with it still is.
        Source updated = succeeded(source, source.title(), source.etag(), source.lastModified(), now,
            schedule.afterNotModified(interval), source.lastWarning());
        store.updateSource(updated);
        return new Poll(updated, List.of(), null);
      }
      String title = source.title();
      List<FeedEntry> entries;
      String warning = null;
      if (SITEMAP.equals(source.kind())) {
        entries = readSitemap(response, now);
      } else {
        Feed feed = parseFeed(response);
        // An empty 200 (or one without any element) is no quiet feed: shown failing with the reason.
        if (NotAFeed.applies(feed)) return fail(source, NotAFeed.reason(response.body()), null, now, interval);
        entries = feed.readEntries();
        if (feed.damaged() && entries.isEmpty()) {
          // Nothing could be read: a broken document, not a quiet feed.
          return fail(source, feed.damageSummary(), null, now, interval);
        }
        if (feed.title() != null && !feed.title().isBlank()) title = feed.title();
        warning = feed.damageSummary();
      }
      Source updated = succeeded(source, title, response.etag(), response.lastModified(), now,
          adapt(source, interval, entries, now), warning);
      if (entries.isEmpty()) store.updateSource(updated); // nothing to lose: record it now
      return new Poll(updated, entries, null, warning);
    } catch (FetchException e) {
      // The process is stopping, not the source failing: leave the source as it was, due again.
      if (e.interrupted()) return new Poll(source, List.of(), INTERRUPTED);
      // Shown beside the source's URL, so the reason alone unless a redirect led elsewhere.
      String reason = e.reasonFor(URI.create(source.url()));
      if (e.kind() == FetchException.Kind.BLOCKED_ADDRESS) return refused(source, reason, now);
      return fail(source, reason, e.retryAfter(), now, interval);
    } catch (FeedParseException | SitemapException | IllegalArgumentException e) {
      return fail(source, e.getMessage(), null, now, interval);
    }
  }

  /**
   * Records the outcome of a successful poll that returned entries (its validators, title and next
   * poll time); call it once those entries are stored. Polls without entries or with an error were
   * recorded by {@link #poll} already, and committing them again changes nothing.
   */
  public void commit(Poll poll) {
    if (poll.error() == null) store.updateSource(poll.source());
  }

  /**
   * Records that a poll's entries could not all be stored: {@code source} as it was before the
   * poll (its old validators, so the next poll reads the whole feed again) with {@code reason} as
   * its last error and the failure backoff, so a lasting failure is shown and retried less often.
   */
  public void retryLater(Source source, String reason) {
    Duration interval = Duration.ofSeconds(Math.max(1, source.pollIntervalSeconds()));
    fail(source, reason, null, clock.instant(), interval);
  }

  /**
   * A feed that moved permanently (301/308 all the way) is followed at its new URL from now on,
   * unless another source already has it. Sources newsdesk registers itself (with a key) stay put.
   */
  private Source followMove(Source source, FetchResponse response) {
    String moved = response.stableUrl().toString();
    if (source.key() != null || moved.equals(source.url())) return source;
    if (!store.moveSource(source.id(), moved)) return source;
    return store.source(source.id()).orElse(source);
  }

  private FetchResponse fetch(URI url, String etag, String lastModified) throws FetchException {
    long start = System.nanoTime();
    try {
      return fetcher.get(url, etag, lastModified);
    } finally {
      timer.add("fetch", System.nanoTime() - start);
    }
  }

  private Feed parseFeed(FetchResponse response) throws FeedParseException {
    long start = System.nanoTime();
    try {
      Feed feed = parser.parse(response.body(), response.contentType(), response.finalUrl());
      return response.truncated() && feed.damaged()
          ? feed.withProblem("the download was cut at " + response.body().length + " bytes (size limit)") : feed;
    } catch (FeedParseException e) {
      if (!response.truncated()) throw e;
      throw new FeedParseException("the feed was cut at " + response.body().length + " bytes (size limit): "
          + e.getMessage(), e);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      throw parserFailed(response.finalUrl(), e);
    } finally {
      timer.add("feed", System.nanoTime() - start);
    }
  }

  /**
   * A parser that broke its contract (a bug, a document nested deeper than the stack allows, or
   * one that needs more memory than the heap has) as a parse failure of this document: the source
   * is shown failing with the reason and retried with the backoff, and the other sources go on.
   * Out of memory is caught here, around the parse only, because a parse shares no mutable state
   * (the parsers build everything per document) and all it allocated is unreachable once it has
   * unwound; elsewhere (fetching, storing) an {@link Error} still ends the run (ParallelFetcher).
   */
  private static FeedParseException parserFailed(URI document, Throwable e) {
    LOG.warn("parsing {} failed", document, e);
    return new FeedParseException("the parser failed on " + document + ": " + Failures.describe(e), e);
  }

  private SitemapReader.Sitemap readSitemapDocument(FetchResponse r, Instant now) throws SitemapException, FeedParseException {
    try {
      return sitemaps.read(r.body(), r.contentType(), r.finalUrl(), now);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      throw parserFailed(r.finalUrl(), e);
    }
  }

  /** The sitemap's recent pages; for an index, those of its most recently modified sitemaps. */
  private List<FeedEntry> readSitemap(FetchResponse response, Instant now)
      throws SitemapException, FetchException, FeedParseException {
    SitemapReader.Sitemap map = readSitemapDocument(response, now);
    if (!map.isIndex()) return map.entries();
    Map<String, FeedEntry> byLink = new LinkedHashMap<>();
    for (URI child : map.children().subList(0, Math.min(MAX_CHILD_SITEMAPS, map.children().size()))) {
      FetchResponse r = fetch(child, null, null);
      SitemapReader.Sitemap part = readSitemapDocument(r, now);
      for (FeedEntry e : part.entries()) byLink.putIfAbsent(e.link(), e);
    }
    List<FeedEntry> entries = new ArrayList<>(byLink.values());
    entries.sort(Comparator.comparing(FeedEntry::published, Comparator.nullsLast(Comparator.reverseOrder())));
    return List.copyOf(entries.subList(0, Math.min(sitemaps.maxEntries(), entries.size())));
  }

  private Duration adapt(Source source, Duration interval, List<FeedEntry> entries, Instant now) {
    List<Instant> times = new ArrayList<>();
    int recognisable = 0;
    int fresh = 0;
    for (FeedEntry e : entries) {
      times.add(e.published() != null ? e.published() : e.updated());
      if (e.id() != null) {
        recognisable++;
        if (!store.hasGuid(source.id(), e.id())) fresh++;
      }
    }
    return schedule.afterContent(interval, times, fresh, recognisable, now);
  }

  private Poll fail(Source source, String reason, Duration retryAfter, Instant now, Duration interval) {
    int failures = source.consecutiveFailures() + 1;
    // Back off so a dead source costs little, but keep trying: it is never dropped.
    Duration delay = schedule.retryDelay(interval, failures, retryAfter);
    Source failed = new Source(source.id(), source.url(), source.key(), source.kind(), source.title(), source.etag(),
        source.lastModified(), now, source.lastSuccessAt(), reason, failures, source.pollIntervalSeconds(),
        now.plus(delay), source.lastWarning());
    store.updateSource(failed);
    return new Poll(failed, List.of(), reason);
  }

  /**
   * A source this process's address policy refused (a private address without
   * {@code --allow-private-network}): the refusal is shown, but it says nothing of the source, so
   * it is no failure and starts no backoff; the source stays due for a run that allows it. Failures
   * counted before are dropped with their backoff: the refusal is now the last word on the source
   * (shown as refused, not as failing with a refusal for its reason), and the option the refusal
   * names must find the source due, not held back for failures that run could not see.
   */
  private Poll refused(Source source, String reason, Instant now) {
    Instant next = source.failing() ? now : source.nextFetchAt();
    Source shown = new Source(source.id(), source.url(), source.key(), source.kind(), source.title(), source.etag(),
        source.lastModified(), now, source.lastSuccessAt(), reason, 0, source.pollIntervalSeconds(), next,
        source.lastWarning());
    store.updateSource(shown);
    return new Poll(shown, List.of(), reason);
  }

  private static Source succeeded(Source s, String title, String etag, String lastModified, Instant now, Duration interval,
      String warning) {
    int seconds = (int) Math.min(Integer.MAX_VALUE, interval.toSeconds());
    return new Source(s.id(), s.url(), s.key(), s.kind(), title, etag, lastModified, now, now, null, 0, seconds,
        now.plusSeconds(seconds), warning);
  }
}
