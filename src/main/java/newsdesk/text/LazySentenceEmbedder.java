package newsdesk.text;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A {@link SentenceEmbedder} that builds its delegate on first use: a pipeline whose documents are
 * all long (and so never embedded) does not pay the model's load time and memory. Thread-safe; the
 * delegate is built once.
 */
public final class LazySentenceEmbedder implements SentenceEmbedder {
  private final Supplier<? extends SentenceEmbedder> loader;
  private volatile SentenceEmbedder delegate;

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
        d = delegate;
        if (d == null) {
          d = Objects.requireNonNull(loader.get(), "the loader returned no embedder");
          delegate = d;
        }
      }
    }
    return d;
  }
}
