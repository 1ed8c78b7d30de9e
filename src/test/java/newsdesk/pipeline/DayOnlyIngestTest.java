package newsdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import newsdesk.fetch.LocalServer;
import newsdesk.publish.DigestBuilder;
import newsdesk.publish.DigestStory;
import newsdesk.store.StoredArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A publication date given without a time of day, from a feed served on loopback or from the page
 * itself, is stored as a day (published_precision) and the digest says so; a date with a time, even
 * midnight, is not; ordering is by the stored instant as before.
 */
class DayOnlyIngestTest {
  private static final Instant NOW = Instant.parse("2020-08-26T12:00:00Z");

  @TempDir Path dir;

  private static String item(LocalServer server, String path, String title, String text, String dateElement) {
    return "<item><title>" + title + "</title><link>" + server.url("/" + path) + "</link><guid>" + path
        + "</guid><description>" + text + "</description>" + dateElement + "</item>";
  }

  private static String page(String title, String head) {
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title>" + head
        + "</head><body><article><h1>" + title + "</h1>"
        + "<p>The regional council met on Tuesday and voted to extend the coastal railway line by forty kilometres.</p>"
        + "<p>Construction is to start next spring, the council said, and the first trains should run within four years.</p>"
        + "<p>Residents of the towns along the route welcomed the decision at a public meeting later that evening.</p>"
        + "</article></body></html>";
  }

  @Test
  void dayOnlyDatesFromTheFeedAndThePageAreStoredAsDays() {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      LocalServer server = f.server;
      String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>Dates</title>"
          + item(server, "day", "Council approves new harbour bridge",
              "The town council approved a new bridge across the harbour on Tuesday after ten years of debate.",
              "<pubDate>Tue, 25 Aug 2020</pubDate>")
          + item(server, "midnight", "Ferry service resumes after storm",
              "Ferries to the islands sailed again on Tuesday evening after two days of storms kept them in port.",
              "<pubDate>Tue, 25 Aug 2020 00:00:00 GMT</pubDate>")
          + item(server, "timed", "Rovers win the cup final on penalties",
              "Rovers beat City 4-3 on penalties after a 1-1 draw in the cup final on Tuesday afternoon.",
              "<pubDate>Tue, 25 Aug 2020 15:00:00 GMT</pubDate>")
          + item(server, "page-day", "Coastal railway to be extended", "The regional council voted to extend the railway.", "")
          + item(server, "future-day", "Museum opens a new wing",
              "The city museum opened a new wing for its collection of maritime paintings on Friday morning.",
              "<pubDate>Fri, 28 Aug 2020</pubDate>")
          + item(server, "east-day", "Ferry timetable changes in the islands",
              "The island ferry company published a new timetable on Thursday morning, local time, for the winter.",
              "<pubDate>2020-08-27+10:00</pubDate>")
          + item(server, "page-time", "Library reopens after renovation",
              "The central library reopened on Tuesday after two years of renovation work on its reading rooms.",
              "<pubDate>Tue, 25 Aug 2020</pubDate>")
          + item(server, "page-other-day", "Harbour festival draws record crowds",
              "The harbour festival drew record crowds on its opening weekend, the organisers said on Tuesday.",
              "<pubDate>Tue, 25 Aug 2020</pubDate>")
          + "</channel></rss>";
      server.route("/feed", LocalServer.text(200, "application/rss+xml", rss));
      // The entry gives the day, the page its time that day (preferred) or a time on another day (not).
      server.route("/page-time", LocalServer.text(200, "text/html; charset=utf-8",
          page("Library reopens after renovation", "<meta property=\"article:published_time\" content=\"2020-08-25T14:05:00Z\">")));
      server.route("/page-other-day", LocalServer.text(200, "text/html; charset=utf-8",
          page("Harbour festival draws record crowds", "<meta property=\"article:published_time\" content=\"2020-08-20T09:00:00Z\">")));
      server.route("/page-day", LocalServer.text(200, "text/html; charset=utf-8",
          page("Coastal railway to be extended", "<meta property=\"article:published_time\" content=\"2020-08-24\">")));
      var source = f.store.addSource(server.url("/feed").toString(), "feed", null, null);
      new Pipeline(f.store, f.index, f.fetcher, StandardStages.create(), Pipeline.Config.defaults(),
          Clock.fixed(NOW, ZoneOffset.UTC), Progress.NONE).ingest(List.of(source));

      Map<String, StoredArticle> byTitle = f.store.articlesAfter(0, 10).stream()
          .collect(Collectors.toMap(StoredArticle::title, Function.identity()));
      assertThat(byTitle.get("Council approves new harbour bridge"))
          .returns(Instant.parse("2020-08-25T00:00:00Z"), StoredArticle::published).returns(true, StoredArticle::publishedDayOnly);
      assertThat(byTitle.get("Ferry service resumes after storm"))
          .returns(Instant.parse("2020-08-25T00:00:00Z"), StoredArticle::published).returns(false, StoredArticle::publishedDayOnly);
      assertThat(byTitle.get("Rovers win the cup final on penalties").publishedDayOnly()).isFalse();
      assertThat(byTitle.get("Coastal railway to be extended"))
          .returns(Instant.parse("2020-08-24T00:00:00Z"), StoredArticle::published).returns(true, StoredArticle::publishedDayOnly);
      assertThat(byTitle.get("Library reopens after renovation"))
          .returns(Instant.parse("2020-08-25T14:05:00Z"), StoredArticle::published).returns(false, StoredArticle::publishedDayOnly);
      assertThat(byTitle.get("Harbour festival draws record crowds"))
          .returns(Instant.parse("2020-08-25T00:00:00Z"), StoredArticle::published).returns(true, StoredArticle::publishedDayOnly);
      // A day after the fetch's day in every time zone is dated at the fetch time, a time newsdesk knows.
      assertThat(byTitle.get("Museum opens a new wing"))
          .returns(NOW, StoredArticle::published).returns(false, StoredArticle::publishedDayOnly);
      // The 27th is already the date at UTC+10:00 (and +14:00) at 12:00 UTC on the 26th: a
      // publisher's morning east of UTC, not a future date; it keeps its day.
      assertThat(byTitle.get("Ferry timetable changes in the islands"))
          .returns(Instant.parse("2020-08-27T00:00:00Z"), StoredArticle::published).returns(true, StoredArticle::publishedDayOnly);

      List<DigestStory.Coverage> coverage = new DigestBuilder(f.store).digest(null, null, 10).stream()
          .flatMap(s -> s.outlets().stream()).toList();
      assertThat(coverage).filteredOn(c -> DigestStory.Coverage.DAY.equals(c.publishedPrecision()))
          .extracting(DigestStory.Coverage::title)
          .containsExactlyInAnyOrder("Council approves new harbour bridge", "Coastal railway to be extended",
              "Harbour festival draws record crowds", "Ferry timetable changes in the islands");
    }
  }

  @Test
  void theDemoCorpusDatesItsArticlesByTheDay() {
    try (DemoFixture f = new DemoFixture(dir)) {
      f.pipeline().ingest(f.subscribe("science"));
      List<StoredArticle> stored = f.store.articlesAfter(0, 1000);
      assertThat(stored).isNotEmpty();
      // The corpus marks every date "published_precision": "day"; each keeps its day.
      assertThat(stored).allSatisfy(a -> {
        assertThat(a.publishedDayOnly()).as(a.url()).isTrue();
        assertThat(a.published()).isEqualTo(f.corpus.articles().stream().filter(d -> d.url().equals(a.url())).findFirst()
            .orElseThrow().published());
      });
    }
  }
}
