package newsdesk.store;

/**
 * What a user filed about a source besides its feed: for OPML import and export.
 *
 * @param siteUrl the site's home page (OPML {@code htmlUrl}), or null
 * @param folder  the folder it is filed under (the enclosing OPML outlines, joined by " / "), or null
 */
public record SourceProfile(String siteUrl, String folder) {
  public static final SourceProfile NONE = new SourceProfile(null, null);
}
