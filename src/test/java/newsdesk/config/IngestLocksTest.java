package newsdesk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ingest lock holds against other processes however often this process asks for it again. A
 * second process (a small Java program) probes the lock file, as a second {@code newsdesk fetch}
 * would: on Linux, closing any descriptor of the file drops this process's lock, so a second try
 * that opened and closed the file would let that process in.
 */
class IngestLocksTest {
  private static final String PROBE = """
      import java.nio.channels.FileChannel;
      import java.nio.file.*;
      public class Probe {
        public static void main(String[] a) throws Exception {
          try (FileChannel c = FileChannel.open(Path.of(a[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            var lock = c.tryLock();
            System.out.print(lock == null ? "held" : "free");
          }
        }
      }
      """;

  @TempDir Path tmp;

  @Test
  @SuppressWarnings("try") // the locks are held for what the body checks, not used in it
  void aSecondTryFromThisProcessIsRefusedWithoutReleasingTheLock() throws Exception {
    DataDir dir = new DataDir(Files.createDirectories(tmp.resolve("data")));
    IngestLocks process = new IngestLocks();
    IngestLock held = process.tryAcquire(dir).orElseThrow();
    assertThat(process.holds(dir)).isTrue();
    // Another component of this process, also through a different spelling of the folder.
    assertThat(process.tryAcquire(dir)).isEmpty();
    assertThat(process.tryAcquire(new DataDir(tmp.resolve("data/../data")))).isEmpty();
    assertThat(otherProcessSees(dir)).isEqualTo("held");
    held.close();
    held.close(); // closing twice is harmless
    assertThat(process.holds(dir)).isFalse();
    assertThat(otherProcessSees(dir)).isEqualTo("free");
    try (IngestLock again = process.tryAcquire(dir).orElseThrow()) {
      assertThat(process.holds(dir)).isTrue();
    }
  }

  @Test
  @SuppressWarnings("try")
  void aSecondLockSetInOneProcessIsMisuseAndStillLeavesTheLockHeld() throws Exception {
    DataDir dir = new DataDir(Files.createDirectories(tmp.resolve("data")));
    IngestLocks process = new IngestLocks();
    try (IngestLock held = process.tryAcquire(dir).orElseThrow()) {
      assertThatThrownBy(() -> new IngestLocks().tryAcquire(dir)).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("a process must share one");
      assertThat(otherProcessSees(dir)).isEqualTo("held");
    }
  }

  @Test
  @SuppressWarnings("try")
  void foldersAreLockedApart() throws Exception {
    IngestLocks process = new IngestLocks();
    DataDir a = new DataDir(Files.createDirectories(tmp.resolve("a")));
    DataDir b = new DataDir(Files.createDirectories(tmp.resolve("b")));
    try (IngestLock first = process.tryAcquire(a).orElseThrow(); IngestLock second = process.tryAcquire(b).orElseThrow()) {
      assertThat(process.holds(a)).isTrue();
      assertThat(process.holds(b)).isTrue();
    }
  }

  /** "held" or "free": what a second process finds when it tries the lock of {@code dir}. */
  private String otherProcessSees(DataDir dir) throws IOException, InterruptedException {
    Path source = tmp.resolve("Probe.java");
    if (!Files.exists(source)) Files.writeString(source, PROBE);
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), source.toString(), dir.root().resolve(IngestLock.FILE_NAME).toString())
        .redirectErrorStream(true).start();
    if (!p.waitFor(2, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("the probe process did not end");
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(out).isZero();
    return out.strip();
  }
}
