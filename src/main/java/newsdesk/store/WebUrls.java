package newsdesk.store;

import java.util.Locale;

/**
 * The one test of whether a link may be followed or shown: an absolute http(s) URL. Feeds carry
 * other schemes ({@code javascript:}, {@code data:}, {@code mailto:}, relative links that could not
 * be resolved); newsdesk neither fetches them nor writes them into a page, a feed or the API.
 */
public final class WebUrls {
  private WebUrls() {}

  /** True for an absolute http(s) URL with something after the scheme; false for null. */
  public static boolean isWebUrl(String url) {
    if (url == null) return false;
    String u = url.strip().toLowerCase(Locale.ROOT);
    return u.startsWith("https://") && u.length() > 8 || u.startsWith("http://") && u.length() > 7;
  }

  /** {@code url} when it {@link #isWebUrl is a web URL}, else null. */
  public static String webUrlOrNull(String url) {
    return isWebUrl(url) ? url : null;
  }
}
