package newsdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import newsdesk.fetch.LocalServer;
import newsdesk.search.SearchHit;
import newsdesk.store.Source;
import newsdesk.store.StoredArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An entry already stored that comes back corrected (a later updated time, a changed title or
 * text) rewrites its article, its search document and its story's brief; one listed again
 * unchanged is not read again.
 */
class UpdatedEntryTest {
  @TempDir Path dir;

  static String atom(LocalServer server, String title, String text, String updated) {
    return "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Glenport Herald</title><id>urn:glen</id>"
        + "<updated>" + updated + "</updated><entry><id>urn:upd:1</id><title>" + title + "</title>"
        + "<link href=\"" + server.url("/storm.html") + "\"/><updated>" + updated + "</updated>"
        + "<content type=\"text\">" + text + "</content></entry></feed>";
  }

  static final String BEFORE = "A storm that swept across the coast overnight killed three people in Glenport, the harbour"
      + " master said on Sunday. Roofs were torn off and boats sank in the harbour.";
  static final String AFTER = "A storm that swept across the coast overnight killed seven people in Glenport, the harbour"
      + " master said on Monday as the toll rose. Roofs were torn off and boats sank in the harbour.";

  /** Serves {@code body} at {@code path}, follows it and ingests it once. */
  private static Source follow(LoopbackFixture f, String path, String type, String body) {
    f.server.route(path, LocalServer.text(200, type, body));
    Source source = f.store.addSource(f.server.url(path).toString(), "feed", null, null);
    f.pipeline(StandardStages.create()).ingest(List.of(source));
    return source;
  }

  /** Serves {@code body} at {@code path} from now on and ingests {@code source} again, with a new pipeline. */
  private static IngestReport refetch(LoopbackFixture f, Source source, String path, String type, String body) {
    f.server.route(path, LocalServer.text(200, type, body));
    return f.pipeline(StandardStages.create()).ingest(List.of(f.store.source(source.id()).orElseThrow()));
  }

