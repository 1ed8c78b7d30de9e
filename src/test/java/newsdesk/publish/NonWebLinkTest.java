package newsdesk.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whatever a store holds (an article stored before links were checked, a hand-made record), the
 * digest outputs write only http(s) links: the text, Markdown and JSON digests and the Atom and JSON
 * feeds never carry a {@code javascript:} or {@code data:} address.
 */
class NonWebLinkTest {
  private static final Instant T = Instant.parse("2026-11-29T10:00:00Z");

  private static DigestStory story(String url) {
    return new DigestStory("s-1", "Storm floods the valley", List.of("Heavy rain flooded the valley."), List.of(),
        new DigestStory.Link("Herald", url), List.of(new DigestStory.Coverage("Herald", url, "Storm", T)), List.of(), T, T);
  }

  @Test
  void aStoryKeepsOnlyWebLinks() {
    assertThat(story("javascript:alert(document.domain)").readMore().url()).isNull();
    assertThat(story(" JAVASCRIPT:alert(1)").outlets().getFirst().url()).isNull();
    assertThat(story("data:text/html,<script>alert(1)</script>").readMore().url()).isNull();
    assertThat(story("https://herald.example/storm").readMore().url()).isEqualTo("https://herald.example/storm");
  }

  @Test
  void noDigestOutputWritesAScriptLink() {
    for (String url : List.of("javascript:alert(document.domain)", "data:text/html,<script>alert(1)</script>")) {
      List<DigestStory> stories = List.of(story(url));
      OutputFeed feed = DigestFeeds.digest(stories, "https://news.example.org", "https://news.example.org/feeds/digest.atom", T);
      for (String out : List.of(new TextDigestRenderer().render(stories), new MarkdownDigestRenderer().render(stories),
          new JsonDigestRenderer().render(stories), new AtomFeedRenderer().render(feed), new JsonFeedRenderer().render(feed))) {
        assertThat(out).contains("Storm floods the valley").doesNotContainIgnoringCase("javascript:").doesNotContain("data:text");
      }
    }
  }

  @Test
  void aFeedItemWithoutAWebLinkHasNoLink() {
    OutputFeed.Item item = new OutputFeed.Item("urn:x:1", "Storm", "javascript:alert(1)", T, T, List.of("Herald"), "t", "");
    OutputFeed feed = new OutputFeed("urn:x", "x", "https://news.example.org/", "https://news.example.org/f", T, List.of(item));
    assertThat(item.url()).isNull();
    assertThat(new AtomFeedRenderer().render(feed)).doesNotContain("javascript:");
    assertThat(new JsonFeedRenderer().render(feed)).doesNotContain("javascript:");
  }
}
