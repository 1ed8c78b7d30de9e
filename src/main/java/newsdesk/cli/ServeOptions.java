package newsdesk.cli;

import newsdesk.web.WebOptions;
import picocli.CommandLine.Option;

/** Where the web UI listens and how it is reached. */
public final class ServeOptions {
  @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT", description = "Port of the web UI (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
      description = "Address of the web UI (default: ${DEFAULT-VALUE}).")
  String bind;

  @Option(names = "--base-url", paramLabel = "URL",
      description = {"Public address of the web UI, for absolute links in feeds and pages behind a reverse proxy; "
          + "https also marks session cookies Secure.",
          "Example: https://news.example.org/desk. Default: taken from each request."})
  String baseUrl;

  void validate() {
    if (port < 0 || port > 65535) throw new UserError("--port must be between 0 and 65535, got " + port);
    if (baseUrl != null) {
      try {
        WebOptions.normalizeBaseUrl(baseUrl);
      } catch (IllegalArgumentException e) {
        throw new UserError("--base-url: " + e.getMessage());
      }
    }
  }

  /**
   * Fails with a one-line {@link UserError} naming the address, port and cause when the web UI could
   * not listen at {@code --bind}:{@code --port}; commands call it before they start anything else.
   */
  void checkCanListen() {
    try {
      newsdesk.web.ListenCheck.require(bind, port);
    } catch (newsdesk.web.CannotListenException e) {
      throw userError(e);
    }
  }

  static UserError userError(newsdesk.web.CannotListenException e) {
    return new UserError(e.getMessage() + " (choose another --bind or --port)", e);
  }

  /**
   * The web options: the base URL, the password from {@code NEWSDESK_PASSWORD}, and feed discovery
   * through {@code fetcher} for the sources readers add.
   */
  WebOptions webOptions(newsdesk.fetch.HttpFetcher fetcher, java.time.Clock clock) {
    var discovery = new newsdesk.sources.FeedDiscovery(fetcher, new newsdesk.feed.StandardFeedParser(),
        newsdesk.sources.SitemapReader.defaults(), clock);
    return new WebOptions(baseUrl, System.getenv("NEWSDESK_PASSWORD"), clock, discovery);
  }
}
