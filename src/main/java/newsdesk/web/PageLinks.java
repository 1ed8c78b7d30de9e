package newsdesk.web;

/**
 * The links between the numbered pages of a list on an HTML page ({@code ?page=N}, counted from 0
 * as in the search page's links; the first page's address has no {@code page}). The lists behind
 * them are in a stable order (the front page's ranking, stories newest first, search hits), so a
 * page number names the same items while the store is unchanged.
 *
 * @param previous the previous page's address, or null on the first page
 * @param next     the next page's address, or null on the last page
 * @param last     on a page past the end of a list that has items: the address of its last page; else null
 */
public record PageLinks(String previous, String next, String last) {
  /** Pages 0 to this are served; deeper shows no items (the API's deepest offset, 1000, in pages of 20). */
  static final int MAX_PAGE = 50;

  /** True when there is a link to show (another page, or the way back from past the end). */
  public boolean any() {
    return previous != null || next != null;
  }

  /** True when the page asked for is past the end of a list that is not empty. */
  public boolean pastEnd() {
    return last != null;
  }

  /**
   * The links of page {@code page} of a list at {@code path} (root included) asked by {@code query}
   * (without {@code page}; "" when none).
   *
   * @param more  whether items follow this page
   * @param total how many items the list holds when this page is past its end (0 for an empty list);
   *              ignored otherwise
   * @param size  items per page
   */
  static PageLinks of(String path, String query, int page, boolean more, int shown, int total, int size) {
    if (shown == 0 && page > 0) {
      return total == 0 ? new PageLinks(null, null, null)
          : new PageLinks(href(path, query, (total - 1) / size), null, href(path, query, (total - 1) / size));
    }
    return new PageLinks(page > 0 ? href(path, query, page - 1) : null, more ? href(path, query, page + 1) : null, null);
  }

  /** The title of page {@code page} (from 0) of a list titled {@code title}: "Digest", "Digest, page 2". */
  public static String title(String title, int page) {
    return page == 0 ? title : title + ", page " + (page + 1);
  }

  static String href(String path, String query, int page) {
    String q = page == 0 ? query : query.isEmpty() ? "page=" + page : query + "&page=" + page;
    return q.isEmpty() ? path : path + "?" + q;
  }

  /**
   * The page number of a request's {@code page} parameter (null: the first page). A number past the
   * deepest page served reads as {@code MAX_PAGE + 1}, a page past the end of every list, which
   * shows the way back to its last page; anything but a number of at least 0 is a 400.
   */
  static int parse(String p) {
    if (p == null) return 0;
    try {
      String digits = p.strip();
      if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) throw new NumberFormatException();
      digits = digits.replaceFirst("^0+(?=.)", "");
      if (digits.length() > 9) return MAX_PAGE + 1;
      return Math.min(Integer.parseInt(digits), MAX_PAGE + 1);
    } catch (NumberFormatException e) {
      throw HttpProblem.badRequest("page must be a number of 0 or more, got '" + p + "'");
    }
  }
}
