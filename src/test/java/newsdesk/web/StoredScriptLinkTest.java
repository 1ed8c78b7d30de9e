package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article stored with a {@code javascript:} link (as the hostile fixture stores {@code a-h1}, as
 * a store written before links were checked holds it) gets a null url from every API view.
 */
class StoredScriptLinkTest {
  @TempDir Path dir;

  @Test
  void theApiNeverGivesTheScriptLink() {
    try (WebFixture f = new WebFixture(dir, "https://news.example.org")) {
      Http http = new Http(f.base);
      assertThat(f.store.articleByPublicId("a-h1").orElseThrow().url()).startsWith("javascript:");
      JsonNode article = ApiTest.json(http.get("/api/v1/articles/a-h1"));
      assertThat(article.get("url").isNull()).isTrue();
      JsonNode story = ApiTest.json(http.get("/api/v1/stories/s-hostile"));
      assertThat(story.get("read_more").get("url").isNull()).isTrue();
      assertThat(story.get("outlets")).allSatisfy(o -> assertThat(o.get("url").asText("")).doesNotStartWith("javascript:"));
      for (JsonNode a : ApiTest.json(http.get("/api/v1/articles?limit=100")).get("items")) {
        assertThat(a.get("url").asText("")).as(a.get("id").asText()).doesNotContainIgnoringCase("javascript:");
      }
    }
  }
}
