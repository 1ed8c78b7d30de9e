package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import newsdesk.store.RelatedStory;
import newsdesk.store.StoredArticle;
import newsdesk.store.StoredBrief;
import newsdesk.store.StoryRecord;
import newsdesk.summarize.Brief;
import newsdesk.summarize.SummarySentence;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article whose publication date was given without a time of day: the pages and the API show its
 * day alone, the Atom feed keeps the full timestamp its format requires, and a midnight given with its
 * time is still shown as a time.
 */
class DayOnlyDatesTest {
  private static final Instant DAY = Instant.parse("2020-08-25T00:00:00Z");
  @TempDir Path dir;
  private FrontPageFixture site;

  @BeforeEach
  void open() {
    site = new FrontPageFixture(dir);
  }

  @AfterEach
  void stop() {
    site.close();
  }

  /** A story "s-1" of a day-only article and, later that day, one given to the minute; and one at a stated midnight. */
  private void stories() {
    StoredArticle first = site.story("s-1", Instant.parse("2020-08-25T14:05:00Z"), Instant.parse("2020-08-25T15:00:00Z"), true);
    site.store.insertArticle(new StoredArticle(0, "a-day", null, "a-day", "https://example.org/day", "https://example.org/day",
        "Daily Planet", "Volcano day", List.of(), DAY, Instant.parse("2020-08-26T08:00:00Z"), "en", null, null,
        "The volcano erupted.", "page", "hash-day", null, first.storyId(), null, null, false, null, null, true));
    site.store.insertArticle(new StoredArticle(0, "a-midnight", null, "a-midnight", "https://example.org/midnight",
        "https://example.org/midnight", "Le Monde", "Volcano midnight", List.of(), DAY, Instant.parse("2020-08-26T08:00:00Z"),
        "en", null, null, "The volcano erupted at midnight.", "page", "hash-midnight", null, first.storyId()));
  }

  @Test
  void theStoryPageShowsTheDayWithoutAnInventedTime() {
    stories();
    Document page = site.page("/stories/s-1");
    assertThat(page.select("time").eachText()).contains("25 Aug 2020", "25 Aug 2020, 00:00 UTC", "25 Aug 2020, 14:05 UTC");
    // The timeline lists the day-only article under its day, without a time of day.
    assertThat(page.select(".timeline time").eachText()).containsExactly("00:00", "14:05");
    assertThat(page.select(".timeline li li").eachText()).anySatisfy(t -> assertThat(t).isEqualTo("Daily Planet: Volcano day"));
    assertThat(page.select("time").eachAttr("datetime")).contains("2020-08-25", "2020-08-25T00:00:00Z");
  }

  @Test
  void aCardDatedByADayOnlyArticleHasADayAsItsDatetime() {
    dayOnlyStory();
    stories();
    Document front = site.page("/");
    assertThat(front.select("#story-s-day p.meta time").attr("datetime")).isEqualTo("2020-08-25");
    assertThat(front.select("#story-s-day p.meta time").text()).isEqualTo("2020-08-25");
    assertThat(front.select("#story-s-1 p.meta time").attr("datetime")).isEqualTo("2020-08-25T14:05:00Z");
  }

  /** A story "s-day" dated by a day-only article alone. */
  private void dayOnlyStory() {
    site.store.insertStory(new StoryRecord("s-day", DAY, DAY, DAY, DAY, 1, null));
    StoredArticle a = site.store.insertArticle(new StoredArticle(0, "a-day-2", null, "a-day-2", "https://example.org/day-2",
        "https://example.org/day-2", "Daily Planet", "Volcano day", List.of(), DAY, Instant.parse("2020-08-26T08:00:00Z"), "en",
        null, null, "The volcano erupted.", "page", "hash-day-2", null, "s-day", null, null, false, null, null, true));
    site.store.saveBrief(new StoredBrief("s-day", 1, new Brief("Volcano day",
        List.of(List.of(new SummarySentence("The volcano erupted.", "a-day-2", 0, 20)))), a.id()));
  }

  @Test
  void aRelatedLineDatedByADayOnlyArticleHasADayAsItsDatetime() throws Exception {
    dayOnlyStory();
    stories();
    site.store.replaceRelated("s-1", List.of(new RelatedStory("s-1", 0, "s-day", 0.8)));
    site.store.replaceRelated("s-day", List.of(new RelatedStory("s-day", 0, "s-1", 0.8)));
    Document story = site.page("/stories/s-1");
    assertThat(story.select("ul.related time").eachAttr("datetime")).containsExactly("2020-08-25");
    assertThat(story.select("ul.related time").eachText()).containsExactly("2020-08-25");
    Document front = site.page("/");
    assertThat(front.select("#story-s-1 ul.related time").eachAttr("datetime")).containsExactly("2020-08-25");
    // A related story dated by an article given to the minute keeps its time.
    assertThat(front.select("#story-s-day ul.related time").eachAttr("datetime")).containsExactly("2020-08-25T14:05:00Z");

    JsonNode related = ApiTest.json(site.http().get("/api/v1/stories/s-1")).get("related");
    assertThat(related.get(0).get("last_published_precision").asText()).isEqualTo("day");
    JsonNode timed = ApiTest.json(site.http().get("/api/v1/stories/s-day")).get("related");
    assertThat(timed.get(0).has("last_published_precision")).as("left out when the time was given").isFalse();
  }

  @Test
  void theApiMarksADayOnlyDate() throws Exception {
    stories();
    JsonNode day = ApiTest.json(site.http().get("/api/v1/articles/a-day"));
    assertThat(day.get("published").asText()).isEqualTo("2020-08-25T00:00:00Z");
    assertThat(day.get("published_precision").asText()).isEqualTo("day");
    JsonNode midnight = ApiTest.json(site.http().get("/api/v1/articles/a-midnight"));
    assertThat(midnight.has("published_precision")).as("left out when the time was given").isFalse();

    JsonNode outlets = ApiTest.json(site.http().get("/api/v1/stories/s-1")).get("outlets");
    assertThat(outlets.findValuesAsText("published_precision")).containsExactly("day");
  }

  @Test
  void theAtomFeedKeepsAFullTimestamp() {
    stories();
    String atom = site.http().get("/feeds/digest.atom").body();
    assertThat(atom).containsPattern("<updated>\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z</updated>");
  }
}
