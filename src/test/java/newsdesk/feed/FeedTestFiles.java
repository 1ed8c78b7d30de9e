package newsdesk.feed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test inputs: the sample feeds in test resources and the conformance corpus in ../shared. */
final class FeedTestFiles {
  private FeedTestFiles() {}

  static byte[] sample(String name) {
    try (InputStream in = FeedTestFiles.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing test resource newsdesk/feed/" + name);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The feeds conformance corpus folder; fails (never skips) when it is not there. */
  static Path corpus() {
    Path dir = Path.of("..", "shared", "bench", "feeds").toAbsolutePath().normalize();
    if (!Files.isRegularFile(dir.resolve("expectations.json"))) {
      throw new AssertionError("The feed conformance corpus is missing: expected " + dir.resolve("expectations.json")
          + " (the shared bench data must be reachable as ../shared from the project root)");
    }
    return dir;
  }
}
