package newsdesk.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The bundled demo corpus: 291 Wikinews articles from 2019-2020 (CC BY 2.5, see
 * {@code newsdesk/demo/LICENSE-ATTRIBUTION.md}) and the section feeds the demo site publishes.
 */
public final class DemoCorpus {
  public static final String OUTLET = "Wikinews";
  public static final String ORIGIN = "https://en.wikinews.org/";
  public static final String ATTRIBUTION =
      "Demo articles \u00a9 Wikinews contributors (https://en.wikinews.org/), licensed CC BY 2.5 "
          + "(https://creativecommons.org/licenses/by/2.5/). Compiled from github.com/vanatteveldt/wikinews (CC BY 2.5); "
          + "text extracted and lightly cleaned.";
  public static final String LICENSE_URL = "https://creativecommons.org/licenses/by/2.5/";

  private static final String RESOURCE = "/newsdesk/demo/wikinews-2019-2020.jsonl";
  private static final String SECTIONS = "/newsdesk/demo/sections.properties";

  /** A section feed: slug, title and the articles in it, newest first. */
  public record Section(String slug, String title, List<DemoArticle> articles) {}

  private final List<DemoArticle> articles;
  private final List<Section> sections;

  private DemoCorpus(List<DemoArticle> articles, List<Section> sections) {
    this.articles = articles;
    this.sections = sections;
  }

  /** Loads the corpus bundled on the class path. */
  public static DemoCorpus load() {
    List<DemoArticle> articles = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (InputStream in = resource(RESOURCE);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) continue;
        JsonNode n = json.readTree(line);
        // Every line is a paragraph: a few articles keep a dateline on a line of its own.
        List<String> paragraphs = Arrays.stream(n.get("text").asText().split("\n")).map(String::strip)
            .filter(p -> !p.isEmpty()).toList();
        articles.add(new DemoArticle(n.get("id").asText(), n.get("url").asText(), n.get("title").asText(),
            Instant.parse(n.get("published").asText()), n.path("author").asText("Wikinews contributors"), paragraphs,
            n.path("section_guess").asText("General"), "day".equals(n.path("published_precision").asText(null))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled demo corpus " + RESOURCE, e);
    }
    articles.sort(Comparator.comparing(DemoArticle::published).reversed().thenComparing(DemoArticle::url));
    return new DemoCorpus(List.copyOf(articles), sections(articles));
  }

  private static List<Section> sections(List<DemoArticle> articles) {
    Properties p = new Properties();
    try (InputStream in = resource(SECTIONS)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SECTIONS, e);
    }
    Map<String, Section> out = new LinkedHashMap<>();
    p.stringPropertyNames().stream().sorted().forEach(slug -> {
      String[] parts = p.getProperty(slug).split("\\|", 2);
      List<String> guesses = Arrays.stream(parts[1].split(",")).map(String::strip).toList();
      List<DemoArticle> members = articles.stream()
          .filter(a -> guesses.contains("*") || guesses.contains(a.section())).toList();
      out.put(slug, new Section(slug, parts[0].strip(), members));
    });
    return List.copyOf(out.values());
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = DemoCorpus.class.getResourceAsStream(name);
    if (in == null) throw new IOException("missing resource " + name);
    return in;
  }

  /** All articles, newest first. */
  public List<DemoArticle> articles() {
    return articles;
  }

  public List<Section> sections() {
    return sections;
  }
}
