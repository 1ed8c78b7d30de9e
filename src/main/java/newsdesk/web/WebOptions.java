package newsdesk.web;

import newsdesk.sources.FeedDiscovery;
import java.net.URI;
import java.time.Clock;
import java.util.Locale;

/**
 * How the web UI is reached and run.
 *
 * @param baseUrl     the public address (for absolute links in feeds and behind a reverse proxy),
 *                    without a trailing slash; null to take scheme and host from each request
 * @param password    the password from {@code NEWSDESK_PASSWORD}, or null to use the stored one
 *                    (generated and printed once at first start)
 * @param clock       the clock (sessions, "new since last visit", retention)
 * @param discovery   finds the feeds behind an address a reader adds; null follows addresses as given
 * @param polls       whether this process also fetches the sources ({@code newsdesk run}); the pages
 *                    promise that a new source is read only then, and otherwise say how to read it
 */
public record WebOptions(String baseUrl, String password, Clock clock, FeedDiscovery discovery, boolean polls) {
  public WebOptions {
    if (baseUrl != null) baseUrl = normalizeBaseUrl(baseUrl);
    if (password != null && password.isBlank()) password = null;
    if (clock == null) clock = Clock.systemUTC();
  }

  /** Options for a process that only serves (it does not fetch the sources). */
  public WebOptions(String baseUrl, String password, Clock clock, FeedDiscovery discovery) {
    this(baseUrl, password, clock, discovery, false);
  }

  /** Defaults: addresses from requests, the stored password, the system clock, no fetching. */
  public static WebOptions defaults() {
    return new WebOptions(null, null, Clock.systemUTC(), null);
  }

  /** The same options for a process that does ({@code true}) or does not fetch the sources. */
  public WebOptions withPolling(boolean polls) {
    return new WebOptions(baseUrl, password, clock, discovery, polls);
  }

  /** True when the base URL is https: session cookies are then marked Secure. */
  public boolean secure() {
    return baseUrl != null && baseUrl.toLowerCase(Locale.ROOT).startsWith("https://");
  }

  /** The path prefix of the base URL ("" or e.g. "/news"), put before every link in pages. */
  public String root() {
    if (baseUrl == null) return "";
    String path = URI.create(baseUrl).getRawPath();
    return path == null ? "" : path;
  }

  /** Checks that {@code url} is an absolute http(s) URL with no query or fragment; drops a trailing slash. */
  public static String normalizeBaseUrl(String url) {
    URI u;
    try {
      u = new URI(url.strip());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException("base URL '" + url + "' is not a URL: " + e.getMessage());
    }
    String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || u.getHost() == null) {
      throw new IllegalArgumentException("base URL '" + url + "' must be an absolute http:// or https:// URL");
    }
    if (u.getRawQuery() != null || u.getRawFragment() != null) {
      throw new IllegalArgumentException("base URL '" + url + "' must not have a query or fragment");
    }
    String s = u.toString();
    while (s.endsWith("/")) s = s.substring(0, s.length() - 1);
    return s;
  }
}
