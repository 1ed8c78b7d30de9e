package newsdesk.cli;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The cursor of {@code newsdesk search --cursor}: the web API's search cursor, URL-safe base64 of the
 * number of hits already shown, so that a script pages the command as it pages {@code /api/v1/search}
 * (and a cursor of one answers the same place in the other, for the same query and page size). It is
 * opaque to the user: pass back the {@code next} the previous page printed.
 */
final class SearchCursor {
  private SearchCursor() {}

  /** The cursor of the page that starts after {@code offset} hits. */
  static String of(long offset) {
    if (offset < 0) throw new IllegalArgumentException("offset must not be negative, got " + offset);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(Long.toString(offset).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The number of hits to skip for {@code cursor}: 0 when it is null (the first page).
   *
   * @throws UserError when it is not a cursor {@code newsdesk search} (or the API) gives out
   */
  static int offset(String cursor) {
    if (cursor == null) return 0;
    try {
      long n = Long.parseLong(new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8));
      if (n < 0 || n > Integer.MAX_VALUE - 1) throw new NumberFormatException();
      return (int) n;
    } catch (IllegalArgumentException e) { // NumberFormatException is one
      throw new UserError("--cursor '" + cursor + "' is not a cursor newsdesk search gave out; pass the \"next\" of the page before");
    }
  }
}
