package newsdesk.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The format of the extractor's data files ({@code boilerplate.txt}, {@code author-markers.txt}):
 * one entry a line under {@code [section]} headings; blank lines and lines starting with
 * {@code #} are skipped; an entry before the first heading is an error.
 */
final class SectionedList {
  private SectionedList() {}

  /** The entries of each section, stripped, in file order. */
  static Map<String, List<String>> parse(InputStream in) throws IOException {
    Map<String, List<String>> sections = new HashMap<>();
    String section = null;
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line; (line = r.readLine()) != null; ) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) continue;
      if (l.startsWith("[") && l.endsWith("]")) {
        section = l.substring(1, l.length() - 1);
        continue;
      }
      if (section == null) throw new IOException("entry before any [section]: " + l);
      sections.computeIfAbsent(section, k -> new ArrayList<>()).add(l);
    }
    return sections;
  }

  /** {@link #parse} of a bundled resource; a missing or unreadable one is a broken build. */
  static Map<String, List<String>> resource(String name) {
    try (InputStream in = SectionedList.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing resource " + name + " (broken build?)");
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
