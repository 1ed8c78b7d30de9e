package newsdesk.pipeline;

/**
 * Pages and RSS feeds of a small outlet for the multi-outlet scenario tests: an article page with
 * the outlet's name, an optional {@code rel=canonical}, navigation and a footer around the text
 * (one {@code <p>} per line), and an RSS 2.0 feed of items dated on 2026-11-29.
 */
final class OutletPages {
  private OutletPages() {}

  /** An article page of {@code site}; {@code canonical} may be null (no canonical link). */
  static String page(String site, String title, String canonical, String text) {
    StringBuilder html = new StringBuilder("<html><head><title>").append(title).append(" | ").append(site)
        .append("</title><meta property=\"og:site_name\" content=\"").append(site).append("\">");
    if (canonical != null) html.append("<link rel=canonical href=\"").append(canonical).append("\">");
    html.append("</head><body><nav><a href=/>Home</a> <a href=/news>News</a></nav><article><h1>").append(title)
        .append("</h1>");
    for (String p : text.split("\n")) html.append("<p>").append(p).append("</p>");
    return html.append("</article><footer>All rights reserved.</footer></body></html>").toString();
  }

  /** An RSS 2.0 feed titled {@code title} holding {@code items} ({@link #item}). */
  static String feed(String title, String items) {
    return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>" + title + "</title>" + items + "</channel></rss>";
  }

  /** An RSS item published at {@code hour} (0-9) o'clock GMT on 2026-11-29. */
  static String item(String link, String title, String description, int hour) {
    return "<item><title>" + title + "</title><link>" + link + "</link><guid>" + link + "</guid><description>"
        + description + "</description><pubDate>Sun, 29 Nov 2026 0" + hour + ":00:00 GMT</pubDate></item>";
  }
}
