package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article whose page answered 404 (here the "Read more" article of the volcano story, gone since
 * its brief was written) is linked nowhere: not by the card, the story page, the API, search or a
 * saved search's feed; the JSON says {@code "link_gone": true} with a null {@code url}, and the
 * story page says the page is no longer available.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeadLinkPagesTest {
  private static final String GONE_URL = "https://wikinews.example/a-v1";
  private static final String LIVE_URL = "https://daily-planet.example/a-v2";

  @TempDir static Path dir;
  WebFixture f;
  Http http;
  long savedId;

  @BeforeAll
  void start() {
    f = new WebFixture(dir, "https://news.example.org");
    http = new Http(f.base);
    long gone = f.store.articleByPublicId("a-v1").orElseThrow().id();
    assertThat(f.store.savePageStatus(gone, 404, true, Instant.now())).isTrue();
    savedId = f.store.addSavedSearch(new newsdesk.store.SavedSearch(0, "Catania", "catania", null, null, null, null,
        Instant.now())).id();
  }

  @AfterAll
  void stop() {
    f.close();
  }

  @Test
  void theStoryJsonNullsTheGoneLinkAndSaysWhy() {
    JsonNode story = ApiTest.json(http.get("/api/v1/stories/s-volcano"));
    assertThat(story.get("read_more").get("outlet").asText()).isEqualTo("Wikinews");
    assertThat(story.get("read_more").get("url").isNull()).isTrue();
    assertThat(story.get("read_more").get("link_gone").asBoolean()).isTrue();
    JsonNode outlets = story.get("outlets");
    assertThat(outlets.get(0).get("name").asText()).isEqualTo("Wikinews");
    assertThat(outlets.get(0).get("url").isNull()).isTrue();
    assertThat(outlets.get(0).get("link_gone").asBoolean()).isTrue();
    assertThat(outlets.get(1).get("url").asText()).isEqualTo(LIVE_URL);
    assertThat(outlets.get(1).has("link_gone")).as("left out for a live link").isFalse();
  }

  @Test
  void theArticleJsonAndSearchHitsDoTheSame() {
    JsonNode gone = ApiTest.json(http.get("/api/v1/articles/a-v1"));
    assertThat(gone.get("url").isNull()).isTrue();
    assertThat(gone.get("link_gone").asBoolean()).isTrue();
    JsonNode live = ApiTest.json(http.get("/api/v1/articles/a-v2"));
    assertThat(live.get("url").asText()).isEqualTo(LIVE_URL);
    assertThat(live.has("link_gone")).isFalse();

    JsonNode hits = ApiTest.json(http.get("/api/v1/search?q=catania")).get("items");
    assertThat(hits).anySatisfy(h -> {
      assertThat(h.get("article_id").asText()).isEqualTo("a-v1");
      assertThat(h.get("url").isNull()).isTrue();
      assertThat(h.get("link_gone").asBoolean()).isTrue();
    });
  }

  @Test
  void theCardAndTheStoryPageNameTheOutletWithoutLinkingThePage() {
    Document front = Jsoup.parse(http.get("/").body());
    var card = front.getElementById("story-s-volcano");
    assertThat(card).isNotNull();
    assertThat(card.select(".read-more").text()).isEqualTo("From Wikinews");
    assertThat(card.select("a[href=" + GONE_URL + "]")).isEmpty();

    Document page = Jsoup.parse(http.get("/stories/s-volcano").body());
    assertThat(page.select(".read-more").text()).isEqualTo("From Wikinews");
    assertThat(page.select("a[href=" + GONE_URL + "]")).isEmpty();
    assertThat(page.select("a[href=" + LIVE_URL + "]")).hasSize(1);
    var goneItem = page.select("ol.articles li").first();
    assertThat(goneItem.text()).contains("Mount Etna erupts, ash over Catania").contains("page no longer available");
  }

  @Test
  void theSearchPageSaysThePageIsGoneInsteadOfLinkingIt() {
    Document page = Jsoup.parse(http.get("/search?q=catania").body());
    assertThat(page.select("a[href=" + GONE_URL + "]")).isEmpty();
    assertThat(page.select("li.result .gone")).extracting(org.jsoup.nodes.Element::text).containsExactly("page no longer available");
  }

  @Test
  void aSavedSearchFeedLinksTheStoryPageInsteadOfTheGonePage() {
    String atom = http.get("/feeds/searches/" + savedId + ".atom").body();
    assertThat(atom).doesNotContain(GONE_URL).contains("https://news.example.org/stories/s-volcano");
    String json = http.get("/feeds/searches/" + savedId + ".json").body();
    assertThat(json).doesNotContain(GONE_URL);
  }
}
