package newsdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import newsdesk.fetch.LocalServer;
import newsdesk.store.Source;
import newsdesk.store.StoredArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which stored article a polled entry is, end to end: unrelated texts in any script are distinct
 * articles, an id shared by several entries (or an empty one) never merges them, hash-bang routes
 * are distinct pages, and an entry already stored is recognised however its page names itself and
 * however its description's markup changes, so that its page is fetched once.
 */
class IdentityIngestTest {
  @TempDir Path dir;

  static final String RU_BRIDGE = "Новый мост через реку Каму открыли для движения в понедельник после четырёх лет"
      + " строительства. Инженеры рассказали, что стальной пролёт поднимали тремя частями летом. Жители, которые"
      + " проехали по мосту утром, говорят, что дорога в центр города стала короче на десять минут. Городской совет"
      + " ожидает, что по мосту будут ежедневно проезжать около сорока тысяч машин, когда достроят подъездные дороги."
      + " Старый мост закроют на ремонт весной.";
  static final String RU_ORCHESTRA = "Молодёжный оркестр из Твери победил на всероссийском конкурсе с программой из"
      + " произведений Чайковского и новой пьесы местного композитора. Жюри особо отметило струнную группу и молодого"
      + " дирижёра. Музыканты репетировали дважды в неделю в школьном зале почти весь год. Премия позволит оркестру"
      + " весной отправиться в гастрольный тур по трём городам, а участники надеются записать свой первый альбом.";
  static final String ALPHA = "The harbour authority in Glenport said on Sunday that the old breakwater will be rebuilt"
      + " next year after winter storms opened a gap of twenty metres in its outer wall. Fishing crews have asked for"
      + " the work to start before the autumn season, and the council has promised to cover a third of the cost from"
      + " its reserves while the rest comes from a national coastal fund.";
  static final String BRAVO = "A youth orchestra from Elmshaven won the national competition with a programme of Dvorak"
      + " and a new piece by a local composer. The jury praised the string section and the young conductor, and the"
      + " members, who rehearsed twice a week in a school hall for most of the year, will spend the prize on a concert"
      + " tour of three cities next spring and hope to record their first album.";

  private static String rss(String items) {
    return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Glenport Herald</title>" + items + "</channel></rss>";
  }

  private static String item(String title, String link, String guid, String description) {
    return "<item><title>" + title + "</title>" + (link == null ? "" : "<link>" + link + "</link>")
        + (guid == null ? "" : guid) + "<description><![CDATA[" + description + "]]></description></item>";
  }

  private static String page(String title, String text, String canonical) {
    return "<html><head><title>" + title + "</title>"
        + (canonical == null ? "" : "<link rel=\"canonical\" href=\"" + canonical + "\">")
        + "</head><body><article><h1>" + title + "</h1><p>" + text.replace(". ", ".</p><p>") + "</p></article></body></html>";
  }

  private static Source follow(LoopbackFixture f, String feed) {
    f.server.route("/feed.rss", LocalServer.text(200, "application/rss+xml", feed));
    return f.store.addSource(f.server.url("/feed.rss").toString(), "feed", null, null);
  }

  private static IngestReport poll(LoopbackFixture f, Source source) {
    return f.pipeline(StandardStages.create()).ingest(List.of(f.store.source(source.id()).orElseThrow()));
  }

