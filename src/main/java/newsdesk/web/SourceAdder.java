package newsdesk.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import newsdesk.store.NewsStore;
import newsdesk.store.Source;

/**
 * Adds a source from an address the reader typed. The one place the web UI and the API subscribe
 * to something: feed discovery from a site's address belongs here once it exists.
 */
final class SourceAdder {
  private final NewsStore store;

  SourceAdder(NewsStore store) {
    this.store = store;
  }

  /** Adds (or finds) the source at {@code url}; a non-http(s) or malformed address is a 400. */
  Source add(String url) {
    return store.addSource(checked(url), "feed", null, null);
  }

  static String checked(String url) {
    if (url == null || url.isBlank()) throw HttpProblem.badRequest("url is missing");
    String u = url.strip();
    if (u.length() > 2000) throw HttpProblem.badRequest("url is longer than 2000 characters");
    try {
      URI uri = new URI(u);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        throw HttpProblem.badRequest("url must be an absolute http:// or https:// address, got '" + u + "'");
      }
      return uri.toString();
    } catch (URISyntaxException e) {
      throw HttpProblem.badRequest("url '" + u + "' is not a valid address: " + e.getReason());
    }
  }
}
