package newsdesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import newsdesk.cluster.RelatedStory;
import newsdesk.cluster.RelatedStoryFinder;
import newsdesk.cluster.StoryProfile;
import newsdesk.cluster.StoryProfiles;
import newsdesk.summarize.Brief;
import newsdesk.summarize.ExtractiveSummarizer;
import newsdesk.summarize.SourceArticle;
import newsdesk.summarize.SummaryLength;
import newsdesk.text.EntityExtractor;
import newsdesk.text.TermAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Measures related-story ranking on gold stories: {@code {"id","title","text","cluster","topic"}}
 * lines (ECB+ layout, where each topic holds two events of one kind). For every gold story it
 * ranks the others with the standard ranker (no time window: the data has no dates) and counts how
 * often the top related story is the other event of the same topic. With {@code --cost} it measures
 * instead what one update costs ({@link RelatedCostBenchmark}).
 */
@Command(name = "related", mixinStandardHelpOptions = true,
    description = "Measure related-story accuracy on gold stories grouped in topics (ECB+ layout): the top related story "
        + "should be the other event of the topic.")
public final class RelatedBenchCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", arity = "0..1", description = "JSONL with id, title, text, cluster and topic fields.")
  Path file;

  @picocli.CommandLine.Option(names = "--cost", paramLabel = "STORIES", split = ",",
      description = "Instead of accuracy, measure what one update costs on stores of this many generated stories spread over a "
          + "year (comma-separated, e.g. 2000,20000), before and after per-story windows.")
  List<Integer> cost;

  @picocli.CommandLine.Option(names = "--min-similarity", paramLabel = "SIMILARITY", description = "Override the finder's least similarity.")
  Double minSimilarity;

  @picocli.CommandLine.Option(names = "--entity-weight", paramLabel = "WEIGHT", description = "Override the finder's entity weight.")
  Double entityWeight;


  private RelatedStoryFinder.Settings settings() {
    RelatedStoryFinder.Settings d = RelatedStoryFinder.Settings.defaults();
    if (minSimilarity != null && !(minSimilarity >= 0 && minSimilarity < d.maxSimilarity())) {
      throw new UserError("--min-similarity must be at least 0 and below " + d.maxSimilarity() + ", got " + minSimilarity);
    }
    if (entityWeight != null && !(entityWeight >= 0)) throw new UserError("--entity-weight must not be negative, got " + entityWeight);
    if (minSimilarity != null) d = d.withMinSimilarity(minSimilarity);
    return entityWeight != null ? d.withEntityWeight(entityWeight) : d;
  }

  @Override
  public Integer call() throws IOException {
    if (cost != null && !cost.isEmpty()) {
      if (file != null) throw new UserError("give either FILE or --cost, not both");
      new RelatedCostBenchmark(System.out, System.err).run(cost);
      return 0;
    }
    if (file == null) throw new UserError("missing FILE (or --cost STORIES)");
    RelatedStoryFinder.Settings settings = settings(); // the options checked before the file is read
    if (!Files.isRegularFile(file)) throw new UserError(file + " is not a readable file");
    Map<String, List<SourceArticle>> articles = new LinkedHashMap<>();
    Map<String, String> topicOf = new LinkedHashMap<>();
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) continue;
        JsonNode n = json.readTree(line);
        if (n == null || !n.hasNonNull("cluster") || !n.hasNonNull("topic")) {
          throw new UserError(file + ":" + number + ": needs \"cluster\" and \"topic\" fields");
        }
        String story = n.get("cluster").asText();
        topicOf.put(story, n.get("topic").asText());
        articles.computeIfAbsent(story, k -> new ArrayList<>()).add(new SourceArticle(n.path("id").asText(String.valueOf(number)),
            n.path("title").asText(""), n.path("text").asText(""), null, null));
      }
    }
    long start = System.nanoTime();
    // Profiles are built as the pipeline builds them: the brief's headline, the titles and texts.
    List<StoryProfile> profiles = new ArrayList<>();
    EntityExtractor entities = new EntityExtractor();
    ExtractiveSummarizer summarizer = new ExtractiveSummarizer();
    try (TermAnalyzer terms = new TermAnalyzer()) {
      StoryProfiles builder = new StoryProfiles(terms);
      articles.forEach((story, members) -> {
        Brief brief = summarizer.summarize(members, SummaryLength.DEFAULT);
        List<String> names = new ArrayList<>();
        members.forEach(m -> entities.extract(m.title() + ". " + m.text()).forEach(e -> names.add(e.name())));
        profiles.add(builder.profile(story, null, "eng", brief.headline(), members.stream().map(SourceArticle::text).toList(),
            members.stream().map(SourceArticle::title).toList(), names));
      });
    }
    Map<String, List<RelatedStory>> ranked = new RelatedStoryFinder(settings).find(profiles);
    double seconds = (System.nanoTime() - start) / 1e9;
    int withPartner = 0;
    int correct = 0;
    for (var e : ranked.entrySet()) {
      String topic = topicOf.get(e.getKey());
      boolean hasPartner = topicOf.entrySet().stream().anyMatch(t -> !t.getKey().equals(e.getKey()) && t.getValue().equals(topic));
      if (!hasPartner) continue;
      withPartner++;
      List<RelatedStory> r = e.getValue();
      if (!r.isEmpty() && topicOf.get(r.getFirst().storyId()).equals(topic)) correct++;
      else System.err.println("miss: " + e.getKey() + " -> "
          + (r.isEmpty() ? "none" : r.getFirst().storyId() + String.format(Locale.ROOT, " (%.3f)", r.getFirst().similarity())));
    }
    System.out.printf(Locale.ROOT, "stories: %d%ntop related is the other event of the topic: %d/%d = %.3f%ntime: %.2f s%n",
        ranked.size(), correct, withPartner, withPartner == 0 ? 0.0 : (double) correct / withPartner, seconds);
    return 0;
  }
}
