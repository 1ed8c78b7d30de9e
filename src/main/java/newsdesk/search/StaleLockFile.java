package newsdesk.search;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The index folder's {@code write.lock} as Lucene's native lock expects it: empty. Lucene takes the
 * operating system's lock on that file and then refuses it ("Unexpected lock file size") if the file
 * holds anything, which only another program or a damaged disk writes there; every writer would be
 * refused for good, {@code newsdesk reindex} included. A lock file with content that nobody holds is
 * emptied; one that a writer holds (in this process or another) is left alone, so the writer keeps it.
 */
final class StaleLockFile {
  private StaleLockFile() {}

  /** Empties {@code folder/write.lock} when it has content and no one holds it; quiet otherwise. */
  static void clear(Path folder) {
    Path file = folder.resolve("write.lock");
    try {
      if (!Files.isRegularFile(file) || Files.size(file) == 0) return;
      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
        FileLock held = channel.tryLock();
        if (held == null) return; // another process writes this index
        try {
          channel.truncate(0);
        } finally {
          held.release();
        }
      }
    } catch (OverlappingFileLockException heldHere) {
      // a writer of this process holds it: leave it
    } catch (IOException e) {
      // Not ours to fix (permissions, a read-only disk): Lucene's own failure to lock says what is wrong.
    }
  }
}
