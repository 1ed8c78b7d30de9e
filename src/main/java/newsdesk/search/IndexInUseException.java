package newsdesk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The index folder's write lock is held by another process (a running {@code newsdesk serve},
 * {@code run} or {@code reindex}, or another command that writes the index): only one process can write a Lucene
 * index, while any number can read it ({@link LuceneArticleIndex#openReadOnly}).
 */
public final class IndexInUseException extends UncheckedIOException {
  private final Path folder;

  public IndexInUseException(Path folder, IOException cause) {
    super("another newsdesk process (serve, run or reindex) is using " + folder + "; wait for it to finish or stop it", cause);
    this.folder = folder;
  }

  /** The index folder that is in use. */
  public Path folder() {
    return folder;
  }
}
