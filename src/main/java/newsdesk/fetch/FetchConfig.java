package newsdesk.fetch;

import java.time.Duration;
import java.util.Map;

/**
 * Settings of the HTTP fetcher. Defaults ({@link #defaults()}) are meant for the open web; tests
 * and the demo shrink the delays and lift the private-network guard.
 *
 * @param userAgent            the User-Agent sent (its first word is also the robots.txt name)
 * @param connectTimeout       time to open a connection
 * @param requestTimeout       total time for one exchange, headers and body: a server that
 *                             trickles its body slower than this is cut off. Each redirect hop and each
 *                             retry is an exchange of its own; a caller that needs a bound on a whole
 *                             fetch passes a {@link Deadline}
 * @param maxBodyBytes         bodies beyond this are cut and reported as truncated (both the bytes
 *                             on the wire and the decompressed bytes are capped)
 * @param mirrors              URL prefix rewrites (original prefix to the prefix actually requested), so
 *                             that a local mirror can serve another site's URLs; the caller still sees
 *                             the original URLs. A mirror is configured by the operator, so requests it
 *                             serves skip the private-network guard and the per-host delay
 * @param allowPrivateNetwork  when false, URLs whose host resolves to a loopback, private, link-local
 *                             or other special address are refused (server-side request forgery)
 * @param maxRedirects         redirects followed before giving up
 * @param maxRetries           retries after a 429 or 503 answer
 * @param retryBaseDelay       first retry delay when the server gives no Retry-After; doubled per retry
 * @param maxRetryWait         the longest wait a fetch sits through before retrying; a server asking
 *                             for longer fails the fetch, carrying its Retry-After for the scheduler
 * @param maxConcurrentPerHost requests to one host at the same time
 * @param minHostDelay         minimum time between the starts of two requests to the same host
 * @param robotsTtl            how long a host's robots.txt is cached
 * @param discoveryDeadline    the most one feed discovery ({@code sources add}, the web form, the API)
 *                             may take in all, however many addresses it tries; what it could not try
 *                             in time is named
 * @param guessTimeout         the time a guessed address (a site's home page, common feed and sitemap
 *                             paths, robots.txt) gets during discovery; once one times out, no further
 *                             address is guessed on that host
 */
