package newsdesk.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * Where a page of search results ended, so that the next page starts strictly after it
 * ({@link ArticleIndex#searchAfter}). Hits are ordered by a key that is unique per article:
 * <ul>
 *   <li>{@link Order#TIME} (newest first, and every search without words): article time, newest
 *       first (undated last), then public id. The next page starts after the last hit's key: a
 *       page never repeats a hit of an earlier page or skips one that kept its key, whatever was
 *       indexed between the two requests.
 *   <li>{@link Order#SCORE} (relevance): score, best first, then public id. A score depends on the
 *       whole index (its word statistics), so every article indexed moves every score a little: a
 *       score from an earlier request is no place in today's ranking. The next page therefore starts
 *       after the last hit itself, found again in the ranking as it is now (near where it was,
 *       {@code served}); only when it is gone from the results does the page start after as many
 *       hits as were served. A hit whose rank crosses the last hit's between two pages is repeated or missed.
 * </ul>
 * An article added after the first page shows on a later page only when it ranks after the
 * cursor; one whose key moved (a rewritten article with a new time) may be repeated or missed.
 *
 * @param order     the order the cursor belongs to
 * @param value     the last hit's time (epoch milliseconds, {@link #UNDATED} when it has none) or its
 *     score ({@link Float#floatToRawIntBits} bits, so that it compares exactly)
 * @param served    how many hits the walk has served through this cursor (where to look for the last hit again)
 * @param articleId the last hit's public id
 */
public record SearchCursor(Order order, long value, int served, String articleId) {
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
    if (served < 0) throw new IllegalArgumentException("served must not be negative, got " + served);
  }

  /** A cursor after a hit of time {@code epochMillis} in time order, the {@code served}th of the walk. */
  public static SearchCursor afterTime(long epochMillis, int served, String articleId) {
    return new SearchCursor(Order.TIME, epochMillis, served, articleId);
  }

  /** A cursor after a hit of {@code score} in relevance order, the {@code served}th of the walk. */
  public static SearchCursor afterScore(float score, int served, String articleId) {
    return new SearchCursor(Order.SCORE, Float.floatToRawIntBits(score), served, articleId);
  }

  /** The score of a {@link Order#SCORE} cursor. */
  public float score() {
    if (order != Order.SCORE) throw new IllegalStateException("a " + order + " cursor has no score");
    return Float.intBitsToFloat((int) value);
  }

  /** The readable position: {@code t:EPOCH_MILLIS:SERVED:ARTICLE_ID} or {@code s:SCORE_BITS_HEX:SERVED:ARTICLE_ID}. */
  public String position() {
    String v = order == Order.TIME ? Long.toString(value) : Integer.toHexString((int) value);
    return order.tag + ":" + v + ":" + served + ":" + articleId;
  }

  /** The opaque token handed to clients: URL-safe base64 (no padding) of {@link #position()}, as {@code /api/v1/search} gives it. */
  public String token() {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(position().getBytes(StandardCharsets.UTF_8));
  }

  /** The cursor of {@link #position()}; anything else throws {@link IllegalArgumentException}. */
  public static SearchCursor parsePosition(String position) {
    Objects.requireNonNull(position, "position");
    String[] parts = position.split(":", 4);
    if (parts.length != 4 || parts[3].isEmpty()) throw new IllegalArgumentException("not a search cursor: " + position);
    try {
      int served = Integer.parseInt(parts[2]);
      return switch (parts[0]) {
        case "t" -> new SearchCursor(Order.TIME, Long.parseLong(parts[1]), served, parts[3]);
        case "s" -> new SearchCursor(Order.SCORE, Integer.parseUnsignedInt(parts[1], 16), served, parts[3]);
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
