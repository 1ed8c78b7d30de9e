package newsdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import newsdesk.fetch.LocalServer;
import newsdesk.publish.DigestBuilder;
import newsdesk.publish.TextDigestRenderer;
import newsdesk.store.StoredArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The link readers see drops what the canonical URL drops for tracking, and keeps the rest. */
class ShownLinkTest {
  @TempDir Path dir;

  @Test
  void trackingParametersAreNotPartOfTheStoredLink() {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      String atom = "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Herald</title><id>urn:h</id>"
          + "<updated>2026-11-29T10:00:00Z</updated><entry><id>urn:quake</id><title>Quake shakes northern Chile</title>"
          + "<link href=\"" + f.server.url("/quake.html") + "?utm_source=rss&amp;utm_medium=feed#comments\"/>"
          + "<updated>2026-11-29T10:00:00Z</updated>"
          + "<content type=\"text\">A strong earthquake shook northern Chile on Sunday, cutting power to thousands of"
          + " homes, the civil protection office said.</content></entry></feed>";
      f.server.route("/feed.atom", LocalServer.text(200, "application/atom+xml", atom));
      var source = f.store.addSource(f.server.url("/feed.atom").toString(), "feed", null, null);

      f.pipeline(StandardStages.create()).ingest(List.of(source));

      StoredArticle a = f.store.articlesAfter(0, 10).getFirst();
      assertThat(a.url()).isEqualTo(f.server.url("/quake.html").toString());
      String digest = new TextDigestRenderer().render(
          new DigestBuilder(f.store).digest(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-12-31T00:00:00Z"), 10));
      assertThat(digest).doesNotContain("utm_");
    }
  }

  @Test
  void otherParametersAndHashBangRoutesAreKept() {
    assertThat(EntryLinks.shown("https://x.example/a.html?id=7&utm_source=rss&fbclid=Ab1#top"))
        .isEqualTo("https://x.example/a.html?id=7");
    assertThat(EntryLinks.shown("https://x.example/a?UTM_Medium=x&page=2&utm_campaign=y"))
        .isEqualTo("https://x.example/a?page=2");
    assertThat(EntryLinks.shown("https://x.example/#!/story/1?utm_source=x"))
        .isEqualTo("https://x.example/#!/story/1?utm_source=x");
    assertThat(EntryLinks.shown("https://x.example/a?utm_source=x#!/story/1"))
        .isEqualTo("https://x.example/a#!/story/1");
    assertThat(EntryLinks.shown("https://x.example/a.html")).isEqualTo("https://x.example/a.html");
  }
}