public record FetchConfig(
    String userAgent,
    Duration connectTimeout,
    Duration requestTimeout,
    long maxBodyBytes,
    Map<String, String> mirrors,
    boolean allowPrivateNetwork,
    int maxRedirects,
    int maxRetries,
    Duration retryBaseDelay,
    Duration maxRetryWait,
    int maxConcurrentPerHost,
    Duration minHostDelay,
    Duration robotsTtl,
    Duration discoveryDeadline,
    Duration guessTimeout) {
  public static final long DEFAULT_MAX_BODY = 10L * 1024 * 1024;

  public FetchConfig {
    mirrors = Map.copyOf(mirrors);
    if (userAgent == null || userAgent.isBlank()) throw new IllegalArgumentException("userAgent must not be blank");
    if (maxBodyBytes <= 0) throw new IllegalArgumentException("maxBodyBytes must be positive, got " + maxBodyBytes);
    if (maxRedirects < 0) throw new IllegalArgumentException("maxRedirects must be >= 0, got " + maxRedirects);
    if (maxRetries < 0) throw new IllegalArgumentException("maxRetries must be >= 0, got " + maxRetries);
    if (maxConcurrentPerHost <= 0) {
      throw new IllegalArgumentException("maxConcurrentPerHost must be positive, got " + maxConcurrentPerHost);
    }
    positive("connectTimeout", connectTimeout);
    positive("requestTimeout", requestTimeout);
    notNegative("retryBaseDelay", retryBaseDelay);
    notNegative("maxRetryWait", maxRetryWait);
    notNegative("minHostDelay", minHostDelay);
    notNegative("robotsTtl", robotsTtl);
    positive("discoveryDeadline", discoveryDeadline);
    positive("guessTimeout", guessTimeout);
  }

  public static FetchConfig defaults() {
    return new FetchConfig("newsdesk/0.1 (+https://github.com/newsdesk; self-hosted news digest)",
        Duration.ofSeconds(10), Duration.ofSeconds(30), DEFAULT_MAX_BODY, Map.of(), false, 5, 2,
        Duration.ofSeconds(1), Duration.ofSeconds(30), 2, Duration.ofSeconds(1), Duration.ofHours(24),
        Duration.ofSeconds(60), Duration.ofSeconds(8));
  }

  public FetchConfig withMirrors(Map<String, String> newMirrors) {
    return new FetchConfig(userAgent, connectTimeout, requestTimeout, maxBodyBytes, newMirrors, allowPrivateNetwork,
        maxRedirects, maxRetries, retryBaseDelay, maxRetryWait, maxConcurrentPerHost, minHostDelay, robotsTtl,
        discoveryDeadline, guessTimeout);
  }

  public FetchConfig withAllowPrivateNetwork(boolean allow) {
    return new FetchConfig(userAgent, connectTimeout, requestTimeout, maxBodyBytes, mirrors, allow,
        maxRedirects, maxRetries, retryBaseDelay, maxRetryWait, maxConcurrentPerHost, minHostDelay, robotsTtl,
        discoveryDeadline, guessTimeout);
  }

  public FetchConfig withTimeouts(Duration connect, Duration request) {
    return new FetchConfig(userAgent, connect, request, maxBodyBytes, mirrors, allowPrivateNetwork,
        maxRedirects, maxRetries, retryBaseDelay, maxRetryWait, maxConcurrentPerHost, minHostDelay, robotsTtl,
        discoveryDeadline, guessTimeout);
  }

  public FetchConfig withMaxBodyBytes(long bytes) {
    return new FetchConfig(userAgent, connectTimeout, requestTimeout, bytes, mirrors, allowPrivateNetwork,
        maxRedirects, maxRetries, retryBaseDelay, maxRetryWait, maxConcurrentPerHost, minHostDelay, robotsTtl,
        discoveryDeadline, guessTimeout);
  }

  public FetchConfig withRetries(int retries, Duration baseDelay, Duration maxWait) {
    return new FetchConfig(userAgent, connectTimeout, requestTimeout, maxBodyBytes, mirrors, allowPrivateNetwork,
        maxRedirects, retries, baseDelay, maxWait, maxConcurrentPerHost, minHostDelay, robotsTtl,
        discoveryDeadline, guessTimeout);
  }

  public FetchConfig withPoliteness(int concurrentPerHost, Duration hostDelay) {
    return new FetchConfig(userAgent, connectTimeout, requestTimeout, maxBodyBytes, mirrors, allowPrivateNetwork,
        maxRedirects, maxRetries, retryBaseDelay, maxRetryWait, concurrentPerHost, hostDelay, robotsTtl,
        discoveryDeadline, guessTimeout);
  }

  public FetchConfig withMaxRedirects(int redirects) {
    return new FetchConfig(userAgent, connectTimeout, requestTimeout, maxBodyBytes, mirrors, allowPrivateNetwork,
        redirects, maxRetries, retryBaseDelay, maxRetryWait, maxConcurrentPerHost, minHostDelay, robotsTtl,
        discoveryDeadline, guessTimeout);
  }

  /** These limits for feed discovery: {@code deadline} in all, {@code guess} per guessed address. */
  public FetchConfig withDiscoveryTimes(Duration deadline, Duration guess) {
    return new FetchConfig(userAgent, connectTimeout, requestTimeout, maxBodyBytes, mirrors, allowPrivateNetwork,
        maxRedirects, maxRetries, retryBaseDelay, maxRetryWait, maxConcurrentPerHost, minHostDelay, robotsTtl, deadline, guess);
  }

  /**
   * The longest any one exchange can be waited for: it is cut at {@link #connectTimeout} while it
   * connects and at {@link #requestTimeout} in all, so a longer limit a caller sets for one request
   * ({@link #guessTimeout}) would not be kept to.
   */
  public Duration exchangeLimit() {
    return connectTimeout.compareTo(requestTimeout) <= 0 ? connectTimeout : requestTimeout;
  }

  /** The product token robots.txt rules are matched against: the User-Agent's first word. */
  public String robotName() {
    String first = userAgent.strip().split("[\\s/]", 2)[0];
    return first.isEmpty() ? "newsdesk" : first.toLowerCase(java.util.Locale.ROOT);
  }

  private static void positive(String name, Duration d) {
    if (d == null || d.isNegative() || d.isZero()) throw new IllegalArgumentException(name + " must be positive, got " + d);
  }

  private static void notNegative(String name, Duration d) {
    if (d == null || d.isNegative()) throw new IllegalArgumentException(name + " must not be negative, got " + d);
  }
}
