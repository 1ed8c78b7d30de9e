package newsdesk.fetch;

import crawlercommons.robots.BaseRobotRules;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsdesk.fetch.FetchException.Kind;

/**
 * Fetches URLs with the JDK HTTP client, politely and defensively: conditional GET (ETag,
 * Last-Modified; a 304 has no body to parse), gzip, deflate and brotli, redirects followed by us
 * (bounded, loop-safe, each hop checked against the private-network guard), a time limit per
 * exchange (each redirect hop and each retry: {@link FetchConfig#requestTimeout()}, so a trickling
 * server is cut off) and, when the caller gives one, a {@link Deadline} for the whole fetch (hops,
 * retries and their waits), a body size cap, robots.txt for pages (at every
 * hop: a redirect cannot lead to a page its own site's robots.txt disallows), a per-host
 * concurrency limit and delay, and bounded retries with exponential backoff or Retry-After on 429
 * and 503. Each single exchange (request, mirror, guard, host turn, time limit, failure in words) is
 * {@link ExchangeSender}'s; this class decides what to ask next (hops, retries, robots.txt) and
 * decodes the answer. Thread-safe; share one instance.
 */
public final class HttpFetcher implements AutoCloseable {
  private static final long ROBOTS_MAX_BYTES = 512 * 1024;

  private final FetchConfig config;
  private final ExchangeSender sender;
  private final HostThrottle throttle;
  private final RobotsCache robots;
  private final Clock clock;
  private final Mirrors mirrors;

  public HttpFetcher(FetchConfig config) {
    this(config, AddressGuard.system(), Clock.systemUTC());
  }

  HttpFetcher(FetchConfig config, AddressGuard guard, Clock clock) {
    this.config = config;
    this.clock = clock;
    this.mirrors = new Mirrors(config.mirrors());
    this.throttle = new HostThrottle(config.maxConcurrentPerHost(), config.minHostDelay());
    this.sender = new ExchangeSender(config, guard, throttle, mirrors);
    this.robots = new RobotsCache(this::loadRobots, config.robotName(), config.robotsTtl(), clock);
  }

  public FetchConfig config() {
    return config;
  }

  /**
   * GETs a feed or other resource the user asked for; {@code etag} and {@code lastModified} (may
   * be null) make it conditional. robots.txt is not consulted: the user subscribed to it.
   */
  public FetchResponse get(URI url, String etag, String lastModified) throws FetchException {
    return fetch(url, etag, lastModified, false, Deadline.NONE);
  }

  /**
   * Like {@link #get(URI, String, String)}, done by {@code deadline}: each exchange gets at most the
   * time left, a retry that would wait past it is not made, and once it has passed the fetch fails
   * as a {@link Kind#TIMEOUT}.
   */
  public FetchResponse get(URI url, String etag, String lastModified, Deadline deadline) throws FetchException {
    return fetch(url, etag, lastModified, false, deadline);
  }

  /** GETs a page found through a feed (an article): like {@link #get} but only when robots.txt allows it. */
  public FetchResponse getPage(URI url) throws FetchException {
    return fetch(url, null, null, true, Deadline.NONE);
  }

