package newsdesk.sources;

/**
 * One subscription of an OPML file.
 *
 * @param title   the outline's title (or text), or null
 * @param xmlUrl  the feed's (or sitemap's) URL
 * @param htmlUrl the site's home page, or null
 * @param type    {@code rss} for feeds (the OPML convention, whatever the feed's format) or {@code sitemap}
 * @param folder  the enclosing outlines' titles joined by " / ", or null at the top level
 */
public record OpmlOutline(String title, String xmlUrl, String htmlUrl, String type, String folder) {
  public OpmlOutline {
    if (xmlUrl == null || xmlUrl.isBlank()) throw new IllegalArgumentException("xmlUrl must not be blank");
    if (type == null || type.isBlank()) type = "rss";
  }
}
