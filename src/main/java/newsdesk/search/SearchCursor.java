package newsdesk.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * Where a page of search results ended: the sort key of its last hit, so that the next page starts
 * strictly after it ({@link ArticleIndex#searchAfter}). Hits are ordered by a key that is unique
 * per article, so a page never repeats a hit of an earlier page or skips one that kept its key,
 * whatever was indexed between the two requests:
 * <ul>
 *   <li>{@link Order#TIME} (newest first, and every search without words): article time, newest
 *       first (undated last), then public id;
 *   <li>{@link Order#SCORE} (relevance): score, best first, then public id. A score depends on the
 *       whole index (term statistics), so articles indexed between two pages can move other
 *       articles' scores a little: an article near the page boundary may then be repeated or
 *       missed. Time order is exact.
 * </ul>
 * An article added after the first page shows on a later page only when its key falls after the
 * cursor; one whose key moved (a rewritten article with a new time) may be repeated or missed.
 *
 * @param order     the order the cursor belongs to
 * @param value     the last hit's time (epoch milliseconds, {@link #UNDATED} when it has none) or its
 *     score ({@link Float#floatToRawIntBits} bits, so that it compares exactly)
 * @param articleId the last hit's public id
 */
public record SearchCursor(Order order, long value, String articleId) {
  /** The time key of an article without a time (they come last, newest first). */
  public static final long UNDATED = 0L;

  /** The order of a search: by time (newest first) or by relevance. */
  public enum Order {
    TIME("t"),
    SCORE("s");

    private final String tag;

    Order(String tag) {
      this.tag = tag;
    }
  }

  /** A cursor given to a search of the other order (a page of a relevance search asked of a newest-first one). */
  public static final class WrongOrderException extends IllegalArgumentException {
    public WrongOrderException(String message) {
      super(message);
    }
  }

  public SearchCursor {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(articleId, "articleId");
  }

  /** A cursor after a hit of time {@code epochMillis} in time order. */
  public static SearchCursor afterTime(long epochMillis, String articleId) {
    return new SearchCursor(Order.TIME, epochMillis, articleId);
  }

  /** A cursor after a hit of {@code score} in relevance order. */
  public static SearchCursor afterScore(float score, String articleId) {
    return new SearchCursor(Order.SCORE, Float.floatToRawIntBits(score), articleId);
  }

  /** The score of a {@link Order#SCORE} cursor. */
  public float score() {
    if (order != Order.SCORE) throw new IllegalStateException("a " + order + " cursor has no score");
    return Float.intBitsToFloat((int) value);
  }

  /** The readable position: {@code t:EPOCH_MILLIS:ARTICLE_ID} or {@code s:SCORE_BITS_HEX:ARTICLE_ID}. */
  public String position() {
    String v = order == Order.TIME ? Long.toString(value) : Integer.toHexString((int) value);
    return order.tag + ":" + v + ":" + articleId;
  }

  /** The opaque token handed to clients: URL-safe base64 (no padding) of {@link #position()}, as {@code /api/v1/search} gives it. */
  public String token() {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(position().getBytes(StandardCharsets.UTF_8));
  }

  /** The cursor of {@link #position()}; anything else throws {@link IllegalArgumentException}. */
  public static SearchCursor parsePosition(String position) {
    Objects.requireNonNull(position, "position");
    String[] parts = position.split(":", 3);
    if (parts.length != 3 || parts[2].isEmpty()) throw new IllegalArgumentException("not a search cursor: " + position);
    try {
      return switch (parts[0]) {
        case "t" -> new SearchCursor(Order.TIME, Long.parseLong(parts[1]), parts[2]);
        case "s" -> new SearchCursor(Order.SCORE, Integer.parseUnsignedInt(parts[1], 16), parts[2]);
        default -> throw new IllegalArgumentException("not a search cursor: " + position);
      };
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a search cursor: " + position, e);
    }
  }

  /** The cursor of {@link #token()}; anything else throws {@link IllegalArgumentException}. */
  public static SearchCursor parseToken(String token) {
    Objects.requireNonNull(token, "token");
    return parsePosition(new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8));
  }
}
