package newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import newsdesk.summarize.Brief;
import newsdesk.summarize.SummarySentence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteNewsStoreTest {
  @TempDir Path dir;
  SqliteNewsStore store;

  @BeforeEach
  void open() {
    store = SqliteNewsStore.open(dir.resolve("test.db"));
  }

  @AfterEach
  void close() {
    store.close();
  }

  static StoredArticle article(String publicId, String url, String story, Instant published) {
    return new StoredArticle(0, publicId, null, "guid-" + publicId, url, url, "Outlet", "Title " + publicId, List.of("A. Writer"),
        published, Instant.parse("2020-01-10T00:00:00Z"), "en", null, null, "Body of " + publicId, "page", "hash-" + publicId, null,
        story);
  }

  @Test
  void addingTheSameSourceTwiceKeepsOneRow() {
    Source a = store.addSource("https://example.org/feed.xml", "feed", null, null);
    Source b = store.addSource("https://example.org/feed.xml", "feed", null, null);
    assertThat(b.id()).isEqualTo(a.id());
    assertThat(store.sources()).hasSize(1);
  }

  @Test
  void aKeyedSourceMovesToItsNewUrlInsteadOfMultiplying() {
    Source first = store.addSource("http://127.0.0.1:1111/feeds/a.xml", "demo", "demo:a", "A");
    Source again = store.addSource("http://127.0.0.1:2222/feeds/a.xml", "demo", "demo:a", "A");
    assertThat(again.id()).isEqualTo(first.id());
    assertThat(again.url()).isEqualTo("http://127.0.0.1:2222/feeds/a.xml");
    assertThat(store.sources()).hasSize(1);
  }

  @Test
  void articlesRoundTripWithTheirFields() {
    store.insertStory(new StoryRecord("s-1", Instant.now(), null, null, Instant.now(), 0, null));
    StoredArticle in = article("a-1", "https://example.org/1", "s-1", Instant.parse("2020-01-05T10:00:00Z"));
    StoredArticle out = store.insertArticle(in);
    assertThat(out.id()).isPositive();
    assertThat(out).usingRecursiveComparison().ignoringFields("id").isEqualTo(in);
    assertThat(out.duplicateOf()).isNull();
    assertThat(store.articleByCanonicalUrl("https://example.org/1")).contains(out);
    assertThat(store.hasGuid(0, "guid-a-1")).isFalse();
  }

  @Test
  void theSameCanonicalUrlCannotBeStoredTwice() {
    store.insertArticle(article("a-1", "https://example.org/1", null, null));
    assertThatThrownBy(() -> store.insertArticle(article("a-2", "https://example.org/1", null, null)))
        .isInstanceOf(StoreException.class);
    assertThat(store.articleCount()).isEqualTo(1);
  }

  @Test
  void aFailedTransactionLeavesNothingBehind() {
    assertThatThrownBy(() -> store.inTransaction(() -> {
      store.insertArticle(article("a-1", "https://example.org/1", null, null));
      throw new IllegalStateException("boom");
    })).hasMessage("boom");
    assertThat(store.articleCount()).isZero();
  }

  @Test
  void storiesWidenTheirSpanAndVersionAsArticlesJoin() {
    Instant t1 = Instant.parse("2020-01-05T00:00:00Z");
    Instant t2 = Instant.parse("2020-01-07T00:00:00Z");
    store.insertStory(new StoryRecord("s-1", t1, t1, t1, t1, 0, null));
    store.storyGained("s-1", t2, t2);
    store.storyGained("s-1", Instant.parse("2020-01-01T00:00:00Z"), t2);
    StoryRecord s = store.story("s-1").orElseThrow();
    assertThat(s.version()).isEqualTo(2);
    assertThat(s.firstPublished()).isEqualTo("2020-01-01T00:00:00Z");
    assertThat(s.lastPublished()).isEqualTo(t2);
  }

  @Test
  void briefsAreCachedPerStoryVersion() {
    Instant t = Instant.parse("2020-01-05T00:00:00Z");
    store.insertStory(new StoryRecord("s-1", t, t, t, t, 1, null));
    assertThat(store.storiesNeedingBrief()).extracting(StoryRecord::id).containsExactly("s-1");
    Brief brief = new Brief("Headline", List.of(List.of(new SummarySentence("One.", "a-1", 0, 4))));
    store.saveBrief(new StoredBrief("s-1", 1, brief, null));
    assertThat(store.storiesNeedingBrief()).isEmpty();
    assertThat(store.brief("s-1").orElseThrow().brief()).isEqualTo(brief);
    store.storyGained("s-1", t, t);
    assertThat(store.storiesNeedingBrief()).extracting(StoryRecord::id).containsExactly("s-1");
  }

  @Test
  void mergingMovesArticlesAndLeavesAForwardingRecord() {
    Instant t = Instant.parse("2020-01-05T00:00:00Z");
    store.insertStory(new StoryRecord("s-1", t, t, t, t, 1, null));
    store.insertStory(new StoryRecord("s-2", t, t, t.plusSeconds(60), t, 1, null));
    store.insertArticle(article("a-1", "https://example.org/1", "s-1", t));
    store.insertArticle(article("a-2", "https://example.org/2", "s-2", t.plusSeconds(60)));
    store.mergeStory("s-2", "s-1", t);
    assertThat(store.articlesOfStory("s-1")).extracting(StoredArticle::publicId).containsExactly("a-1", "a-2");
    assertThat(store.story("s-2").orElseThrow().mergedInto()).isEqualTo("s-1");
    assertThat(store.story("s-1").orElseThrow().lastPublished()).isEqualTo(t.plusSeconds(60));
    assertThat(store.storiesUpdatedBetween(Instant.EPOCH, t.plusSeconds(3600), 10)).extracting(StoryRecord::id)
        .containsExactly("s-1");
  }

  @Test
  void aMovedArticleTakesItsDuplicatesAndNarrowsTheStoryItLeft() {
    Instant t = Instant.parse("2020-01-05T00:00:00Z");
    store.insertStory(new StoryRecord("s-1", t, t, t, t, 1, null));
    store.insertStory(new StoryRecord("s-2", t, t, t.plusSeconds(120), t, 1, null));
    store.insertArticle(article("a-1", "https://example.org/1", "s-1", t));
    store.insertArticle(article("a-2", "https://example.org/2", "s-2", t));
    StoredArticle moving = store.insertArticle(article("a-3", "https://example.org/3", "s-2", t.plusSeconds(120)));
    StoredArticle copy = article("a-4", "https://example.org/4", "s-2", t.plusSeconds(120));
    store.insertArticle(new StoredArticle(0, copy.publicId(), null, null, copy.url(), copy.canonicalUrl(), copy.outlet(),
        copy.title(), copy.authors(), copy.published(), copy.fetchedAt(), copy.language(), null, null, copy.text(),
        copy.textSource(), copy.contentHash(), moving.id(), "s-2"));

    assertThat(store.moveArticle("a-3", "s-1", t)).contains("s-2");

    assertThat(store.articlesOfStory("s-1")).extracting(StoredArticle::publicId).containsExactly("a-1", "a-3", "a-4");
    StoryRecord left = store.story("s-2").orElseThrow();
    assertThat(left.mergedInto()).isNull();
    assertThat(left.lastPublished()).as("narrowed to its remaining article").isEqualTo(t);
    assertThat(left.version()).isEqualTo(2);
    StoryRecord into = store.story("s-1").orElseThrow();
    assertThat(into.lastPublished()).isEqualTo(t.plusSeconds(120));
    assertThat(into.version()).isEqualTo(2);
    assertThat(store.moveArticle("a-3", "s-1", t)).as("already there: nothing changes").isEmpty();
    assertThat(store.moveArticle("unknown", "s-1", t)).isEmpty();

    assertThat(store.moveArticle("a-2", "s-1", t)).contains("s-2");
    assertThat(store.story("s-2").orElseThrow().mergedInto()).as("emptied: forwards like a merged story").isEqualTo("s-1");
  }

  @Test
  void theDatabaseSurvivesReopening() {
    store.insertArticle(article("a-1", "https://example.org/1", null, null));
    store.close();
    store = SqliteNewsStore.open(dir.resolve("test.db"));
    assertThat(store.articleCount()).isEqualTo(1);
    assertThat(store.integrityCheck()).isEqualTo("ok");
  }

  @Test
  void aSourceKeepsItsWarningUntilAPollClearsIt() {
    Source s = store.addSource("https://example.org/feed.xml", "feed", null, null);
    assertThat(s.lastWarning()).isNull();
    Instant t = Instant.parse("2026-11-29T12:00:00Z");
    String warning = "truncated: the document ends before its <rss> element is closed; 3 entries read";
    store.updateSource(new Source(s.id(), s.url(), null, "feed", "T", null, null, t, t, null, 0, 1800, t, warning));
    assertThat(store.source(s.id()).orElseThrow().lastWarning()).isEqualTo(warning);
    assertThat(store.source(s.id()).orElseThrow().damaged()).isTrue();
    store.updateSource(new Source(s.id(), s.url(), null, "feed", "T", null, null, t, t, null, 0, 1800, t));
    assertThat(store.source(s.id()).orElseThrow().lastWarning()).isNull();
  }

  @Test
  void anOutletIsNamedAsItsPagesMostOftenDeclared() {
    assertThat(store.outletName("planet.example")).isEmpty();
    store.countOutletName("planet.example", "Daily Planet - World");
    store.countOutletName("planet.example", "Daily Planet");
    assertThat(store.outletName("planet.example")).as("a tie goes to the first alphabetically").contains("Daily Planet");
    store.countOutletName("planet.example", "Daily Planet - World");
    assertThat(store.outletName("planet.example")).contains("Daily Planet - World");
    assertThat(store.outletName("other.example")).isEmpty();
  }

  /** A data folder from before schema V6 (source warnings) and V7 (outlet names) opens, migrated, with its data. */
  @Test
  void aDatabaseOfSchemaV5IsMigratedWithItsData() {
    Path old = dir.resolve("v5.db");
    String url = "jdbc:sqlite:" + old.toAbsolutePath();
    org.flywaydb.core.Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("5")
        .load().migrate();
    try (var c = java.sql.DriverManager.getConnection(url); var st = c.createStatement()) {
      st.execute("INSERT INTO sources(url, kind, title, added_at, last_error, consecutive_failures) "
          + "VALUES ('https://example.org/feed.xml', 'feed', 'Old', '2026-01-01T00:00:00Z', 'HTTP 500', 2)");
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }
    try (SqliteNewsStore readOnly = SqliteNewsStore.openReadOnly(old)) {
      // read-only opens do not migrate: the columns added later read as absent
      assertThat(readOnly.sources()).singleElement().satisfies(s -> assertThat(s.lastWarning()).isNull());
    }
    try (SqliteNewsStore migrated = SqliteNewsStore.open(old)) {
      Source s = migrated.sources().getFirst();
      assertThat(s.title()).isEqualTo("Old");
      assertThat(s.lastError()).isEqualTo("HTTP 500");
      assertThat(s.consecutiveFailures()).isEqualTo(2);
      assertThat(s.lastWarning()).isNull();
      migrated.countOutletName("example.org", "Example");
      assertThat(migrated.outletName("example.org")).contains("Example");
    }
  }

  /** Schema V8: links stored with a fragment lose it (hash-bang routes excepted); entry versions start unknown. */
  @Test
  void aDatabaseOfSchemaV7IsMigratedWithLinksWithoutFragments() {
    Path old = dir.resolve("v7.db");
    String url = "jdbc:sqlite:" + old.toAbsolutePath();
    org.flywaydb.core.Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("7")
        .load().migrate();
    try (var c = java.sql.DriverManager.getConnection(url); var st = c.createStatement()) {
      for (String[] a : new String[][] {{"a-1", "https://x.example/storm.html#comments", "https://x.example/storm.html"},
          {"a-2", "https://y.example/#!/story/2", "https://y.example/story2"}}) {
        st.execute("INSERT INTO articles(public_id, url, canonical_url, text, text_source, content_hash, fetched_at) VALUES ('"
            + a[0] + "', '" + a[1] + "', '" + a[2] + "', 'Text.', 'feed', 'h" + a[0] + "', '2026-01-01T00:00:00Z')");
      }
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }
    try (SqliteNewsStore migrated = SqliteNewsStore.open(old)) {
      assertThat(migrated.articleByPublicId("a-1").orElseThrow().url()).isEqualTo("https://x.example/storm.html");
      assertThat(migrated.articleByPublicId("a-2").orElseThrow().url()).isEqualTo("https://y.example/#!/story/2");
      long id = migrated.articleByPublicId("a-1").orElseThrow().id();
      assertThat(migrated.entryVersion(id)).isEqualTo(EntryVersion.UNKNOWN);
      assertThat(migrated.articleUpdatedAt(id)).isNull();
      migrated.updateArticleContent(id, "New", null, "New text.", "feed", "h2", java.time.Instant.parse("2026-02-01T00:00:00Z"));
      assertThat(migrated.articleUpdatedAt(id)).isEqualTo(java.time.Instant.parse("2026-02-01T00:00:00Z"));
      assertThat(migrated.articlesToReindex(id - 1, 10)).as("only marks at or below the given id").isEmpty();
      assertThat(migrated.articlesToReindex(id, 10)).extracting(StoredArticle::title).containsExactly("New");
      List<StoredArticle> read = migrated.articlesToReindex(id, 10);
      // Rewritten again after the index read it: committing the older version must not clear the mark.
      migrated.updateArticleContent(id, "Newer", null, "Newer text.", "feed", "h3", java.time.Instant.parse("2026-02-02T00:00:00Z"));
      migrated.reindexed(read);
      assertThat(migrated.articlesToReindex(id, 10)).extracting(StoredArticle::title).containsExactly("Newer");
      migrated.reindexed(migrated.articlesToReindex(id, 10));
      assertThat(migrated.articlesToReindex(Long.MAX_VALUE, 10)).isEmpty();
    }
  }
}
