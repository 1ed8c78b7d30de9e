package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import newsdesk.publish.DigestStory;
import newsdesk.store.NewsStore;
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

  /** A story of {@code outlets} articles, one per outlet, last published at {@code last}, with a brief. */
  static void story(NewsStore store, String id, int outlets, Instant last) {
    store.insertStory(new StoryRecord(id, last, last, last, last, 1, null));
    Long first = null;
    for (int i = 0; i < outlets; i++) {
      String aid = "a-" + id + "-" + i;
      String url = "https://outlet" + i + ".example/" + id;
      String text = "Story " + id + " as told by outlet " + i + ".";
      StoredArticle a = store.insertArticle(new StoredArticle(0, aid, null, null, url, url, "Outlet " + i, "Title " + id, List.of(),
          last, last, "en", null, null, text, "page", "h-" + aid, null, id));
      if (first == null) first = a.id();
    }
    String text = "Story " + id + " as told by outlet 0.";
    store.saveBrief(new StoredBrief(id, 1, new Brief("Headline " + id,
        List.of(List.of(new SummarySentence(text, "a-" + id + "-0", 0, text.length())))), first));
  }

  static List<String> ids(List<FrontPage.RankedStory> ranked) {
    return ranked.stream().map(r -> r.record().id()).toList();
  }

  @Test
  void aBroadStoryOlderThanTheMostRecentCandidatesStillRanksWithinTheDigestWindow() throws Exception {
    try (SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("db"))) {
      for (int i = 0; i < 30; i++) story(store, "s-recent-" + i, 1, NEWEST.minus(Duration.ofMinutes(i)));
      // Eight hours older than the newest, but covered by twelve outlets: it outranks them all.
      story(store, "s-broad", 12, NEWEST.minus(Duration.ofHours(8)));
      // Beyond the window of 7 days: no amount of coverage brings it back.
      story(store, "s-last-month", 12, NEWEST.minus(Duration.ofDays(30)));
      FrontPage.Ranking ranking = new FrontPage.Ranking(Duration.ofHours(24), Duration.ofDays(7), 20, Duration.ofSeconds(10));
      try (FrontPage front = new FrontPage(store, ranking, Clock.systemUTC())) {
        List<FrontPage.RankedStory> ranked = front.stories();
        assertThat(ids(ranked).getFirst()).isEqualTo("s-broad");
        assertThat(ranked.getFirst().outlets()).isEqualTo(12);
        assertThat(ranked).hasSize(31);
        assertThat(ids(ranked)).doesNotContain("s-last-month");
        assertThat(front.stories(ranked.subList(0, 2))).extracting(DigestStory::headline)
            .containsExactly("Headline s-broad", "Headline s-recent-0");
      }
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
    return front.stories().stream().map(r -> r.record().id()).toList();
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
      assertThat(front.stories(front.stories())).filteredOn(story -> story.id().equals("s-1")).singleElement()
          .satisfies(story -> assertThat(story.related()).extracting(DigestStory.Related::id).containsExactly("s-2"));
    }
  }

  @Test
  void aQuietWindowIsFilledWithTheMostRecentStoriesHoweverOld() throws Exception {
    try (SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("db"))) {
      story(store, "s-new", 1, NEWEST);
      for (int i = 0; i < 5; i++) story(store, "s-archive-" + i, 2, NEWEST.minus(Duration.ofDays(20 + i)));
      FrontPage.Ranking ranking = new FrontPage.Ranking(Duration.ofHours(24), Duration.ofDays(7), 4, Duration.ofSeconds(10));
      try (FrontPage front = new FrontPage(store, ranking, Clock.systemUTC())) {
        assertThat(ids(front.stories())).containsExactly("s-new", "s-archive-0", "s-archive-1", "s-archive-2");
      }
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
  void rankingBuildsNoStoryAndEachAskedStoryIsBuiltOncePerRanking() throws Exception {
    try (SqliteNewsStore sqlite = SqliteNewsStore.open(dir.resolve("db"))) {
      for (int i = 0; i < 130; i++) story(sqlite, "s-" + i, 1, NEWEST.minus(Duration.ofMinutes(i)));
      CountingStore counting = new CountingStore(sqlite);
      try (FrontPage front = new FrontPage(counting.store(), FrontPage.Ranking.defaults(), Clock.systemUTC())) {
        List<FrontPage.RankedStory> ranked = front.stories();
        assertThat(ranked).hasSize(130);
        assertThat(counting.calls("brief")).as("ranking builds no story").isZero();
        List<DigestStory> last = front.stories(ranked.subList(120, 130));
        assertThat(last).extracting(DigestStory::id).containsExactlyElementsOf(ids(ranked).subList(120, 130));
        assertThat(counting.calls("brief")).isEqualTo(10);
        front.stories(ranked.subList(120, 130));
        assertThat(counting.calls("brief")).as("built once per ranking").isEqualTo(10);
      }
    }
  }

  /** One request as the web page makes it: the ranking, then the page's stories. */
  private static List<DigestStory> request(FrontPage front, int shown) {
    List<FrontPage.RankedStory> ranked = front.stories();
    return front.stories(ranked.subList(0, Math.min(shown, ranked.size())));
  }

  /** Rewrites the brief of {@code id} (a story of {@link #story}) under a new headline. */
  private static void rebrief(NewsStore store, String id, int version, String headline) {
    long article = store.articleByPublicId("a-" + id + "-0").orElseThrow().id();
    store.saveBrief(new StoredBrief(id, version, new Brief(headline,
        List.of(List.of(new SummarySentence("Story " + id + " as told by outlet 0.", "a-" + id + "-0", 0, 10)))), article));
  }

  @Test
  void aRequestDuringBriefingPaysOneRankingAndTheStoriesItShowsThatChanged() throws Exception {
    try (SqliteNewsStore sqlite = SqliteNewsStore.open(dir.resolve("db"))) {
      for (int i = 0; i < 200; i++) story(sqlite, "s-" + i, 1, NEWEST.minus(Duration.ofMinutes(i)));
      CountingStore counting = new CountingStore(sqlite);
      try (FrontPage front = new FrontPage(counting.store(), FrontPage.Ranking.defaults(), Clock.systemUTC())) {
        assertThat(request(front, 20)).hasSize(20);
        assertThat(counting.calls("rankingCandidates")).isEqualTo(1);
        assertThat(counting.calls("brief")).as("the 20 stories shown, no more").isEqualTo(20);
        for (int k = 1; k <= 5; k++) {
          // An ingest briefing stories off the page: each brief moves the version, and the next request ranks again.
          int rankings = counting.calls("rankingCandidates");
          int briefs = counting.calls("brief");
          int versions = counting.calls("digestVersion");
          rebrief(sqlite, "s-" + (150 + k), 2, "Rewritten s-" + (150 + k));
          assertThat(request(front, 20)).hasSize(20);
          assertThat(counting.calls("rankingCandidates") - rankings).as("request %d: one ranking", k).isEqualTo(1);
          assertThat(counting.calls("brief") - briefs).as("request %d: no story of the page changed, none built", k).isZero();
          assertThat(counting.calls("digestVersion") - versions).as("request %d: the version asked, then read by the ranking", k)
              .isEqualTo(2);
        }
        int briefs = counting.calls("brief");
        rebrief(sqlite, "s-3", 2, "Rewritten s-3");
        assertThat(request(front, 20)).extracting(DigestStory::headline).contains("Rewritten s-3").doesNotContain("Headline s-3");
        assertThat(counting.calls("brief") - briefs).as("the one story of the page briefed again").isEqualTo(1);

        int rankings = counting.calls("rankingCandidates");
        briefs = counting.calls("brief");
        int versions = counting.calls("digestVersion");
        request(front, 20);
        assertThat(counting.calls("rankingCandidates") - rankings).as("nothing written since: the ranking stands").isZero();
        assertThat(counting.calls("brief") - briefs).as("and its stories are built already").isZero();
        assertThat(counting.calls("digestVersion") - versions).isEqualTo(1);
      }
    }
  }

  @Test
  void aKeptStoryIsBuiltAgainWhenWhatItShowsChanged() throws Exception {
    try (SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("db"));
        FrontPage front = new FrontPage(store, FrontPage.Ranking.defaults(), Clock.systemUTC())) {
      for (int i = 0; i < 5; i++) story(store, "s-" + i, 1, NEWEST.minus(Duration.ofMinutes(i)));
      store.replaceRelated("s-0", List.of(new RelatedStory("s-0", 0, "s-4", 0.5)));
      assertThat(byId(request(front, 5), "s-0").related()).extracting(DigestStory.Related::headline).containsExactly("Headline s-4");

      // A related story briefed again: the story listing it shows the new headline.
      rebrief(store, "s-4", 2, "Rewritten s-4");
      assertThat(byId(request(front, 5), "s-0").related()).extracting(DigestStory.Related::headline).containsExactly("Rewritten s-4");

      // An article's title corrected (no version move of its own), then another story briefed.
      long article = store.articleByPublicId("a-s-1-0").orElseThrow().id();
      store.updateArticleContent(article, "Corrected title", null, "Story s-1 as told by outlet 0.", "page", "h2", NEWEST);
      rebrief(store, "s-2", 2, "Rewritten s-2");
      assertThat(byId(request(front, 5), "s-1").outlets()).extracting(DigestStory.Coverage::title).containsExactly("Corrected title");

      // A merge: the merged story is gone, the one it went into lists both articles.
      store.mergeStory("s-3", "s-1", NEWEST);
      List<DigestStory> shown = request(front, 5);
      assertThat(shown).extracting(DigestStory::id).doesNotContain("s-3");
      assertThat(byId(shown, "s-1").outlets()).hasSize(2);
    }
  }

  private static DigestStory byId(List<DigestStory> stories, String id) {
    return stories.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id + " not shown"));
  }

  @Test
  void aStoryBriefedDuringTheIngestIsShownAsRewrittenOnTheNextRequest() throws Exception {
    try (SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("db"));
        FrontPage front = new FrontPage(store, FrontPage.Ranking.defaults(), Clock.systemUTC())) {
      story(store, "s-1", 1, NEWEST);
      assertThat(request(front, 10)).extracting(DigestStory::headline).containsExactly("Headline s-1");
      long article = store.articleByPublicId("a-s-1-0").orElseThrow().id();
      store.saveBrief(new StoredBrief("s-1", 2, new Brief("Rewritten s-1",
          List.of(List.of(new SummarySentence("Story s-1 as told by outlet 0.", "a-s-1-0", 0, 10)))), article));
      assertThat(request(front, 10)).extracting(DigestStory::headline).containsExactly("Rewritten s-1");
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
