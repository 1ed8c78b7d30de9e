package newsdesk.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The licence lines pages show for the outlets whose articles ask for attribution, from data
 * ({@code newsdesk/web/outlet-licences.tsv}, see there for the columns), not from rules naming
 * sites.
 */
final class OutletLicences {
  static final String RESOURCE = "/newsdesk/web/outlet-licences.tsv";

  private final Map<String, OutletLicence> byOutlet;

  OutletLicences(Collection<OutletLicence> licences) {
    Map<String, OutletLicence> m = new LinkedHashMap<>();
    for (OutletLicence l : licences) m.putIfAbsent(l.outlet(), l);
    this.byOutlet = Map.copyOf(m);
  }

  /** The bundled table. */
  static OutletLicences bundled() {
    try (InputStream in = OutletLicences.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Parses the table: '#' comments and blank lines skipped, seven tab-separated columns, "-" for no note. */
  static OutletLicences parse(String table) {
    List<OutletLicence> out = new java.util.ArrayList<>();
    for (String line : table.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] c = line.strip().split("\t");
      if (c.length != 7) throw new IllegalArgumentException("a licence line needs 7 tab-separated columns: " + line);
      out.add(new OutletLicence(c[0], c[1], c[2], c[3], c[4], c[5], "-".equals(c[6]) ? null : c[6]));
    }
    return new OutletLicences(out);
  }

  /** The licences of {@code outlets} that have one, each once, in the order first named. */
  List<OutletLicence> forOutlets(Collection<String> outlets) {
    Map<String, OutletLicence> found = new LinkedHashMap<>();
    for (String outlet : outlets) {
      OutletLicence l = outlet == null ? null : byOutlet.get(outlet);
      if (l != null) found.putIfAbsent(outlet, l);
    }
    return List.copyOf(found.values());
  }

  /** The licences of the outlets covering {@code stories}. */
  List<OutletLicence> forStories(Collection<newsdesk.publish.DigestStory> stories) {
    return forOutlets(stories.stream().flatMap(s -> s.outlets().stream()).map(newsdesk.publish.DigestStory.Coverage::name).toList());
  }
}
