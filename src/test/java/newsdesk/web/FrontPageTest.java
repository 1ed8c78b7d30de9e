package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import newsdesk.publish.DigestStory;
import newsdesk.store.RelatedStory;
import newsdesk.store.SqliteNewsStore;
import newsdesk.store.StoredArticle;
import newsdesk.store.StoredBrief;
import newsdesk.store.StoryRecord;
import newsdesk.summarize.Brief;
import newsdesk.summarize.SummarySentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrontPageTest {
  @TempDir Path dir;
  static final Instant NEWEST = Instant.parse("2020-03-02T12:00:00Z");

  @Test
  void breadthOfCoverageOutweighsALittleRecencyButNotADay() throws Exception {
    try (SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("db"));
        FrontPage front = new FrontPage(store, FrontPage.Ranking.defaults(), Clock.systemUTC())) {
      double threeOutletsNow = front.score(3, NEWEST, NEWEST);
      assertThat(threeOutletsNow).isGreaterThan(front.score(1, NEWEST, NEWEST));
      assertThat(threeOutletsNow).isEqualTo(1 + Math.log(3));
      assertThat(front.score(3, NEWEST.minus(Duration.ofMinutes(30)), NEWEST)).isGreaterThan(front.score(1, NEWEST, NEWEST));
      assertThat(front.score(3, NEWEST.minus(Duration.ofHours(30)), NEWEST)).isLessThan(front.score(1, NEWEST, NEWEST));
      assertThat(front.score(1, NEWEST.minus(Duration.ofHours(24)), NEWEST)).isEqualTo(0.5);
      assertThat(front.score(0, null, NEWEST)).isZero();
    }
  }

  @Test
  void anEmptyStoreHasAnEmptyFrontPage() throws Exception {
    try (SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("db"));
        FrontPage front = new FrontPage(store, FrontPage.Ranking.defaults(), Clock.systemUTC())) {
      assertThat(front.stories()).isEmpty();
    }
  }

  /** One story with one article, stored as the pipeline stores it: admission, then (optionally) its brief. */
  private static void admit(SqliteNewsStore store, String id, Instant t, boolean brief) {
    store.insertStory(new StoryRecord(id, t, t, t, t, 1, null));
    String url = "https://example.org/" + id;
    StoredArticle a = store.insertArticle(new StoredArticle(0, "a-" + id, null, "a-" + id, url, url, "Outlet", "Title " + id,
        List.of(), t, t, "en", null, null, "Text of " + id + ".", "page", "hash-" + id, null, id));
    if (brief) briefed(store, id, a.id());
  }

  private static void briefed(SqliteNewsStore store, String id, long articleId) {
    String text = "Text of " + id + ".";
    store.saveBrief(new StoredBrief(id, 1, new Brief("Headline " + id, List.of(List.of(new SummarySentence(text, "a-" + id, 0, text.length())))), articleId));
  }

  private static List<String> ids(FrontPage front) {
    return front.stories().stream().map(r -> r.story().id()).toList();
  }

  @Test
  void theFirstRequestAfterAnIngestSeesWhatItCommitted() throws Exception {
    try (SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("db"));
        FrontPage front = new FrontPage(store, FrontPage.Ranking.defaults(), Clock.systemUTC())) {
      assertThat(front.stories()).isEmpty();
      admit(store, "s-1", NEWEST, true);
      assertThat(ids(front)).containsExactly("s-1");
      // Admitted, not briefed yet (the brief step runs after admission): not shown, then shown once briefed.
      admit(store, "s-2", NEWEST.plusSeconds(60), false);
      assertThat(ids(front)).containsExactly("s-1");
      briefed(store, "s-2", store.articleByPublicId("a-s-2").orElseThrow().id());
      assertThat(ids(front)).containsExactly("s-2", "s-1");
      store.replaceRelated("s-1", List.of(new RelatedStory("s-1", 0, "s-2", 0.5)));
      assertThat(front.stories()).filteredOn(r -> r.story().id().equals("s-1")).singleElement()
          .satisfies(r -> assertThat(r.story().related()).extracting(DigestStory.Related::id).containsExactly("s-2"));
    }
  }

  @Test
  void whatAnotherProcessCommitsIsSeenOnTheNextRequest() throws Exception {
    // serve and a fetch beside it: two connections to one database file.
    try (SqliteNewsStore served = SqliteNewsStore.open(dir.resolve("db"));
        SqliteNewsStore fetching = SqliteNewsStore.open(dir.resolve("db"));
        FrontPage front = new FrontPage(served, FrontPage.Ranking.defaults(), Clock.systemUTC())) {
      assertThat(front.stories()).isEmpty();
      admit(fetching, "s-1", NEWEST, true);
      assertThat(ids(front)).containsExactly("s-1");
      admit(fetching, "s-2", NEWEST.plusSeconds(60), true);
      fetching.mergeStory("s-1", "s-2", NEWEST);
      assertThat(ids(front)).containsExactly("s-2");
    }
  }

  @Test
  void anUnchangedStoreKeepsItsRanking() throws Exception {
    try (SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("db"));
        FrontPage front = new FrontPage(store, FrontPage.Ranking.defaults(), Clock.systemUTC())) {
      admit(store, "s-1", NEWEST, true);
      List<FrontPage.RankedStory> first = front.stories();
      String version = store.digestVersion();
      store.saveSetting("reading", "public");
      assertThat(store.digestVersion()).isEqualTo(version);
      assertThat(front.stories()).isSameAs(first);
    }
  }
}
