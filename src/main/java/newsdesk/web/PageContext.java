package newsdesk.web;

/**
 * What every page's layout needs.
 *
 * @param root        path prefix of the base URL ("" or e.g. "/news"), put before every link
 * @param loggedIn    whether the reader is logged in (shows the forms that change state)
 * @param csrf        the CSRF token forms carry
 * @param query       the search box's text
 * @param licences    the licence lines the page carries: those of the outlets whose articles it shows
 *                    ({@link OutletLicences})
 */
public record PageContext(String root, boolean loggedIn, String csrf, String query, java.util.List<OutletLicence> licences) {
  public PageContext {
    licences = java.util.List.copyOf(licences);
  }

  public PageContext withQuery(String q) {
    return new PageContext(root, loggedIn, csrf, q, licences);
  }

  public PageContext withLicences(java.util.List<OutletLicence> l) {
    return new PageContext(root, loggedIn, csrf, query, l);
  }
}
