package newsdesk.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * QA (2026-11-30): a story with no text (a 404 page, a feed entry with only a title) was a headline
 * and "From <feed>" and nothing else. Every output now says the article text could not be read and
 * sends the reader to the original: the text and Markdown cards, the feeds' entry summary, and JSON
 * as a field ({@code "text_unavailable": true}), not prose.
 */
class NoTextCardTest {
  private static final Instant T = Instant.parse("2026-11-29T10:00:00Z");

  private static DigestStory story(List<String> summary, String url) {
    return new DigestStory("s-1", "Missing page article", summary, List.of(), new DigestStory.Link("QA Feed", url),
        List.of(new DigestStory.Coverage("QA Feed", url, "Missing page article", T)), List.of(), T, T);
  }

  @Test
  void textAndMarkdownCardsSayTheTextCouldNotBeReadAndLinkTheArticle() {
    DigestStory s = story(List.of(), "https://example.org/missing.html");
    assertThat(new TextDigestRenderer().render(List.of(s))).isEqualTo("Missing page article\n2026-11-29\n"
        + "The article text could not be read.\nRead more at QA Feed: https://example.org/missing.html\n");
    assertThat(new MarkdownDigestRenderer().render(List.of(s))).isEqualTo("## Missing page article\n\n2026-11-29\n\n"
        + "*The article text could not be read.*\n\nRead more at [QA Feed](https://example.org/missing.html)\n\n");
    assertThat(new TextDigestRenderer().render(List.of(story(List.of(), null))))
        .isEqualTo("Missing page article\n2026-11-29\nThe article text could not be read.\nFrom QA Feed\n");
  }

  @Test
  void jsonHasAFieldOnlyWhenTheTextIsMissing() throws Exception {
    JsonNode empty = JsonDigestRenderer.mapper().readTree(new JsonDigestRenderer().render(List.of(story(List.of(), null))));
    assertThat(empty.at("/stories/0/text_unavailable").asBoolean()).isTrue();
    assertThat(empty.at("/stories/0/summary")).isEmpty();
    JsonNode full = JsonDigestRenderer.mapper().readTree(new JsonDigestRenderer().render(List.of(story(List.of("A brief."), null))));
    assertThat(full.at("/stories/0").has("text_unavailable")).isFalse();
  }

  @Test
  void feedEntriesSayItToo() throws Exception {
    OutputFeed feed = DigestFeeds.digest(List.of(story(List.of(), "https://example.org/missing.html")),
        "https://news.example", "https://news.example/feed.atom", T);
    String atom = new AtomFeedRenderer().render(feed);
    assertThat(atom).contains("<summary>The article text could not be read.</summary>")
        .contains("&lt;p&gt;The article text could not be read.&lt;/p&gt;&lt;p&gt;Read more at");
    JsonNode item = JsonDigestRenderer.mapper().readTree(new JsonFeedRenderer().render(feed)).at("/items/0");
    assertThat(item.path("content_text").asText()).isEqualTo("The article text could not be read.");
    String withBrief = new AtomFeedRenderer().render(DigestFeeds.digest(List.of(story(List.of("A brief."), null)),
        "https://news.example", "https://news.example/feed.atom", T));
    assertThat(withBrief).doesNotContain("could not be read");
  }
}
