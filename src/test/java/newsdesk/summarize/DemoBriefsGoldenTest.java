package newsdesk.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Rendered briefs (default length) of stories from the bundled demo corpus that a demanding reading
 * of the demo digest (2026-11-30) found wanting, compared with a golden file. The stories are built
 * here from article titles as the demo's clusterer grouped them, so the test does not depend on
 * clustering. Each card is the headline, the paragraphs and the title of the "Read more" article.
 * On a mismatch the output is written to {@code target/demo-briefs.actual.txt}; to accept a
 * deliberate change, read its diff and copy it over
 * {@code src/test/resources/newsdesk/summarize/demo-briefs.expected.txt}.
 */
class DemoBriefsGoldenTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Stories by the title prefixes of their articles. */
  static final List<List<String>> STORIES = List.of(
      List.of("Cairo summit denounces Turkish-Libyan maritime border agreement",
          "Greek prime minister reaffirms EastMed pipeline project is open"),
      List.of("Wikinews interviews Phil Collins, U.S. Prohibition Party"),
      List.of("Wikinews interviews Jo Jorgensen, U.S. Libertarian Party"),
      List.of("Yemeni journalist Nabil Hasan al-Quaety shot dead"),
      List.of("Power firm helicopter strikes cables, crashes near Fairfield"),
      List.of("Joe Biden projected US president-elect"),
      List.of("On the campaign trail in the USA, May 2020"),
      List.of("On the campaign trail in the USA, October 2020"));

  static Map<String, JsonNode> demoArticles() throws IOException {
    Map<String, JsonNode> byTitle = new LinkedHashMap<>();
    try (InputStream in = DemoBriefsGoldenTest.class.getResourceAsStream("/newsdesk/demo/wikinews-2019-2020.jsonl")) {
      assertThat(in).as("the bundled demo corpus newsdesk/demo/wikinews-2019-2020.jsonl").isNotNull();
      var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        JsonNode n = JSON.readTree(line);
        byTitle.put(n.path("title").asText(), n);
      }
    }
    return byTitle;
  }

  static List<SourceArticle> story(Map<String, JsonNode> corpus, List<String> titlePrefixes) {
    List<SourceArticle> out = new ArrayList<>();
    for (String prefix : titlePrefixes) {
      JsonNode n = corpus.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).findFirst()
          .orElseThrow(() -> new AssertionError("no demo article titled " + prefix)).getValue();
      String published = n.path("published").asText();
      out.add(new SourceArticle(n.path("id").asText(), n.path("title").asText(), n.path("text").asText(),
          n.path("outlet").asText(), java.time.Instant.parse(published.length() == 10 ? published + "T00:00:00Z" : published)));
    }
    return out;
  }

  static String render(Brief brief, List<SourceArticle> articles) {
    StringBuilder out = new StringBuilder(brief.headline()).append('\n');
    for (List<SummarySentence> p : brief.paragraphs()) {
      out.append(String.join(" ", p.stream().map(SummarySentence::text).toList())).append('\n');
    }
    String lead = articles.stream().filter(a -> a.id().equals(brief.headlineArticleId())).map(SourceArticle::title)
        .findFirst().orElse("(none)");
    return out.append("Read more: ").append(lead).append("\n\n").toString();
  }

  @Test
  void demoBriefsMatchTheGoldenFile() throws IOException {
    Map<String, JsonNode> corpus = demoArticles();
    Summarizer summarizer = new ExtractiveSummarizer();
    StringBuilder out = new StringBuilder();
    for (List<String> titles : STORIES) {
      List<SourceArticle> articles = story(corpus, titles);
      out.append(render(summarizer.summarize(articles, SummaryLength.DEFAULT), articles));
    }
    Path golden = Path.of("src/test/resources/newsdesk/summarize/demo-briefs.expected.txt");
    assertThat(golden).as("golden file (run from the project root)").exists();
    String expected = Files.readString(golden);
    // The actual output beside the build, to diff against the golden file or to accept it.
    if (!out.toString().equals(expected)) Files.writeString(Path.of("target/demo-briefs.actual.txt"), out.toString());
    assertThat(out.toString()).isEqualTo(expected);
  }
}
