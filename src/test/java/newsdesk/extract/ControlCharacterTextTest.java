package newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Character references to control characters decode in the HTML parser; the article must not carry them. */
class ControlCharacterTextTest {
  @Test
  void extractedTitleAndTextCarryNoControlCharacters() {
    String para = "The council met on Monday&#1; to vote on the budget for the coming year, and the vote passed "
        + "after a long debate about the costs of the new bridge over the river&#xFFFF; and its upkeep. ";
    String html = "<html><head><title>Budget&#2; vote</title></head><body><article><h1>Budget&#2; vote</h1><p>"
        + para.repeat(3) + "</p><p>" + para.repeat(3) + "</p></article></body></html>";
    Article a = new DensityArticleExtractor().extract(
        new Page(URI.create("https://x.example/a"), html.getBytes(StandardCharsets.UTF_8), "text/html"));
    assertThat(a.text()).contains("met on Monday to vote").doesNotContain("\u0001").doesNotContain("\uFFFF");
    assertThat(a.title()).isEqualTo("Budget vote");
  }
}
