package newsdesk.publish;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import newsdesk.store.WebUrls;

/**
 * Turns digest stories into an {@link OutputFeed}: one entry per story, linked to its page; a story
 * without a brief says {@link DigestStory#NO_TEXT_NOTE} as its summary.
 */
public final class DigestFeeds {
  private DigestFeeds() {}

  /**
   * The digest feed.
   *
   * @param stories the stories, in the order the feed lists them
   * @param baseUrl absolute base of the web UI, without a trailing slash
   * @param feedUrl the feed's own absolute address
   * @param now     the feed's time when it has no story
   */
  public static OutputFeed digest(List<DigestStory> stories, String baseUrl, String feedUrl, Instant now) {
    List<OutputFeed.Item> items = stories.stream().map(s -> item(s, baseUrl, now)).toList();
    Instant updated = stories.stream().map(DigestStory::updated).filter(Objects::nonNull).max(Instant::compareTo).orElse(now);
    return new OutputFeed("urn:newsdesk:digest", "newsdesk digest", baseUrl + "/", feedUrl, updated, items);
  }

  static OutputFeed.Item item(DigestStory s, String baseUrl, Instant now) {
    List<String> outlets = s.outlets().stream().map(DigestStory.Coverage::name).filter(Objects::nonNull).distinct().toList();
    StringBuilder html = new StringBuilder();
    List<String> summary = s.textUnavailable() ? List.of(DigestStory.NO_TEXT_NOTE) : s.summary();
    for (String p : summary) html.append("<p>").append(escape(p)).append("</p>");
    if (s.readMore() != null && isWebUrl(s.readMore().url())) {
      html.append("<p>Read more at <a href=\"").append(escape(s.readMore().url())).append("\">")
          .append(escape(s.readMore().outlet())).append("</a></p>");
    }
    Instant updated = s.updated() != null ? s.updated() : now;
    return new OutputFeed.Item("urn:newsdesk:story:" + URLEncoder.encode(s.id(), StandardCharsets.UTF_8), s.headline(),
        baseUrl + "/stories/" + URLEncoder.encode(s.id(), StandardCharsets.UTF_8), s.published(), updated, outlets,
        String.join("\n\n", summary), html.toString(), s.language());
  }

  /** True for absolute http(s) URLs: the only links newsdesk writes into pages and feeds. */
  public static boolean isWebUrl(String url) {
    return WebUrls.isWebUrl(url);
  }

  /** Escapes text for HTML element content and attribute values. */
  public static String escape(String s) {
    if (s == null) return "";
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
