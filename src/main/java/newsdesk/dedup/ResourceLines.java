package newsdesk.dedup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the data files of this package: one entry a line, {@code #} starts a comment line. */
final class ResourceLines {
  private ResourceLines() {}

  /** The non-blank, non-comment lines of the classpath resource {@code newsdesk/dedup/NAME}. */
  static List<String> read(String name) {
    String path = "/newsdesk/dedup/" + name;
    try (InputStream in = ResourceLines.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("resource " + path + " is missing from the classpath");
      }
      var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> lines = new ArrayList<>();
      for (String line; (line = reader.readLine()) != null; ) {
        String trimmed = line.strip();
        if (!trimmed.isEmpty() && !trimmed.startsWith("#")) lines.add(trimmed);
      }
      return List.copyOf(lines);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + path, e);
    }
  }
}
