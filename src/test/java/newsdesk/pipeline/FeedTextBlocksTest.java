package newsdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsdesk.feed.FeedEntry;
import org.junit.jupiter.api.Test;

/** The feed entry's own text: one paragraph per outermost block, in time linear in the entry. */
class FeedTextBlocksTest {
  private static FeedEntry entry(String content) {
    return new FeedEntry("id", "https://news.example/a", "t", null, content, List.of(), null, null, List.of());
  }

  @Test
  void nestedBlocksGiveTheirTextOnceThroughTheOutermost() {
    String html = "<p>one</p><blockquote><p>two</p><p>three</p></blockquote><ul><li>four<p>five</p></li></ul><h2>six</h2>";
    assertThat(ArticleReader.feedText(entry(html))).isEqualTo("one\n\ntwo three\n\nfour five\n\nsix");
  }

  @Test
  void textOutsideAnyBlockIsReadWhenThereIsNoBlock() {
    assertThat(ArticleReader.feedText(entry("just <b>text</b>"))).isEqualTo("just text");
  }

  @Test
  void manyParagraphsAreReadInLinearTime() {
    // Before: every paragraph's ancestors were looked up in the list of all paragraphs (a scan
    // each), so 300,000 paragraphs (2.7 MB) took minutes; now one walk of the tree.
    String html = "<p>a b</p>".repeat(300_000);
    String text = ArticleReader.feedText(entry(html));
    assertThat(text).startsWith("a b\n\na b").hasSize(300_000 * 5 - 2);
  }

  @Test
  void deeplyNestedBlocksDoNotWalkTheirAncestorsEach() {
    String html = "<blockquote>x".repeat(20_000) + "</blockquote>".repeat(20_000);
    String text = ArticleReader.feedText(entry(html));
    assertThat(text).isEqualTo("x ".repeat(20_000).strip());
  }
}
