package newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Layouts that trip simple extractors: streamed hidden segments, layout copies, comment threads. */
class DensityArticleExtractorLayoutTest {
  private final DensityArticleExtractor extractor = new DensityArticleExtractor();

  private String text(String html) {
    return extractor.extract(new Page(URI.create("https://example.org/a"), html.getBytes(StandardCharsets.UTF_8), null)).text();
  }

  private static String para(String s) {
    return "<p>" + s + " This sentence makes the paragraph long enough to read as article text.</p>";
  }

  @Test
  void articleStreamedThroughHiddenSegmentsIsRead() {
    String html = "<html><body><nav><a href='/'>Home</a> <a href='/x'>Topics</a></nav><main><div id='slot'></div></main>"
        + "<div hidden id='S:0'>" + para("First part of the streamed story.") + "</div>"
        + "<div hidden id='S:1'>" + para("Second part of the streamed story.") + "</div>"
        + "<div hidden id='S:2'>" + para("Third part of the streamed story.") + "</div>"
        + "</body></html>";
    assertThat(text(html)).contains("First part", "Second part", "Third part");
  }

  @Test
  void hiddenMenuIsNotText() {
    String html = "<html><body><div style='display: none'><p>Mobile menu: News, Sport, Weather, Culture, Travel</p></div>"
        + "<article>" + para("The harbour reopened on Monday.") + para("Fishing boats returned the same afternoon.") + "</article>"
        + "</body></html>";
    assertThat(text(html)).contains("harbour reopened").doesNotContain("Mobile menu");
  }

  @Test
  void repeatedParagraphIsKeptOnce() {
    String p = para("The bridge will close for repairs next week.");
    String html = "<html><body><article>" + p + para("Buses will run a diversion.") + "</article>"
        + "<div class='print-copy'>" + p + "</div></body></html>";
    String text = text(html);
    assertThat(text.indexOf("The bridge will close")).isEqualTo(text.lastIndexOf("The bridge will close"));
  }

  @Test
  void longCommentThreadDoesNotReplaceTheArticle() {
    StringBuilder comments = new StringBuilder("<section class='comments'><ol class='comment-list'>");
    for (int i = 0; i < 12; i++) {
      comments.append("<li class='comment'>").append(para("Reader comment number " + i + " disagrees with the decision.")).append("</li>");
    }
    comments.append("</ol></section>");
    String html = "<html><body><article><div class='entry-content'>" + para("The council voted to keep the library open.")
        + para("Opening hours stay the same for now.") + para("A review is planned for next spring.") + "</div>"
        + comments + "</article></body></html>";
    assertThat(text(html)).contains("keep the library open", "review is planned").doesNotContain("Reader comment");
  }

  @Test
  void tableInsideAFigureIsContent() {
    String html = "<html><body><article>" + para("Prices rose in every district last year.")
        + "<figure class='wp-block-table'><table><tr><td>North</td><td>+4.1%</td></tr><tr><td>South</td><td>+2.7%</td></tr></table></figure>"
        + para("Analysts expect the rise to slow.") + "</article></body></html>";
    assertThat(text(html)).contains("North", "+4.1%", "South");
  }
}
