package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import newsdesk.store.RelatedStory;
import newsdesk.store.StoredArticle;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The front page's dates (first seen, on a story's card and wherever it is listed as related, valid
 * {@code datetime}) and a page far past its end.
 */
class FrontPageDatesTest {
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

  @Test
  void anUndatedStoryIsLabelledFirstSeenAndTimesCarryWholeSeconds() {
    Instant dated = Instant.parse("2020-03-02T10:00:00.123456789Z");
    site.story("s-dated", dated, dated, true);
    site.story("s-undated", null, Instant.parse("2020-03-02T11:00:00.987654321Z"), true);
    Document page = site.page("/");
    assertThat(page.select("#story-s-undated time").text()).isEqualTo("first seen 2020-03-02");
    assertThat(page.select("#story-s-dated time").text()).isEqualTo("2020-03-02");
    assertThat(page.select("time").eachAttr("datetime")).containsExactlyInAnyOrder("2020-03-02T10:00:00Z", "2020-03-02T11:00:00Z");
  }

  @Test
  void aRelatedLineDatesTheRelatedStoryAsItsOwnCardDoes() {
    Instant dated = Instant.parse("2020-03-02T10:00:00Z");
    site.story("s-dated", dated, dated, true);
    site.story("s-undated", null, Instant.parse("2020-03-02T11:00:00Z"), true);
    // Dated by its newest article, published at noon; its undated article, first seen before, dates nothing.
    StoredArticle mixed = site.story("s-mixed", Instant.parse("2020-03-02T12:00:00Z"), Instant.parse("2020-03-02T12:05:00Z"), true);
    site.store.insertArticle(new StoredArticle(0, "a-mixed-2", null, "a-mixed-2", "https://example.org/m2", "https://example.org/m2",
        "Wikinews", "Volcano update", List.of(), null, Instant.parse("2020-03-02T09:00:00Z"), "en", null, null,
        "The volcano erupted again.", "page", "hash-m2", null, mixed.storyId()));
    site.store.replaceRelated("s-dated", List.of(new RelatedStory("s-dated", 0, "s-undated", 0.6),
        new RelatedStory("s-dated", 1, "s-mixed", 0.5)));
    site.store.replaceRelated("s-undated", List.of(new RelatedStory("s-undated", 0, "s-dated", 0.6)));

    Document front = site.page("/");
    assertThat(front.select("#story-s-undated p.meta time").text()).isEqualTo("first seen 2020-03-02");
    assertThat(front.select("#story-s-mixed p.meta time").text()).isEqualTo("2020-03-02");
    assertThat(front.select("#story-s-dated .related time").eachText()).containsExactly("first seen 2020-03-02", "2020-03-02");
    assertThat(front.select("#story-s-undated .related time").eachText()).containsExactly("2020-03-02");
    assertThat(site.page("/stories/s-dated").select(".related time").eachText())
        .containsExactly("first seen 2020-03-02", "2020-03-02");
    assertThat(site.page("/stories/s-mixed").select(".timeline time").eachText()).containsExactly("first seen 09:00", "12:00");

    JsonNode related = ApiTest.json(site.http().get("/api/v1/stories/s-dated")).get("related");
    assertThat(related.get(0).get("last_published_first_seen").asBoolean()).isTrue();
    assertThat(related.get(1).has("last_published_first_seen")).as("left out when false").isFalse();
    assertThat(site.http().get("/feeds/digest.atom").body()).contains("(first seen 2020-03-02)");
  }

  @Test
  void aPageFarPastTheEndIsEmptyWithALinkBackAndOnlyBadNumbersAreRefused() {
    Instant t = Instant.parse("2020-03-02T10:00:00Z");
    site.story("s-1", t, t, true);
    for (String p : List.of("99999", "99999999999999999999")) {
      Document page = site.page("/?page=" + p);
      assertThat(site.http().get("/?page=" + p).statusCode()).as(p).isEqualTo(200);
      assertThat(page.select("article.card")).isEmpty();
      assertThat(page.select("main .notice a").attr("href")).isEqualTo("/");
    }
    for (String p : List.of("-1", "two", "1.5", "")) {
      assertThat(site.http().get("/?page=" + p).statusCode()).as(p).isEqualTo(400);
    }
  }
}
