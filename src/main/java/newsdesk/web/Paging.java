package newsdesk.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * List paging for the API: {@code limit} (1-{@value #MAX_LIMIT}, default {@value #DEFAULT_LIMIT})
 * and an opaque {@code cursor} (URL-safe base64 of a position the server chose). Anything else is a 400.
 */
record Paging(int limit, String position) {
  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 100;

  static Paging of(Context ctx) {
    String l = ctx.queryParam("limit");
    int limit = DEFAULT_LIMIT;
    if (l != null) {
      try {
        limit = Integer.parseInt(l.strip());
      } catch (NumberFormatException e) {
        throw HttpProblem.badRequest("limit must be a whole number, got '" + l + "'");
      }
      if (limit < 1 || limit > MAX_LIMIT) throw HttpProblem.badRequest("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
    }
    String c = ctx.queryParam("cursor");
    String position = null;
    if (c != null) {
      try {
        position = new String(Base64.getUrlDecoder().decode(c.strip()), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        throw HttpProblem.badRequest("cursor '" + c + "' is not one this server gave out");
      }
      if (position.isEmpty()) throw HttpProblem.badRequest("cursor is empty");
    }
    return new Paging(limit, position);
  }

  /** The position as a non-negative number (ids, offsets); anything else is a 400. */
  long number() {
    if (position == null) return 0;
    try {
      long n = Long.parseLong(position);
      if (n < 0) throw new NumberFormatException();
      return n;
    } catch (NumberFormatException e) {
      throw HttpProblem.badRequest("cursor is not one this server gave out");
    }
  }

  static String cursor(String position) {
    return position == null ? null : Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
  }

  /** The list body: {@code {"items": [...], "next": cursor-or-null}}. */
  static Map<String, Object> page(List<?> items, String nextPosition) {
    java.util.LinkedHashMap<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("items", items);
    m.put("next", cursor(nextPosition));
    return m;
  }
}
