package newsdesk.text;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A {@link SentenceEmbedder} that builds its delegate on first use: a pipeline whose documents are
 * all long (and so never embedded) does not pay the model's load time and memory. Thread-safe; the
 * delegate is built once. When building it fails, that is remembered: every call then throws
 * {@link EmbedderUnavailableException} without trying to load again.
 */
public final class LazySentenceEmbedder implements SentenceEmbedder {
  private final Supplier<? extends SentenceEmbedder> loader;
  private volatile SentenceEmbedder delegate;
  private volatile EmbedderUnavailableException failure;

  public LazySentenceEmbedder(Supplier<? extends SentenceEmbedder> loader) {
    this.loader = Objects.requireNonNull(loader, "loader");
  }

  /** Whether the delegate has been built. */
  public boolean loaded() {
    return delegate != null;
  }

  @Override
  public int dimensions() {
    return delegate().dimensions();
  }

  @Override
  public float[] embed(String text) {
    return delegate().embed(text);
  }

  private SentenceEmbedder delegate() {
    SentenceEmbedder d = delegate;
    if (d == null) {
      synchronized (this) {
        if (failure != null) throw failure;
        d = delegate;
        if (d == null) {
          try {
            d = Objects.requireNonNull(loader.get(), "the loader returned no embedder");
          } catch (RuntimeException | LinkageError e) {
            failure = new EmbedderUnavailableException("the sentence-embedding model could not be loaded: " + e, e);
            throw failure;
          }
          delegate = d;
        }
      }
    }
    return d;
  }
}
