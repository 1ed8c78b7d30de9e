package newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Quality floor on the article-extraction-benchmark development pages in ../shared/bench (not
 * shipped with newsdesk): the shingle F1 must stay at or above the acceptance figure. The
 * reference scorer is ../shared/bench/check; this guards against regressions in `mvn test`.
 */
class ExtractionQualityTest {
  private static final Path AEB = Path.of("..", "shared", "bench", "extraction", "aeb");

  @Test
  void aebDevelopmentPagesReachTheAcceptanceF1() throws Exception {
    assertThat(AEB.resolve("ground-truth.json"))
        .as("benchmark data expected in ../shared/bench/extraction/aeb (see COMMON.md); it is missing")
        .exists();
    JsonNode truth = new ObjectMapper().readTree(AEB.resolve("ground-truth.json").toFile());
    DensityArticleExtractor extractor = new DensityArticleExtractor();
    ShingleScore score = new ShingleScore();
    int pages = 0;
    for (var entry : (Iterable<java.util.Map.Entry<String, JsonNode>>) truth.properties()::iterator) {
      Path html = AEB.resolve("html").resolve(entry.getKey() + ".html");
      Page page = new Page(URI.create(entry.getValue().path("url").asText("https://example.org/")),
          Files.readAllBytes(html), null);
      score.add(entry.getValue().path("articleBody").asText(""), extractor.extract(page).text());
      pages++;
    }
    assertThat(pages).isGreaterThan(100);
    assertThat(score.f1()).as("shingle F1 on %d aeb pages", pages).isGreaterThanOrEqualTo(0.965);
  }
}
