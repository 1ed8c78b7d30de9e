package newsdesk.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The ingest locks of one process: create one per process and hand it to every component that
 * ingests ({@code fetch}, {@code run}, {@code demo}), which take a data folder's {@link IngestLock}
 * through it.
 *
 * <p>Why one per process: the lock is an operating-system file lock, and on Linux (POSIX locks)
 * closing <em>any</em> descriptor of a file drops every lock the process holds on it (see
 * {@link FileChannel}: "closing a channel releases all locks held by the Java virtual machine on the
 * underlying file"). A second try from the same process must therefore never open the lock file: it
 * would have to close that descriptor again and so release the first holder's lock, letting
 * another process ingest beside it. This object remembers which folders it holds and answers such a
 * try itself, without touching the file. Thread-safe.
 */
public final class IngestLocks {
  private final Set<Path> held = new HashSet<>();
  /**
   * Channels opened by mistake on a file that another {@code IngestLocks} of this process holds:
   * kept open (closing or losing one would release that holder's lock), never used.
   */
  private final List<FileChannel> stranded = new ArrayList<>();

  /**
   * Takes the ingest lock of {@code dir} (an existing folder), or returns empty when another process,
   * or another component of this one, holds it.
   *
   * @throws IllegalStateException when another {@code IngestLocks} of this process holds it (a
   *     process must share one)
   * @throws UncheckedIOException when the lock file cannot be opened
   */
  public synchronized Optional<IngestLock> tryAcquire(DataDir dir) {
    Path key = key(dir);
    if (held.contains(key)) return Optional.empty();
    Path file = key.resolve(IngestLock.FILE_NAME);
    FileChannel channel;
    try {
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot take the ingest lock " + file + ": " + e.getMessage(), e);
    }
    try {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        channel.close(); // another process holds it: this process holds no lock on the file to drop
        return Optional.empty();
      }
      held.add(key);
      return Optional.of(new IngestLock(channel, lock, () -> released(key)));
    } catch (OverlappingFileLockException e) {
      stranded.add(channel);
      throw new IllegalStateException("the ingest lock " + file + " is held by another IngestLocks of this process;"
          + " a process must share one", e);
    } catch (IOException e) {
      closeQuietly(channel);
      throw new UncheckedIOException("cannot take the ingest lock " + file + ": " + e.getMessage(), e);
    }
  }

  /** Whether this process holds the ingest lock of {@code dir} through this object. */
  public synchronized boolean holds(DataDir dir) {
    return held.contains(key(dir));
  }

  private synchronized void released(Path key) {
    held.remove(key);
  }

  /** One key per folder however it is named (relative, through a link). */
  private static Path key(DataDir dir) {
    try {
      return dir.root().toRealPath();
    } catch (IOException e) {
      return dir.root().toAbsolutePath().normalize();
    }
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException ignored) {
      // nothing more to release
    }
  }
}
