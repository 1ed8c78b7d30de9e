package newsdesk.search;

/**
 * A search query that cannot be searched (empty, an operator without its words, broken syntax).
 * The message is short and meant for the reader: it quotes the query and says what is wrong,
 * never the parser's internals.
 */
public final class InvalidQueryException extends IllegalArgumentException {
  private final String query;

  public InvalidQueryException(String query, String message) {
    super(message);
    this.query = query;
  }

  /** The query as the reader typed it. */
  public String query() {
    return query;
  }
}
