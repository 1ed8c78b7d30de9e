package newsdesk.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;

/**
 * A data folder's ingest lock, held ({@code ingest.lock}, an operating-system file lock): one
 * process at a time fetches and clusters into a data folder. The clusterer's working set of active
 * stories lives in that process's memory, so two ingesting processes would each start their own
 * stories for one event. The lock dies with its process (a kill -9 leaves nothing to clean up).
 * Taken through the process's {@link IngestLocks}; {@link #close()} releases it.
 */
public final class IngestLock implements AutoCloseable {
  static final String FILE_NAME = "ingest.lock";

  private final FileChannel channel;
  private final FileLock lock;
  private final Runnable onRelease;
  private boolean closed;

  IngestLock(FileChannel channel, FileLock lock, Runnable onRelease) {
    this.channel = channel;
    this.lock = lock;
    this.onRelease = onRelease;
  }

  /** Releases the lock; closing again does nothing. */
  @Override
  public synchronized void close() {
    if (closed) return;
    closed = true;
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot release the ingest lock: " + e.getMessage(), e);
    } finally {
      onRelease.run();
    }
  }
}
