package newsdesk.search;

import java.io.IOException;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.util.IOUtils;

/**
 * An index folder whose write lock this process takes once and keeps until {@link #close()}. An
 * {@link IndexWriter} opened on it borrows that lock: closing the writer, or a writer that fails
 * to open, does not release it. So a rebuild can delete a damaged index and then open its new
 * writer without another process (a {@code serve} or {@code run} starting) taking the folder in
 * between.
 */
final class HeldLockDirectory extends FilterDirectory {
  private final Lock lock;

  private HeldLockDirectory(FSDirectory folder, Lock lock) {
    super(folder);
    this.lock = lock;
  }

  /**
   * Takes the write lock of {@code folder}. When another writer holds it this throws Lucene's
   * {@code LockObtainFailedException} and closes {@code folder}.
   */
  static HeldLockDirectory lock(FSDirectory folder) throws IOException {
    try {
      return new HeldLockDirectory(folder, folder.obtainLock(IndexWriter.WRITE_LOCK_NAME));
    } catch (IOException | RuntimeException e) {
      IOUtils.closeWhileHandlingException(folder);
      throw e;
    }
  }

  /** The held write lock, lent (closing it does nothing); any other lock as the folder gives it. */
  @Override
  public Lock obtainLock(String name) throws IOException {
    if (!name.equals(IndexWriter.WRITE_LOCK_NAME)) return super.obtainLock(name);
    lock.ensureValid();
    return new Lock() {
      @Override
      public void close() {
        // the folder stays locked until HeldLockDirectory.close()
      }

      @Override
      public void ensureValid() throws IOException {
        lock.ensureValid();
      }
    };
  }

  /**
   * Deletes every file of the index but the lock. Commit points go first, so that a crash midway
   * leaves no commit that names a deleted file: the next writer starts empty.
   */
  void deleteAllButLock() throws IOException {
    for (String name : listAll()) {
      if (name.startsWith(IndexFileNames.SEGMENTS) || name.startsWith(IndexFileNames.PENDING_SEGMENTS)) deleteFile(name);
    }
    for (String name : listAll()) {
      if (!name.equals(IndexWriter.WRITE_LOCK_NAME)) deleteFile(name);
    }
  }

  /** Releases the write lock, then closes the folder. */
  @Override
  public void close() throws IOException {
    try {
      lock.close();
    } finally {
      super.close();
    }
  }
}
