package newsdesk.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A digest feed entry's HTML is the story's card as the Markdown digest and the web card show it:
 * the brief, "Read more" (or "From" when no page can be linked), "Also covered by" with each other
 * article linked, and the related stories linked to their pages. Only http(s) addresses are links.
 */
class DigestFeedsTest {
  private static final String BASE = "https://news.example.org";

  @Test
  void theEntryHtmlIsTheWholeCard() throws Exception {
    OutputFeed.Item item = DigestFeeds.item(TextDigestRendererTest.stories().getFirst(), BASE, Instant.EPOCH);
    Goldens.assertMatches("digest-feed-entry.golden.html", item.html().replace("</p>", "</p>\n").replace("</ul>", "</ul>\n"));
  }

  @Test
  void aStoryWithoutOtherCoverageOrRelatedStoriesHasNeitherLine() {
    OutputFeed.Item item = DigestFeeds.item(TextDigestRendererTest.stories().get(1), BASE, Instant.EPOCH);
    assertThat(item.html()).doesNotContain("Also covered by").doesNotContain("Related");
  }

  @Test
  void hostileNamesAreEscapedAndOnlyWebAddressesLinked() {
    Instant t = Instant.parse("2020-03-02T00:00:00Z");
    DigestStory.Link readMore = new DigestStory.Link("Wikinews", "https://en.wikinews.org/wiki/A");
    DigestStory hostile = new DigestStory("s-4", "Two articles", List.of("Text."), List.of(), readMore,
        List.of(new DigestStory.Coverage("Wikinews", readMore.url(), "A", t),
            new DigestStory.Coverage("Evil <script>x</script>", "javascript:alert(1)", "B", t)),
        List.of(new DigestStory.Related("s-<b>", "<img src=x>", "\"quoted\"")), t, t);
    String html = DigestFeeds.item(hostile, BASE, t).html();
    assertThat(html).contains("Also covered by: Evil &lt;script&gt;x&lt;/script&gt;</p>").doesNotContain("javascript:")
        .contains("<a href=\"" + BASE + "/stories/s-%3Cb%3E\">&lt;img src=x&gt;</a>: &quot;quoted&quot;");
  }
}
