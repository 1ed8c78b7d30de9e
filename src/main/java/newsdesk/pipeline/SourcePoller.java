package newsdesk.pipeline;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import newsdesk.feed.Feed;
import newsdesk.feed.FeedEntry;
import newsdesk.feed.FeedParseException;
import newsdesk.feed.FeedParser;
import newsdesk.fetch.FetchException;
import newsdesk.fetch.FetchResponse;
import newsdesk.fetch.HttpFetcher;
import newsdesk.store.NewsStore;
import newsdesk.store.Source;

/**
 * Polls one source: a conditional GET of its feed, then parsing. Records the outcome on the
 * source (validators, last error, failures, next poll) so that a failing source is shown with its
 * reason and polled less often, never dropped.
 */
final class SourcePoller {
  /** Outcome of a poll: the entries (empty when unchanged), or the error that stopped it. */
  record Poll(Source source, List<FeedEntry> entries, String error) {}

  private static final Duration MAX_BACKOFF = Duration.ofHours(24);

  private final HttpFetcher fetcher;
  private final FeedParser parser;
  private final NewsStore store;
  private final Clock clock;
  private final StageTimer timer;

  SourcePoller(HttpFetcher fetcher, FeedParser parser, NewsStore store, Clock clock, StageTimer timer) {
    this.timer = timer;
    this.fetcher = fetcher;
    this.parser = parser;
    this.store = store;
    this.clock = clock;
  }

  Poll poll(Source source) {
    Instant now = clock.instant();
    try {
      long start = System.nanoTime();
      FetchResponse response;
      try {
        response = fetcher.get(URI.create(source.url()), source.etag(), source.lastModified());
      } finally {
        timer.add("fetch", System.nanoTime() - start);
      }
      if (response.notModified()) {
        store.updateSource(succeeded(source, source.title(), source.etag(), source.lastModified(), now));
        return new Poll(source, List.of(), null);
      }
      start = System.nanoTime();
      Feed feed;
      try {
        feed = parser.parse(response.body(), response.contentType(), response.finalUrl());
      } finally {
        timer.add("feed", System.nanoTime() - start);
      }
      String title = feed.title() != null && !feed.title().isBlank() ? feed.title() : source.title();
      Source updated = succeeded(source, title, response.etag(), response.lastModified(), now);
      store.updateSource(updated);
      return new Poll(updated, feed.entries(), null);
    } catch (FetchException | FeedParseException | IllegalArgumentException e) {
      String reason = e.getMessage();
      store.updateSource(failed(source, reason, now));
      return new Poll(source, List.of(), reason);
    }
  }

  private static Source succeeded(Source s, String title, String etag, String lastModified, Instant now) {
    return new Source(s.id(), s.url(), s.key(), s.kind(), title, etag, lastModified, now, now, null, 0,
        s.pollIntervalSeconds(), now.plusSeconds(s.pollIntervalSeconds()));
  }

  private static Source failed(Source s, String reason, Instant now) {
    int failures = s.consecutiveFailures() + 1;
    // Back off exponentially so a dead source costs little, but keep trying: it is never dropped.
    long delay = Math.min(MAX_BACKOFF.toSeconds(), (long) s.pollIntervalSeconds() << Math.min(failures, 10));
    return new Source(s.id(), s.url(), s.key(), s.kind(), s.title(), s.etag(), s.lastModified(), now, s.lastSuccessAt(),
        reason, failures, s.pollIntervalSeconds(), now.plusSeconds(delay));
  }
}
