package newsdesk.text;

/**
 * The sentence-embedding model cannot be used in this process at all (it failed to load, e.g. no
 * ONNX Runtime build for this platform), as opposed to failing on one text. Callers turn
 * embeddings off rather than retrying.
 */
public final class EmbedderUnavailableException extends RuntimeException {
  public EmbedderUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
