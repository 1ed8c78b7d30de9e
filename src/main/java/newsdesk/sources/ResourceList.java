package newsdesk.sources;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads a list kept as data in {@code src/main/resources/newsdesk/sources}: one item a line, # comments. */
final class ResourceList {
  private ResourceList() {}

  static List<String> load(String name) {
    try (InputStream in = ResourceList.class.getResourceAsStream("/newsdesk/sources/" + name)) {
      if (in == null) throw new IllegalStateException("missing resource newsdesk/sources/" + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource newsdesk/sources/" + name, e);
    }
  }
}
