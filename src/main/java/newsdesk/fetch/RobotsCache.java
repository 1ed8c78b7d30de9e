package newsdesk.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

/**
 * robots.txt rules per site (scheme, host and port), parsed by crawler-commons and cached. As RFC
 * 9309 says: a missing robots.txt (4xx) allows everything; a server error or no answer disallows
 * everything for a short while, since the site may be in trouble. One fetch per site at a time:
 * concurrent callers wait for the same answer.
 */
final class RobotsCache {
  /** Fetches a robots.txt; returns the status and body of the final answer. */
  interface Loader {
    Answer load(URI robotsUrl) throws FetchException, InterruptedException;
  }

  /** A robots.txt answer. */
  record Answer(int status, byte[] body, String contentType) {}

  /** {@code unread}: why robots.txt could not be read (so every page is disallowed), or null when it was. */
  private record Entry(BaseRobotRules rules, Instant expires, String unread) {
    Entry(BaseRobotRules rules, Instant expires) {
      this(rules, expires, null);
    }
  }

  private static final int MAX_SITES = 10_000;
  private static final Duration UNREACHABLE_TTL = Duration.ofMinutes(10);

  private final Loader loader;
  private final String robotName;
  private final Duration ttl;
  private final Clock clock;
  private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
  private final Map<String, CompletableFuture<Entry>> sites = new ConcurrentHashMap<>();

  RobotsCache(Loader loader, String robotName, Duration ttl, Clock clock) {
    this.loader = loader;
    this.robotName = robotName;
    this.ttl = ttl;
    this.clock = clock;
  }

  /** The rules that apply to {@code url}'s site, fetching robots.txt when not cached. */
  BaseRobotRules rulesFor(URI url) throws InterruptedException {
    String site = site(url);
    while (true) {
      CompletableFuture<Entry> mine = new CompletableFuture<>();
      CompletableFuture<Entry> existing = sites.putIfAbsent(site, mine);
      if (existing == null) {
        if (sites.size() > MAX_SITES) evictExpired();
        try {
          Entry entry = load(URI.create(site + "/robots.txt"));
          mine.complete(entry);
          return entry.rules();
        } catch (InterruptedException | RuntimeException e) {
          sites.remove(site, mine);
          mine.completeExceptionally(e);
          throw e;
        }
      }
      try {
        Entry entry = existing.get();
        if (entry.expires().isAfter(clock.instant())) return entry.rules();
        sites.remove(site, existing); // stale: the next turn of the loop reloads it
      } catch (ExecutionException e) {
        sites.remove(site, existing);
      }
    }
  }

  private Entry load(URI robotsUrl) throws InterruptedException {
    Instant now = clock.instant();
    try {
      Answer answer = loader.load(robotsUrl);
      if (answer.status() >= 200 && answer.status() < 300) {
        return new Entry(parser.parseContent(robotsUrl.toString(), answer.body(),
            answer.contentType() == null ? "text/plain" : answer.contentType(), List.of(robotName)), now.plus(ttl));
      }
      BaseRobotRules rules = parser.failedFetch(answer.status());
      return new Entry(rules, now.plus(answer.status() >= 500 ? UNREACHABLE_TTL : ttl),
          answer.status() >= 500 ? "HTTP " + answer.status() : null);
    } catch (FetchException e) {
      int status = e.status() >= 400 ? e.status() : 503;
      BaseRobotRules rules = parser.failedFetch(status);
      return new Entry(rules, now.plus(status >= 500 ? UNREACHABLE_TTL : ttl), status >= 500 ? e.reasonFor(robotsUrl) : null);
    }
  }

  /**
   * Why the robots.txt of {@code url}'s site could not be read, when its cached rules stand for an
   * unreadable one (which disallows every page), else null: a refusal then says so rather than
   * blame the site's rules.
   */
  String unread(URI url) {
    CompletableFuture<Entry> entry = sites.get(site(url));
    return entry != null && entry.isDone() && !entry.isCompletedExceptionally() ? entry.join().unread() : null;
  }

  private void evictExpired() {
    Instant now = clock.instant();
    sites.entrySet().removeIf(e -> e.getValue().isDone() && !e.getValue().isCompletedExceptionally()
        && e.getValue().join().expires().isBefore(now));
    if (sites.size() > MAX_SITES) sites.clear();
  }

  static String site(URI url) {
    String scheme = url.getScheme().toLowerCase(java.util.Locale.ROOT);
    int port = url.getPort();
    boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
    return scheme + "://" + url.getHost().toLowerCase(java.util.Locale.ROOT) + (defaultPort ? "" : ":" + port);
  }
}
