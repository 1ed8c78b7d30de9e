package newsdesk.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The brief's rules on every story of the shared dev data (read from ../shared/bench, not copied). */
class DevDataCoherenceTest {
  private static final Path DATA = Path.of("..", "shared", "bench", "summarization");
  private final Summarizer summarizer = new ExtractiveSummarizer();

  @ParameterizedTest
  @CsvSource({"cnndm_dev.jsonl, 3, 0", "multinews_dev.jsonl, 0, 0"})
  void everyBriefKeepsTheRules(String file, int sentences, int words) throws IOException {
    Path path = DATA.resolve(file);
    assertThat(path).as("shared bench data %s (run the tests from the worktree root)", path.toAbsolutePath()).isRegularFile();
    ObjectMapper json = new ObjectMapper();
    SummaryLength len = sentences > 0 ? SummaryLength.sentences(sentences)
        : words > 0 ? SummaryLength.words(words) : SummaryLength.DEFAULT;
    int items = 0;
    for (String line : Files.readAllLines(path)) {
      JsonNode item = json.readTree(line);
      List<SourceArticle> articles = new ArrayList<>();
      for (JsonNode a : item.path("articles")) {
        articles.add(new SourceArticle(item.path("id").asText() + "#" + articles.size(), a.path("title").asText(""),
            a.path("text").asText(""), null, null));
      }
      Brief brief = summarizer.summarize(articles, len);
      SummaryChecks.assertProvenance(brief, articles);
      SummaryChecks.assertNoFactTwice(brief);
      SummaryChecks.assertParagraphsStandAlone(brief, articles);
      SummaryChecks.assertQuotationsClosed(brief);
      if (sentences > 0) assertThat(brief.sentences()).hasSize(sentences);
      else assertThat(SummaryChecks.words(brief)).isLessThanOrEqualTo(len.words()).isPositive();
      assertThat(brief.headline().split("\\s+").length).isLessThanOrEqualTo(HeadlineWriter.MAX_TITLE_WORDS);
      items++;
    }
    assertThat(items).isGreaterThan(100);
  }
}
