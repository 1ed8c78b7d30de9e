package newsdesk.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The data folder's ingest lock ({@code ingest.lock}, an operating-system file lock): one process at
 * a time fetches and clusters into a data folder. The clusterer's working set of active stories
 * lives in that process's memory, so two ingesting processes would each start their own stories
 * for one event. The lock dies with its process (a kill -9 leaves nothing to clean up).
 */
public final class IngestLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private IngestLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** Takes the lock of {@code dir} (an existing folder), or returns empty when another holds it. */
  public static Optional<IngestLock> tryAcquire(DataDir dir) {
    Path file = dir.root().resolve("ingest.lock");
    FileChannel channel = null;
    try {
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock();
      if (lock == null) {
        channel.close();
        return Optional.empty();
      }
      return Optional.of(new IngestLock(channel, lock));
    } catch (OverlappingFileLockException e) {
      closeQuietly(channel); // held by this very process (another pipeline in the same JVM)
      return Optional.empty();
    } catch (IOException e) {
      closeQuietly(channel);
      throw new UncheckedIOException("cannot take the ingest lock " + file + ": " + e.getMessage(), e);
    }
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel == null) return;
    try {
      channel.close();
    } catch (IOException ignored) {
      // nothing more to release
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot release the ingest lock: " + e.getMessage(), e);
    }
  }
}
