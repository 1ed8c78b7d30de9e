package newsdesk.publish;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import newsdesk.store.WebUrls;

/**
 * Turns digest stories into an {@link OutputFeed}: one entry per story, linked to its page; a story
 * without a brief says {@link DigestStory#NO_TEXT_NOTE} as its summary. An entry's HTML is the
 * story's card as the Markdown digest shows it ({@link MarkdownDigestRenderer}): the brief, "Read
 * more" (or "From" the outlet when no page can be linked), "Also covered by" ({@link OtherCoverage})
 * and the related stories, linked to their pages and dated by day as the Markdown digest dates them;
 * only http(s) addresses are links.
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
      html.append("<p>Read more at ").append(link(s.readMore().url(), s.readMore().outlet())).append("</p>");
    } else if (s.readMore() != null && s.readMore().url() != null) {
      html.append("<p>Read more at ").append(escape(s.readMore().outlet())).append("</p>"); // never a javascript: link
    } else if (s.readMore() != null && s.readMore().outlet() != null && !s.readMore().outlet().isBlank()) {
      html.append("<p>From ").append(escape(s.readMore().outlet())).append("</p>"); // no page to send the reader to
    }
    List<OtherCoverage> others = OtherCoverage.of(s);
    if (!others.isEmpty()) {
      html.append("<p>Also covered by: ").append(String.join(", ", others.stream().map(DigestFeeds::coverage).toList())).append("</p>");
    }
    if (!s.related().isEmpty()) {
      html.append("<p>Related:</p><ul>");
      for (DigestStory.Related r : s.related()) {
        html.append("<li>").append(link(baseUrl + "/stories/" + URLEncoder.encode(r.id(), StandardCharsets.UTF_8), r.headline()));
        String relatedDay = TextDigestRenderer.day(r);
        if (relatedDay != null) html.append(" (").append(relatedDay).append(')');
        if (!r.summary().isBlank()) html.append(": ").append(escape(r.summary()));
        html.append("</li>");
      }
      html.append("</ul>");
    }
    Instant updated = s.updated() != null ? s.updated() : now;
    return new OutputFeed.Item("urn:newsdesk:story:" + URLEncoder.encode(s.id(), StandardCharsets.UTF_8), s.headline(),
        baseUrl + "/stories/" + URLEncoder.encode(s.id(), StandardCharsets.UTF_8), s.published(), updated, outlets,
        String.join("\n\n", summary), html.toString(), s.language());
  }

  /**
   * One outlet of "Also covered by": its name linked to its article, or, for several, the name then
   * each article as a numbered link, as the Markdown digest writes it.
   */
  private static String coverage(OtherCoverage o) {
    if (o.articles().size() == 1) {
      String linked = link(o.articles().getFirst().url(), o.outlet());
      return o.count() == null ? linked : linked + " (" + o.count() + ")";
    }
    List<String> numbered = new java.util.ArrayList<>();
    for (int i = 0; i < o.articles().size(); i++) numbered.add(link(o.articles().get(i).url(), Integer.toString(i + 1)));
    return escape(o.outlet()) + " (" + o.count() + ": " + String.join(", ", numbered) + ")";
  }

  /** {@code text} escaped, linked to {@code url} when that is an http(s) address. */
  private static String link(String url, String text) {
    return isWebUrl(url) ? "<a href=\"" + escape(url) + "\">" + escape(text) + "</a>" : escape(text);
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
