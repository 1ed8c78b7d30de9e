package newsdesk.text;

/**
 * Maps a text to a dense vector whose cosine with another text's vector measures how close their
 * meanings are (a sentence embedding). Implementations are deterministic: the same text gives the
 * same vector, bit for bit, in one process.
 */
public interface SentenceEmbedder {
  /** Length of every vector {@link #embed} returns. */
  int dimensions();

  /**
   * The text's embedding: unit length, {@link #dimensions()} long; all zeros for a text without a
   * letter or digit (no content: its cosine with anything is 0). Implementations may look at a
   * bounded prefix of a long text only, and say how long.
   */
  float[] embed(String text);
}
