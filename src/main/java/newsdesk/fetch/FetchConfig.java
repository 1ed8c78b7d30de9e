package newsdesk.fetch;

import java.time.Duration;
import java.util.Map;

/**
 * Settings of the HTTP fetcher.
 *
 * @param userAgent      the User-Agent sent
 * @param connectTimeout time to open a connection
 * @param requestTimeout time for the whole response
 * @param maxBodyBytes   bodies beyond this are cut and reported as truncated
 * @param mirrors        URL prefix rewrites (original prefix to the prefix actually requested), so
 *                       that a local mirror can serve another site's URLs; the caller still sees
 *                       the original URLs
 */
public record FetchConfig(
    String userAgent, Duration connectTimeout, Duration requestTimeout, long maxBodyBytes, Map<String, String> mirrors) {
  public static final long DEFAULT_MAX_BODY = 10L * 1024 * 1024;

  public FetchConfig {
    mirrors = Map.copyOf(mirrors);
    if (maxBodyBytes <= 0) throw new IllegalArgumentException("maxBodyBytes must be positive, got " + maxBodyBytes);
  }

  public static FetchConfig defaults() {
    return new FetchConfig("newsdesk/0.1 (+https://github.com/newsdesk; self-hosted news digest)",
        Duration.ofSeconds(10), Duration.ofSeconds(30), DEFAULT_MAX_BODY, Map.of());
  }

  public FetchConfig withMirrors(Map<String, String> newMirrors) {
    return new FetchConfig(userAgent, connectTimeout, requestTimeout, maxBodyBytes, newMirrors);
  }
}
