package newsdesk.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The three ways {@link LuceneArticleIndex} opens an index folder (to write, to rebuild, to read),
 * with the locking and the error wording they share: another process holding the folder is an
 * {@link IndexInUseException}, a damaged index an {@link UncheckedIOException} that points at
 * {@code newsdesk reindex}. On failure nothing stays open.
 *
 * @param directory the open folder; null only when reading a folder that does not exist
 * @param writer    the writer, holding the folder's write lock; null when opened for reading
 * @param reader    the last commit, when opened for reading and one exists; else null
 */
record IndexFolder(Directory directory, IndexWriter writer, DirectoryReader reader) {
  private static final String REINDEX_HINT = " (`newsdesk reindex` rebuilds it from the database)";

  /** Opens (or creates) the index in {@code folder} for writing, appending to what is there. */
  static IndexFolder forWriting(Path folder) {
    FSDirectory dir = null;
    try {
      StaleLockFile.clear(folder);
      dir = FSDirectory.open(folder);
      return new IndexFolder(dir, new IndexWriter(dir, config(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)), null);
    } catch (LockObtainFailedException e) {
      closeQuietly(dir);
      throw new IndexInUseException(folder, e);
    } catch (IOException e) {
      closeQuietly(dir);
      throw unreadable("cannot open search index ", folder, e);
    }
  }

  /**
   * Opens a new, empty index over whatever {@code folder} holds, for a rebuild. The write lock is
   * taken before anything else and held until the writer's directory closes; the writer never
   * commits by closing, so a readable old index is what readers see until the rebuild commits. An
   * unreadable old index is deleted first (still under the lock), then {@code afterDamagedIndexDeleted}
   * runs (a seam for tests).
   */
  static IndexFolder forRebuild(Path folder, Runnable afterDamagedIndexDeleted) {
    return forRebuild(folder, afterDamagedIndexDeleted, IndexWriter::new);
  }

  /** How a writer is opened on a folder: {@code IndexWriter::new}, or a failing one in tests. */
  @FunctionalInterface
  interface WriterOpener {
    IndexWriter open(Directory directory, IndexWriterConfig config) throws IOException;
  }

  /**
   * {@link #forRebuild(Path, Runnable)} with writers opened by {@code opener}. Only an old index
   * that is {@linkplain #isDamaged damaged} is deleted; any other failure to open the writer (too
   * many open files, permission denied, a disk error) leaves the old index as it is and is
   * rethrown with the folder named.
   */
  static IndexFolder forRebuild(Path folder, Runnable afterDamagedIndexDeleted, WriterOpener opener) {
    HeldLockDirectory dir = null;
    try {
      Files.createDirectories(folder);
      StaleLockFile.clear(folder);
      dir = HeldLockDirectory.lock(FSDirectory.open(folder));
      IndexWriter writer;
      try {
        writer = opener.open(dir, rebuildConfig());
      } catch (IOException e) {
        if (!isDamaged(e)) throw e;
        // CREATE still reads the old commits (to number the next one after them), so an old index
        // that cannot be read must go first; nobody can read it anyway.
        dir.deleteAllButLock();
        afterDamagedIndexDeleted.run();
        writer = opener.open(dir, rebuildConfig());
      }
      return new IndexFolder(dir, writer, null);
    } catch (LockObtainFailedException e) {
      throw new IndexInUseException(folder, e);
    } catch (IOException e) {
      closeQuietly(dir);
      throw new UncheckedIOException("cannot recreate search index " + folder + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(dir);
      throw e;
    }
  }

  /** Opens the last commit of {@code folder} without a lock and without creating anything. */
  static IndexFolder forReading(Path folder) {
    FSDirectory dir = null;
    try {
      DirectoryReader reader = null;
      if (Files.isDirectory(folder)) {
        dir = FSDirectory.open(folder);
        if (DirectoryReader.indexExists(dir)) reader = DirectoryReader.open(dir);
      }
      return new IndexFolder(dir, null, reader);
    } catch (IOException e) {
      closeQuietly(dir);
      throw unreadable("cannot read search index ", folder, e);
    }
  }

  /** Closes the writer and the folder after a failure to use them; the first failure is what matters. */
  void closeAfterFailure() {
    closeQuietly(reader);
    closeQuietly(writer);
    closeQuietly(directory);
  }

  static UncheckedIOException unreadable(String what, Path folder, IOException e) {
    // A file-system failure (too many open files, permission denied) is no damage a reindex repairs.
    return new UncheckedIOException(what + folder + ": " + problem(e) + (isDamaged(e) ? REINDEX_HINT : ""), e);
  }

  private static IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
    return new IndexWriterConfig(IndexAnalysis.current()).setOpenMode(mode);
  }

  /** A new index over the old (committed only on purpose, never by closing). */
  private static IndexWriterConfig rebuildConfig() {
    return config(IndexWriterConfig.OpenMode.CREATE).setCommitOnClose(false);
  }

  /**
   * What is wrong with an index that cannot be opened. Lucene's own words for a damaged or
   * unreadable index speak of versions and formats, which misleads: the fix is always a reindex.
   */
  private static String problem(IOException e) {
    if (e instanceof CorruptIndexException || e instanceof IndexFormatTooOldException
        || e instanceof IndexFormatTooNewException) {
      return "it is damaged or was written by another program";
    }
    return e.getMessage();
  }

  /**
   * Whether {@code e}, from opening a writer on an index, says that the index itself cannot be read:
   * Lucene found it corrupt or of a format it cannot read, or a file it names is truncated or
   * missing. Not so the failures of the file system around it (too many open files, permission
   * denied, an I/O error), which say nothing of the index and may pass.
   */
  static boolean isDamaged(IOException e) {
    return e instanceof CorruptIndexException || e instanceof IndexFormatTooOldException
        || e instanceof IndexFormatTooNewException || e instanceof java.io.EOFException
        || e instanceof java.nio.file.NoSuchFileException;
  }

  private static void closeQuietly(Closeable c) {
    if (c == null) return;
    try {
      c.close();
    } catch (IOException ignored) {
      // already failing with the reason that matters
    }
  }
}