  @Test
  void aCorrectedAtomEntryRewritesItsArticleSearchAndBriefInItsStory() {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      Source source = follow(f, "/feed.atom", "application/atom+xml",
          atom(f.server, "Storm kills 3 in Glenport", BEFORE, "2026-11-29T10:00:00Z"));
      StoredArticle before = f.store.articlesAfter(0, 10).getFirst();
      assertThat(before.title()).isEqualTo("Storm kills 3 in Glenport");

      f.server.route("/feed.atom", LocalServer.text(200, "application/atom+xml",
          atom(f.server, "Storm kills 7 in Glenport, toll rises", AFTER, "2026-11-30T08:00:00Z")));
      Pipeline pipeline = f.pipeline(StandardStages.create());
      IngestReport report = pipeline.ingest(List.of(f.store.source(source.id()).orElseThrow()));

      assertThat(report.updated()).isEqualTo(1);
      assertThat(report.added()).isZero();
      assertThat(report.skipped()).isZero();
      assertThat(f.store.articleCount()).isEqualTo(1);
      StoredArticle after = f.store.article(before.id()).orElseThrow();
      assertThat(after.title()).isEqualTo("Storm kills 7 in Glenport, toll rises");
      assertThat(after.text()).contains("killed seven people").doesNotContain("three");
      assertThat(after.storyId()).isEqualTo(before.storyId());
      assertThat(after.publicId()).isEqualTo(before.publicId());
      assertThat(f.store.articleUpdatedAt(before.id())).isNotNull();
      // Readers of the feeds out see the correction: the article's and its story's updated time move.
      assertThat(after.published()).isEqualTo(before.published());
      assertThat(after.updated()).isEqualTo(f.store.articleUpdatedAt(before.id())).isAfter(before.published());
      assertThat(new newsdesk.publish.DigestBuilder(f.store).story(after.storyId()).orElseThrow().updated())
          .isEqualTo(after.updated());
      assertThat(f.store.brief(after.storyId()).orElseThrow().brief().sentences())
          .anySatisfy(s -> assertThat(s.text()).contains("seven"))
          .noneSatisfy(s -> assertThat(s.text()).contains("three"));
      assertThat(f.index.search("seven", 10)).extracting(SearchHit::articleId).containsExactly(before.publicId());
      assertThat(f.index.search("three", 10)).isEmpty();
      assertThat(f.store.articlesToReindex(Long.MAX_VALUE, 10)).isEmpty();

      long pageReads = f.server.count("/storm.html");
      IngestReport again = pipeline.ingest(List.of(f.store.source(source.id()).orElseThrow()));
      assertThat(again.updated()).isZero();
      assertThat(again.skipped()).isEqualTo(1);
      assertThat(f.server.count("/storm.html")).as("an unchanged entry is not read again").isEqualTo(pageReads);
    }
  }

  @Test
  void anRssItemWhoseTitleAndDescriptionChangedIsUpdated() {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      Source source = follow(f, "/feed.rss", "application/rss+xml", rss(f.server, "Storm kills 3 in Glenport", BEFORE));

      IngestReport report = refetch(f, source, "/feed.rss", "application/rss+xml",
          rss(f.server, "Storm kills 7 in Glenport, toll rises", AFTER));

      assertThat(report.updated()).isEqualTo(1);
      StoredArticle a = f.store.articlesAfter(0, 10).getFirst();
      assertThat(a.title()).isEqualTo("Storm kills 7 in Glenport, toll rises");
      assertThat(a.text()).contains("seven");
    }
  }

  @Test
  void anEntryListedAgainWithAnEarlierOrTheSameDateAndTheSameWordsIsNotRead() {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      Source source = follow(f, "/feed.atom", "application/atom+xml",
          atom(f.server, "Storm kills 3 in Glenport", BEFORE, "2026-11-29T10:00:00Z"));
      long pageReads = f.server.count("/storm.html");

      IngestReport report = refetch(f, source, "/feed.atom", "application/atom+xml",
          atom(f.server, "Storm kills 3 in Glenport", BEFORE, "2026-11-28T10:00:00Z"));

      assertThat(report.updated()).isZero();
      assertThat(report.skipped()).isEqualTo(1);
      assertThat(f.server.count("/storm.html")).isEqualTo(pageReads);
    }
  }

  @Test
  void anArticleStoredBeforeVersionsWereKeptIsUpdatedWhenItsFeedTextChangedAndOtherwiseNotReadAgain() {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      Source source = follow(f, "/feed.atom", "application/atom+xml",
          atom(f.server, "Storm kills 3 in Glenport", BEFORE, "2026-11-29T10:00:00Z"));
      StoredArticle a = f.store.articlesAfter(0, 10).getFirst();
      f.store.saveEntryVersion(a.id(), newsdesk.store.EntryVersion.UNKNOWN); // as stored by an older newsdesk
      long pageReads = f.server.count("/storm.html");

      IngestReport unchanged = f.pipeline(StandardStages.create()).ingest(List.of(f.store.source(source.id()).orElseThrow()));
      assertThat(unchanged.updated()).isZero();
      assertThat(f.server.count("/storm.html")).isEqualTo(pageReads);
      assertThat(f.store.entryVersion(a.id()).fingerprint()).as("the version seen is kept from now on").isNotNull();

      f.store.saveEntryVersion(a.id(), newsdesk.store.EntryVersion.UNKNOWN);
      IngestReport changed = refetch(f, source, "/feed.atom", "application/atom+xml",
          atom(f.server, "Storm kills 7 in Glenport, toll rises", AFTER, "2026-11-30T08:00:00Z"));
      assertThat(changed.updated()).isEqualTo(1);
      assertThat(f.store.article(a.id()).orElseThrow().title()).isEqualTo("Storm kills 7 in Glenport, toll rises");
    }
  }

  @Test
  void anIndexThatMissedARewriteCatchesUpOnItsNextSync() {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      Source source = follow(f, "/feed.atom", "application/atom+xml",
          atom(f.server, "Storm kills 3 in Glenport", BEFORE, "2026-11-29T10:00:00Z"));
      StoredArticle a = f.store.articlesAfter(0, 10).getFirst();

      // As if the process died after the store's transaction and before the index's commit.
      f.store.updateArticleContent(a.id(), "Storm kills 7 in Glenport", null, AFTER, "feed", "h", Instant.now());
      assertThat(f.index.search("seven", 10)).isEmpty();

      assertThat(new IndexSync(f.store, f.index).catchUp()).isEqualTo(1);
      assertThat(f.index.search("seven", 10)).extracting(SearchHit::articleId).containsExactly(a.publicId());
      assertThat(new IndexSync(f.store, f.index).catchUp()).isZero();
    }
  }

  private static String rss(LocalServer server, String title, String text) {
    return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Glenport Herald</title>"
        + "<item><title>" + title + "</title><link>" + server.url("/storm.html") + "</link><guid>storm-1</guid>"
        + "<description>" + text + "</description><pubDate>Sun, 29 Nov 2026 10:00:00 GMT</pubDate></item></channel></rss>";
  }

  static String twoEntries(LocalServer server, String firstUpdated, String secondUpdated) {
    return "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Glenport Herald</title><id>urn:glen</id>"
        + "<updated>" + secondUpdated + "</updated>"
        + "<entry><id>urn:two:1</id><title>Storm kills 3 in Glenport</title><link href=\"" + server.url("/storm.html")
        + "\"/><updated>" + firstUpdated + "</updated><content type=\"text\">" + BEFORE + "</content></entry>"
        + "<entry><id>urn:two:2</id><title>Harbour reopens after storm</title><link href=\"" + server.url("/harbour.html")
        + "\"/><updated>" + secondUpdated + "</updated><content type=\"text\">The harbour of Glenport reopened on Tuesday"
        + " after divers cleared the wrecks of the boats sunk in the storm, the harbour master said.</content></entry></feed>";
  }

  @Test
  void aFeedThatRestampsEveryEntryOnEachBuildIsNotReadAgainButOneRestampedEntryIs() {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      Source source = follow(f, "/feed.atom", "application/atom+xml",
          twoEntries(f.server, "2026-11-29T10:00:00Z", "2026-11-29T10:00:00Z"));
      long reads = f.server.count("/storm.html") + f.server.count("/harbour.html");

      // Every entry stamped anew, words unchanged: the feed was rebuilt, no entry was corrected.
      IngestReport restamped = refetch(f, source, "/feed.atom", "application/atom+xml",
          twoEntries(f.server, "2026-11-30T09:00:00Z", "2026-11-30T09:00:00Z"));
      assertThat(restamped.skipped()).isEqualTo(2);
      assertThat(f.server.count("/storm.html") + f.server.count("/harbour.html")).isEqualTo(reads);

      // One entry with a later time among unchanged ones: its page may have been corrected, so it is read.
      refetch(f, source, "/feed.atom", "application/atom+xml",
          twoEntries(f.server, "2026-11-29T10:00:00Z", "2026-12-01T09:00:00Z"));
      assertThat(f.server.count("/harbour.html")).isGreaterThan(0);
      assertThat(f.server.count("/storm.html") + f.server.count("/harbour.html")).isEqualTo(reads + 1);
    }
  }

  @Test
  void aCorrectionThatAddsADatelineCreditsTheAgency() {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      Source source = follow(f, "/feed.atom", "application/atom+xml",
          atom(f.server, "Storm kills 3 in Glenport", BEFORE, "2026-11-29T10:00:00Z"));
      StoredArticle before = f.store.articlesAfter(0, 10).getFirst();
      assertThat(before.creditedAgency()).isNull();

      IngestReport report = refetch(f, source, "/feed.atom", "application/atom+xml",
          atom(f.server, "Storm kills 7 in Glenport", "GLENPORT (Reuters) - " + AFTER, "2026-11-30T08:00:00Z"));

      assertThat(report.updated()).isEqualTo(1);
      assertThat(f.store.article(before.id()).orElseThrow().creditedAgency()).as("read again with the text").isEqualTo("Reuters");
    }
  }
}
