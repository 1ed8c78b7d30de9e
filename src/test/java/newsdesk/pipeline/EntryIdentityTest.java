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

/**
 * Which article a feed entry is: entries without a link are each their own article, keyed by
 * their id within their source, and shown without a link; a link's fragment is no part of it.
 */
class EntryIdentityTest {
  @TempDir Path dir;

  static final String NOTE_1 = "The Tarn valley railway reopened on Sunday after a landslide blocked the line for three"
      + " weeks, the operator said.";
  static final String NOTE_2 = "Voters in Elmshaven approved a plan to turn the old gasworks into a public park, with 62"
      + " percent in favour.";

  @Test
  void jsonFeedItemsWithOnlyAnIdAreEachStoredWithoutALink() {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      String json = "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"Micro Notes\",\"home_page_url\":\""
          + f.server.url("/jf/") + "\",\"items\":["
          + "{\"id\":\"note-1\",\"content_text\":\"" + NOTE_1 + "\",\"date_published\":\"2026-11-29T16:00:00Z\"},"
          + "{\"id\":\"note-2\",\"content_text\":\"" + NOTE_2 + "\",\"date_published\":\"2026-11-29T16:30:00Z\"}]}";
      f.server.route("/jf/feed.json", LocalServer.text(200, "application/feed+json", json));
      var source = f.store.addSource(f.server.url("/jf/feed.json").toString(), "feed", null, null);

      IngestReport report = f.pipeline(StandardStages.create()).ingest(List.of(source));

      assertThat(report.added()).isEqualTo(2);
      assertThat(report.skipped()).isZero();
      List<StoredArticle> stored = f.store.articlesAfter(0, 10);
      assertThat(stored).extracting(StoredArticle::guid).containsExactlyInAnyOrder("note-1", "note-2");
      assertThat(stored).extracting(StoredArticle::url).containsOnly("");
      assertThat(stored).extracting(StoredArticle::canonicalUrl).doesNotHaveDuplicates()
          .noneMatch(u -> u.equals(source.url()));
      assertThat(stored).extracting(StoredArticle::duplicateOf).containsOnlyNulls();
      assertThat(report.pageErrors()).containsExactlyInAnyOrder(
          "note-1 in " + source.url() + ": the entry has no link", "note-2 in " + source.url() + ": the entry has no link");

      String digest = new TextDigestRenderer().render(
          new DigestBuilder(f.store).digest(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-12-31T00:00:00Z"), 10));
      assertThat(digest).contains("Tarn valley railway", "Elmshaven").doesNotContain("Read more", "feed.json");

      IngestReport again = f.pipeline(StandardStages.create()).ingest(List.of(f.store.source(source.id()).orElseThrow()));
      assertThat(again.added()).isZero();
      assertThat(f.store.articleCount()).isEqualTo(2);
    }
  }

  @Test
  void rssItemsWithAGuidThatIsNoPermalinkAreEachStored() {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Notes</title><link>" + f.server.url("/")
          + "</link>"
          + "<item><guid isPermaLink=\"false\">n1</guid><description>" + NOTE_1 + "</description></item>"
          + "<item><guid isPermaLink=\"false\">n2</guid><description>" + NOTE_2 + "</description></item>"
          + "</channel></rss>";
      f.server.route("/notes.rss", LocalServer.text(200, "application/rss+xml", rss));
      var source = f.store.addSource(f.server.url("/notes.rss").toString(), "feed", null, null);

      IngestReport report = f.pipeline(StandardStages.create()).ingest(List.of(source));

      assertThat(report.added()).isEqualTo(2);
      assertThat(f.store.articlesAfter(0, 10)).extracting(StoredArticle::text).containsExactlyInAnyOrder(NOTE_1, NOTE_2);
      assertThat(report.pageErrors()).noneMatch(e -> e.startsWith("null"));
    }
  }

  @Test
  void aLinksFragmentIsNotPartOfTheStoredLink() {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      String atom = "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Herald</title><id>urn:h</id>"
          + "<updated>2026-11-29T10:00:00Z</updated><entry><id>urn:storm</id><title>Storm kills 3 in Glenport</title>"
          + "<link href=\"" + f.server.url("/storm.html") + "#comments\"/><updated>2026-11-29T10:00:00Z</updated>"
          + "<content type=\"text\">A storm that swept across the coast overnight killed three people in Glenport, the"
          + " harbour master said on Sunday.</content></entry></feed>";
      f.server.route("/feed.atom", LocalServer.text(200, "application/atom+xml", atom));
      // The page is there (a page that answered 404 would be linked nowhere: DeadLinkTest).
      f.server.route("/storm.html", LocalServer.text(200, "text/html",
          "<html><head><title>Storm kills 3 in Glenport</title></head><body><p>Comments</p></body></html>"));
      var source = f.store.addSource(f.server.url("/feed.atom").toString(), "feed", null, null);

      f.pipeline(StandardStages.create()).ingest(List.of(source));

      StoredArticle a = f.store.articlesAfter(0, 10).getFirst();
      assertThat(a.url()).isEqualTo(f.server.url("/storm.html").toString());
      String digest = new TextDigestRenderer().render(
          new DigestBuilder(f.store).digest(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-12-31T00:00:00Z"), 10));
      assertThat(digest).contains("Read more at Herald: " + f.server.url("/storm.html") + "\n").doesNotContain("#comments");
    }
  }

  @Test
  void aHashBangRouteIsKeptAndOtherFragmentsDropped() {
    assertThat(EntryLinks.withoutFragment("https://x.example/a.html#comments")).isEqualTo("https://x.example/a.html");
    assertThat(EntryLinks.withoutFragment("https://x.example/#!/story/1")).isEqualTo("https://x.example/#!/story/1");
    assertThat(EntryLinks.withoutFragment("https://x.example/a.html")).isEqualTo("https://x.example/a.html");
  }
}