  @Test
  void unrelatedCyrillicArticlesAreEachStoredAndACopyIsADuplicate() {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      Source source = follow(f, rss(item("Мост открыт", null, "<guid isPermaLink=\"false\">ru-1</guid>", RU_BRIDGE)
          + item("Оркестр победил", null, "<guid isPermaLink=\"false\">ru-2</guid>", RU_ORCHESTRA)));
      IngestReport report = poll(f, source);

      assertThat(report.added()).isEqualTo(2);
      assertThat(report.duplicates()).isZero();
      List<StoredArticle> stored = f.store.articlesAfter(0, 10);
      assertThat(stored).extracting(StoredArticle::duplicateOf).containsOnlyNulls();
      assertThat(stored).extracting(StoredArticle::contentHash).doesNotHaveDuplicates();

      f.server.route("/copy.rss", LocalServer.text(200, "application/rss+xml",
          rss(item("Мост открыт!", null, "<guid isPermaLink=\"false\">copy-1</guid>", RU_BRIDGE.toUpperCase()))));
      Source copies = f.store.addSource(f.server.url("/copy.rss").toString(), "feed", null, null);
      IngestReport copied = poll(f, copies);

      assertThat(copied.duplicates()).isEqualTo(1);
      StoredArticle bridge = stored.stream().filter(a -> a.guid().equals("ru-1")).findFirst().orElseThrow();
      StoredArticle copy = f.store.articlesAfter(0, 10).stream().filter(a -> "copy-1".equals(a.guid())).findFirst().orElseThrow();
      assertThat(copy.duplicateOf()).isEqualTo(bridge.id());
      assertThat(copy.contentHash()).isEqualTo(bridge.contentHash());
    }
  }

  @Test
  void entriesSharingAnEmptyOrRepeatedGuidAreEachTheirOwnArticleOnEveryPoll() {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      f.server.route("/alpha.html", LocalServer.text(200, "text/html", page("alpha", ALPHA, null)));
      f.server.route("/bravo.html", LocalServer.text(200, "text/html", page("bravo", BRAVO, null)));
      f.server.route("/c.html", LocalServer.text(200, "text/html", page("charlie", UpdatedEntryTest.BEFORE, null)));
      f.server.route("/d.html", LocalServer.text(200, "text/html", page("delta", RU_ORCHESTRA, null)));
      Source source = follow(f, rss(
          item("alpha", f.server.url("/alpha.html").toString(), "<guid isPermaLink=\"false\">same</guid>", ALPHA)
          + item("bravo", f.server.url("/bravo.html").toString(), "<guid isPermaLink=\"false\">same</guid>", BRAVO)
          + item("charlie", f.server.url("/c.html").toString(), "<guid isPermaLink=\"false\"></guid>", UpdatedEntryTest.BEFORE)
          + item("delta", f.server.url("/d.html").toString(), "<guid isPermaLink=\"false\"></guid>", RU_ORCHESTRA)));

      IngestReport first = poll(f, source);
      assertThat(first.added()).isEqualTo(4);
      assertThat(first.skipped()).isZero();
      assertThat(f.store.articlesAfter(0, 10)).extracting(StoredArticle::title)
          .containsExactlyInAnyOrder("alpha", "bravo", "charlie", "delta");

      for (int i = 0; i < 2; i++) {
        IngestReport again = poll(f, source);
        assertThat(again.updated()).as("poll %d", i + 2).isZero();
        assertThat(again.added()).isZero();
        assertThat(again.skipped()).isEqualTo(4);
      }
      assertThat(f.store.articlesAfter(0, 10)).extracting(StoredArticle::title)
          .containsExactlyInAnyOrder("alpha", "bravo", "charlie", "delta");
      assertThat(f.server.count("/alpha.html")).isEqualTo(1);
      assertThat(f.server.count("/bravo.html")).isEqualTo(1);
    }
  }

  @Test
  void hashBangEntriesAreDistinctArticles() {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      // The application shell every route is served from: no article of its own, one canonical for all.
      f.server.route("/", LocalServer.text(200, "text/html", "<html><head><title>Herald</title><link rel=\"canonical\" href=\""
          + f.server.url("/") + "\"></head><body><div id=app>Loading</div></body></html>"));
      String one = f.server.url("/") + "#!/story/1";
      String two = f.server.url("/") + "#!/story/2";
      Source source = follow(f, rss(item("alpha", one, null, ALPHA) + item("bravo", two, null, BRAVO)));

      IngestReport report = poll(f, source);

      assertThat(report.added()).isEqualTo(2);
      List<StoredArticle> stored = f.store.articlesAfter(0, 10);
      assertThat(stored).extracting(StoredArticle::url).containsExactlyInAnyOrder(one, two);
      assertThat(stored).extracting(StoredArticle::canonicalUrl).doesNotHaveDuplicates();
      assertThat(stored).extracting(StoredArticle::text).containsExactlyInAnyOrder(ALPHA, BRAVO);

      IngestReport again = poll(f, source);
      assertThat(again.skipped()).isEqualTo(2);
      assertThat(again.added() + again.updated()).isZero();
      assertThat(f.server.count("/")).isEqualTo(2);
    }
  }

  @Test
  void anEntryWhosePageDeclaresAnotherCanonicalIsFetchedOnce() {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      f.server.route("/story.html", LocalServer.text(200, "text/html",
          page("alpha", ALPHA, f.server.url("/2026/11/29/breakwater-rebuilt").toString())));
      Source source = follow(f, rss(item("alpha", f.server.url("/story.html?ref=rss#top").toString(), null, "Breakwater")));

      assertThat(poll(f, source).added()).isEqualTo(1);
      for (int i = 0; i < 2; i++) {
        IngestReport again = poll(f, source);
        assertThat(again.skipped()).isEqualTo(1);
        assertThat(again.added() + again.updated()).isZero();
      }

      assertThat(f.server.count("/story.html")).isEqualTo(1);
      assertThat(f.store.articlesAfter(0, 10)).singleElement()
          .satisfies(a -> assertThat(a.canonicalUrl()).endsWith("/2026/11/29/breakwater-rebuilt"));
    }
  }

  @Test
  void aDescriptionWhoseMarkupAloneChangesIsNotReadAgain() {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      f.server.route("/alpha.html", LocalServer.text(200, "text/html", page("alpha", ALPHA, null)));
      String link = f.server.url("/alpha.html").toString();
      String pixel = "<img src=\"" + f.server.url("/pixel.gif") + "?ts=%d\" width=\"1\" height=\"1\">";
      Source source = follow(f, rss(item("alpha", link, "<guid>" + link + "</guid>",
          "<p>The breakwater will be rebuilt.</p>" + pixel.formatted(1))));
      assertThat(poll(f, source).added()).isEqualTo(1);

      for (int ts = 2; ts <= 3; ts++) {
        f.server.route("/feed.rss", LocalServer.text(200, "application/rss+xml", rss(item("alpha", link,
            "<guid>" + link + "</guid>", "<p class=\"lead\">The breakwater will be <b>rebuilt</b>.</p>" + pixel.formatted(ts)))));
        IngestReport again = poll(f, source);
        assertThat(again.skipped()).isEqualTo(1);
        assertThat(again.updated()).isZero();
      }
      assertThat(f.server.count("/alpha.html")).isEqualTo(1);

      f.server.route("/feed.rss", LocalServer.text(200, "application/rss+xml", rss(item("alpha", link,
          "<guid>" + link + "</guid>", "<p>The breakwater will be rebuilt in spring.</p>" + pixel.formatted(4)))));
      poll(f, source);
      assertThat(f.server.count("/alpha.html")).as("a changed word is read again").isEqualTo(2);
    }
  }
  /**
   * After the upgrade to schema V10 every entry fingerprint is cleared (they were of the markup):
   * the next poll records the new ones without reading or rewriting any article, from a page or
   * from the feed, and the poll after that compares with them.
   */
  @Test
  void thePollAfterFingerprintsWereClearedRecordsThemWithoutRewriting() throws Exception {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      f.server.route("/alpha.html", LocalServer.text(200, "text/html", page("alpha", ALPHA, null)));
      String alpha = f.server.url("/alpha.html").toString();
      String bravo = f.server.url("/bravo.html").toString(); // no page: the feed's text is stored
      Source source = follow(f, rss(item("alpha", alpha, "<guid>" + alpha + "</guid>", "<p>The breakwater.</p>")
          + item("bravo", bravo, "<guid>" + bravo + "</guid>", "<p>" + BRAVO + "</p>")));
      assertThat(poll(f, source).added()).isEqualTo(2);
      try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("newsdesk.db").toAbsolutePath())) {
        c.createStatement().execute("UPDATE articles SET entry_fingerprint = NULL"); // as V10 does
      }

      for (int i = 0; i < 2; i++) {
        IngestReport again = poll(f, source);
        assertThat(again.skipped()).isEqualTo(2);
        assertThat(again.updated() + again.added()).isZero();
      }

      assertThat(f.server.count("/alpha.html")).isEqualTo(1);
      assertThat(f.server.count("/bravo.html")).isEqualTo(1);
      for (StoredArticle a : f.store.articlesAfter(0, 10)) {
        assertThat(f.store.entryVersion(a.id()).fingerprint()).as(a.title()).isNotNull();
        assertThat(f.store.articleUpdatedAt(a.id())).as(a.title()).isNull();
      }
    }
  }
}
