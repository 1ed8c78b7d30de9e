package newsdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import newsdesk.fetch.LocalServer;
import newsdesk.store.Source;
import newsdesk.store.StoredArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Candidates are admitted in the order of the times they are stored with, also when that time is
 * not the entry's {@code <published>} (an Atom entry with only {@code <updated>}), so that the
 * clusterer's stream clock moves as the stored dates do.
 */
class AdmissionOrderTest {
  private static final String BODY = "Lava from the Kilauea volcano reached the coast of Hawaii on %s, officials of the Hawaii "
      + "County civil defense said. Residents of the Leilani Estates subdivision were told to leave their homes as the "
      + "eruption went on. ";

  @TempDir Path dir;

  @Test
  void entriesWithOnlyAnUpdatedTimeAreAdmittedInTheOrderOfThatTime() {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      String[][] entries = { // link order is the reverse of time order
          {"/a-latest", "2026-11-24T10:00:00Z", "Tuesday"},
          {"/b-first", "2026-11-20T10:00:00Z", "Friday"},
          {"/c-middle", "2026-11-22T10:00:00Z", "Sunday"}};
      StringBuilder atom = new StringBuilder("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
          + "<title>Volcano desk</title><id>urn:x</id><updated>2026-11-28T10:00:00Z</updated>");
      for (String[] e : entries) {
        atom.append("<entry><title>Kilauea lava reaches the coast on ").append(e[2]).append("</title><id>urn:").append(e[0])
            .append("</id><link href=\"").append(f.server.url(e[0])).append("\"/><updated>").append(e[1])
            .append("</updated><summary>").append(String.format(BODY, e[2]).repeat(4)).append("</summary></entry>");
        f.server.route(e[0], LocalServer.text(404, "text/plain", "gone"));
      }
      f.server.route("/feed", LocalServer.text(200, "application/atom+xml", atom.append("</feed>").toString()));
      Source source = f.store.addSource(f.server.url("/feed").toString(), "feed", null, null);
      new Pipeline(f.store, f.index, f.fetcher, StandardStages.create(), Pipeline.Config.defaults(), Clock.systemUTC(),
          Progress.NONE).ingest(List.of(source));

      List<Instant> inAdmissionOrder = f.store.articlesAfter(0, 10).stream().sorted(Comparator.comparingLong(StoredArticle::id))
          .map(StoredArticle::published).toList();
      assertThat(inAdmissionOrder).containsExactly(Instant.parse("2026-11-20T10:00:00Z"), Instant.parse("2026-11-22T10:00:00Z"),
          Instant.parse("2026-11-24T10:00:00Z"));
    }
  }
}
