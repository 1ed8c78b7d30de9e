package newsdesk.web;

/**
 * What every page's layout needs.
 *
 * @param root        path prefix of the base URL ("" or e.g. "/news"), put before every link
 * @param loggedIn    whether the reader is logged in (shows the forms that change state)
 * @param csrf        the CSRF token forms carry
 * @param query       the search box's text
 * @param attribution whether the Wikinews licence line is shown (demo articles on the page)
 */
public record PageContext(String root, boolean loggedIn, String csrf, String query, boolean attribution) {
  public PageContext withQuery(String q) {
    return new PageContext(root, loggedIn, csrf, q, attribution);
  }

  public PageContext withAttribution(boolean a) {
    return new PageContext(root, loggedIn, csrf, query, a);
  }
}
