package newsdesk.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * Input that is no regular file, as a shell gives it: a named pipe (what {@code /dev/stdin} and the
 * {@code /dev/fd/N} of {@code <(...)} are) fed by a thread, and a swapped {@link System#in}.
 */
public final class Pipes {
  private Pipes() {}

  /** A named pipe in {@code dir} that a daemon thread fills with {@code text} once a reader opens it. */
  public static Path namedPipe(Path dir, String text) throws IOException, InterruptedException {
    Path fifo = dir.resolve("pipe-" + System.nanoTime());
    Process p = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
    if (p.waitFor() != 0 || Files.isRegularFile(fifo) || !Files.exists(fifo)) {
      throw new IllegalStateException("mkfifo " + fifo + " failed: these tests need a POSIX system with mkfifo");
    }
    Thread.ofPlatform().daemon().start(() -> {
      try {
        Files.writeString(fifo, text, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    return fifo;
  }

  /** Runs {@code work} with {@code text} as standard input. */
  public static <T> T withStdin(String text, Callable<T> work) throws Exception {
    InputStream saved = System.in;
    System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    try {
      return work.call();
    } finally {
      System.setIn(saved);
    }
  }
}
