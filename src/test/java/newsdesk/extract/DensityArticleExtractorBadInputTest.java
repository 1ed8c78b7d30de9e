package newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Each kind of bad input gives an empty body and a reason, never an exception. The timeouts only
 * guard against a hang (they are minutes above what the inputs need); speed is measured by
 * {@code newsdesk bench extract}.
 */
class DensityArticleExtractorBadInputTest {
  private static final URI URL = URI.create("https://example.org/page");
  private final DensityArticleExtractor extractor = new DensityArticleExtractor();

  private Extraction explain(byte[] body) {
    return extractor.explain(new Page(URL, body, null));
  }

  private Extraction explain(String html) {
    return explain(html.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void emptyFile() {
    Extraction e = explain(new byte[0]);
    assertThat(e.article().text()).isEmpty();
    assertThat(e.problem()).isEqualTo("empty page");
  }

  @Test
  void binaryFile() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
    Extraction e = explain(png);
    assertThat(e.article().text()).isEmpty();
    assertThat(e.problem()).contains("binary");
  }

  @Test
  void plainTextIsNotHtml() {
    Extraction e = explain("Just a note.\nNo markup here at all, only two lines of prose.\n");
    assertThat(e.article().text()).isEmpty();
    assertThat(e.problem()).contains("not HTML");
  }

  @Test
  void jsonIsNotHtml() {
    Extraction e = explain("{\"html\": \"<p>quoted markup inside JSON</p>\", \"items\": [1, 2, 3]}");
    assertThat(e.problem()).contains("not HTML");
  }

  @Test
  void homePageOfLinksHasNoArticle() {
    StringBuilder html = new StringBuilder("<html><body><nav>");
    for (int i = 0; i < 40; i++) html.append("<a href='/s").append(i).append("'>Section ").append(i).append("</a> ");
    html.append("</nav><div class='teasers'>");
    for (int i = 0; i < 30; i++) {
      html.append("<div class='teaser'><h3><a href='/story").append(i).append("'>Headline of story number ")
          .append(i).append(" about the town</a></h3></div>");
    }
    html.append("</div></body></html>");
    Extraction e = explain(html.toString());
    assertThat(e.article().text()).isEmpty();
    assertThat(e.problem()).isEqualTo("no article text found");
  }

  @Test
  void errorPageHasNoArticle() {
    Extraction e = explain("<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1>"
        + "<p>The requested URL was not found.</p><a href='/'>Home</a></body></html>");
    assertThat(e.article().text()).isEmpty();
    assertThat(e.problem()).isEqualTo("no article text found");
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void fiftyMegabytePageIsRefusedWithAReason() {
    byte[] big = new byte[50_000_000];
    byte[] para = "<p>Filler paragraph with words that repeat again and again.</p>\n".getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i + para.length <= big.length; i += para.length) System.arraycopy(para, 0, big, i, para.length);
    for (int i = big.length - big.length % para.length; i < big.length; i++) big[i] = ' ';
    Extraction e = explain(big);
    assertThat(e.article().text()).isEmpty();
    assertThat(e.problem()).contains("50.0 MB").contains("limit");
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void markupNestedHundredThousandLevelsDeep() {
    int depth = 100_000;
    StringBuilder html = new StringBuilder(depth * 12 + 400).append("<html><body>");
    for (int i = 0; i < depth; i++) html.append("<div>");
    html.append("<p>Deep down there is one paragraph of real text, long enough to count as an article body.</p>");
    for (int i = 0; i < depth; i++) html.append("</div>");
    html.append("</body></html>");
    Extraction e = explain(html.toString());
    assertThat(e.article()).isNotNull();
    assertThat(e.article().text()).contains("Deep down there is one paragraph");
  }

  @Test
  void unclosedTagsAndGarbageStillParse() {
    Extraction e = explain("<html><body><div><p>The storm closed the coastal road for most of Sunday, and crews cleared fallen trees until late evening.<p>Residents were asked to avoid travel<div></span></b>");
    assertThat(e.article().text()).contains("The storm closed the coastal road");
  }
}