  private FetchResponse fetch(URI url, String etag, String lastModified, boolean obeyRobots, Deadline deadline)
      throws FetchException {
    requireHttp(url, url);
    try {
      for (int attempt = 0; ; attempt++) {
        Exchange ex = followRedirects(url, etag, lastModified, config.maxBodyBytes(), obeyRobots, deadline);
        int status = ex.status();
        if (status == 429 || status == 503) {
          Duration retryAfter = RetryAfter.parse(ex.headers().firstValue("Retry-After").orElse(null), clock.instant());
          Duration wait = retryAfter != null ? retryAfter : backoff(attempt);
          if (attempt >= config.maxRetries() || wait.compareTo(config.maxRetryWait()) > 0
              || wait.compareTo(deadline.remaining(wait)) > 0) {
            String tries = attempt == 0 ? "" : " after " + (attempt + 1) + " tries";
            String asked = retryAfter == null ? "" : " (server asks to retry after " + retryAfter.toSeconds() + " s)";
            throw new FetchException(url, status, Kind.HTTP, "HTTP " + status + tries + asked, retryAfter, null);
          }
          Thread.sleep(wait);
          continue;
        }
        return response(url, ex, etag, lastModified);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException(url, 0, Kind.NETWORK, "interrupted", null, e);
    }
  }

  private FetchResponse response(URI url, Exchange ex, String etag, String lastModified) throws FetchException {
    HttpHeaders headers = ex.headers();
    int status = ex.status();
    if (status == 304) {
      return new FetchResponse(url, ex.url(), status, new byte[0], null, headers.firstValue("ETag").orElse(etag),
          headers.firstValue("Last-Modified").orElse(lastModified), false, ex.movedPermanently());
    }
    if (status < 200 || status >= 300) throw new FetchException(url, status, Kind.HTTP, "HTTP " + status, null, null);
    ContentDecoder.Decoded body;
    try {
      body = ContentDecoder.decode(ex.body().data(), headers.firstValue("Content-Encoding").orElse(null),
          config.maxBodyBytes(), ex.body().truncated());
    } catch (ContentDecoder.DecodingException e) {
      throw new FetchException(url, status, Kind.BAD_BODY, e.getMessage(), null, e);
    }
    return new FetchResponse(url, ex.url(), status, body.data(), headers.firstValue("Content-Type").orElse(null),
        headers.firstValue("ETag").orElse(null), headers.firstValue("Last-Modified").orElse(null), body.truncated(),
        ex.movedPermanently());
  }

  private Duration backoff(int attempt) {
    return config.retryBaseDelay().multipliedBy(1L << Math.min(attempt, 20));
  }

  /**
   * Follows redirects from {@code url}; with {@code obeyRobots}, each hop (the first included) is
   * fetched only when its site's robots.txt allows it, with that site's Crawl-delay.
   */
  private Exchange followRedirects(URI url, String etag, String lastModified, long cap, boolean obeyRobots,
      Deadline deadline) throws FetchException, InterruptedException {
    Set<String> seen = new HashSet<>();
    List<String> chain = new ArrayList<>();
    URI current = url;
    boolean permanent = true;
    for (int hop = 0; ; hop++) {
      chain.add(current.toString());
      if (!seen.add(current.normalize().toString())) {
        throw new FetchException(url, 0, Kind.REDIRECTS, "redirect loop: " + String.join(" -> ", chain), null, null);
      }
      if (obeyRobots) checkRobots(current);
      Exchange ex = sender.send(current, etag, lastModified, cap, deadline);
      String location = ex.headers().firstValue("Location").orElse(null);
      if (!isRedirect(ex.status()) || location == null) {
        return hop == 0 ? ex : new Exchange(ex.url(), ex.status(), ex.headers(), ex.body(), permanent);
      }
      permanent &= ex.status() == 301 || ex.status() == 308;
      if (hop >= config.maxRedirects()) {
        throw new FetchException(url, ex.status(), Kind.REDIRECTS, "more than " + config.maxRedirects() + " redirects: "
            + String.join(" -> ", chain), null, null);
      }
      URI next;
      try {
        URI resolved = RedirectLocation.resolve(mirrors.toMirror(current), location);
        if (resolved == null) throw new IllegalArgumentException("not a URI even after escaping");
        next = mirrors.fromMirror(resolved);
      } catch (IllegalArgumentException e) {
        throw new FetchException(url, ex.status(), Kind.BAD_URL, "bad redirect target '" + location + "'", null, e);
      }
      requireHttp(url, next);
      current = next;
    }
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  private void checkRobots(URI url) throws FetchException, InterruptedException {
    BaseRobotRules rules = robots.rulesFor(url);
    long crawlDelayMs = rules.getCrawlDelay();
    if (crawlDelayMs > 0) {
      throttle.requireDelay(ExchangeSender.hostKey(mirrors.toMirror(url)), Duration.ofMillis(Math.min(crawlDelayMs, 30_000)));
    }
    if (!rules.isAllowed(url.toString())) {
      // Rules made up for a robots.txt that could not be read disallow everything for a while.
      if (rules.isDeferVisits()) {
        String unread = robots.unread(url);
        throw new FetchException(url, 0, Kind.ROBOTS_UNAVAILABLE, "robots.txt of " + url.getHost()
            + " could not be read" + (unread == null ? "" : " (" + unread + ")")
            + ", which disallows every page (RFC 9309)", null, null);
      }
      throw new FetchException(url, 0, Kind.ROBOTS, "robots.txt of " + url.getHost() + " disallows this page", null, null);
    }
  }

  private RobotsCache.Answer loadRobots(URI robotsUrl) throws FetchException, InterruptedException {
    Exchange ex = followRedirects(robotsUrl, null, null, ROBOTS_MAX_BYTES, false, Deadline.NONE);
    byte[] body = new byte[0];
    if (ex.status() >= 200 && ex.status() < 300) {
      try {
        body = ContentDecoder.decode(ex.body().data(), ex.headers().firstValue("Content-Encoding").orElse(null),
            ROBOTS_MAX_BYTES, ex.body().truncated()).data();
      } catch (ContentDecoder.DecodingException e) {
        throw new FetchException(robotsUrl, ex.status(), Kind.BAD_BODY, e.getMessage(), null, e);
      }
    }
    return new RobotsCache.Answer(ex.status(), body, ex.headers().firstValue("Content-Type").orElse(null));
  }

  private static void requireHttp(URI original, URI url) throws FetchException {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
      String where = original.equals(url) ? "" : " (redirect target)";
      throw new FetchException(original, 0, Kind.BAD_URL, "not an http(s) URL with a host: " + url + where, null, null);
    }
  }

  @Override
  public void close() {
    sender.close();
  }
}
