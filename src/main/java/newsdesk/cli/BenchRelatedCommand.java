package newsdesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import newsdesk.cluster.AnalyzedDocument;
import newsdesk.cluster.ClusterDocument;
import newsdesk.cluster.DocumentAnalyzer;
import newsdesk.cluster.RelatedStory;
import newsdesk.cluster.RelatedStoryFinder;
import newsdesk.cluster.StoryProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code newsdesk bench related FILE}: on gold stories whose items carry a {@code topic} (ECB+: two
 * events of one kind per topic), the share of stories whose top related story is the other story of
 * its topic.
 */
@Command(
    name = "related",
    mixinStandardHelpOptions = true,
    description = {
      "Related-stories quality on gold stories: reads {\"id\",\"title\",\"text\",\"cluster\",\"topic\"}",
      "lines (e.g. ../shared/bench/clustering/ecbplus.dev.jsonl), builds one story per cluster and",
      "counts the stories whose top related story is another story of the same topic."
    })
public final class BenchRelatedCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "gold JSONL with cluster and topic fields")
  Path file;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(file)) throw new UserError(file + ": no such file");
    ObjectMapper json = new ObjectMapper();
    DocumentAnalyzer analyzer = new DocumentAnalyzer();
    Map<String, List<AnalyzedDocument>> members = new LinkedHashMap<>();
    Map<String, String> topic = new LinkedHashMap<>();
    Map<String, String> headline = new LinkedHashMap<>();
    int number = 0;
    for (String line : Files.readAllLines(file)) {
      number++;
      if (line.isBlank()) continue;
      JsonNode n = json.readTree(line);
      if (n.path("cluster").isMissingNode() || n.path("topic").isMissingNode()) {
        throw new UserError(file + ":" + number + ": needs \"cluster\" and \"topic\" fields");
      }
      String cluster = n.get("cluster").asText();
      ClusterDocument doc = new ClusterDocument(n.path("id").asText(), null, n.path("title").asText(""), n.path("text").asText(""));
      members.computeIfAbsent(cluster, k -> new ArrayList<>()).add(analyzer.analyze(doc));
      topic.put(cluster, n.get("topic").asText());
      headline.putIfAbsent(cluster, doc.title());
    }
    List<StoryProfile> stories = new ArrayList<>();
    for (var e : members.entrySet()) stories.add(StoryProfile.of(e.getKey(), null, headline.get(e.getKey()), e.getValue()));
    Map<String, List<RelatedStory>> related = new RelatedStoryFinder().find(stories);
    // Diagnostics: where the other story of the topic ranks without the similarity bounds.
    var unbounded = new RelatedStoryFinder(new RelatedStoryFinder.Settings(java.time.Duration.ofDays(14), 1000, -1, 2, RelatedStoryFinder.Settings.defaults().entityWeight()));
    Map<String, List<RelatedStory>> all = unbounded.find(stories);
    int hits = 0;
    int none = 0;
    int total = 0;
    int listed = 0;
    int sameTopicListed = 0;
    for (var e : related.entrySet()) {
      total++;
      List<RelatedStory> list = e.getValue();
      listed += list.size();
      for (RelatedStory r : list) if (topic.get(r.storyId()).equals(topic.get(e.getKey()))) sameTopicListed++;
      List<RelatedStory> ranking = all.get(e.getKey());
      for (int k = 0; k < ranking.size(); k++) {
        RelatedStory r = ranking.get(k);
        if (topic.get(r.storyId()).equals(topic.get(e.getKey()))) {
          int other = k == 0 ? 1 : 0;
          double bestOther = other < ranking.size() ? ranking.get(other).similarity() : 0;
          System.err.printf("%s: sibling %s at rank %d, similarity %.3f (best other %.3f)%n", e.getKey(), r.storyId(), k + 1, r.similarity(), bestOther);
          break;
        }
      }
      if (list.isEmpty()) {
        none++;
        System.err.println("no related story: " + e.getKey());
      } else if (topic.get(list.get(0).storyId()).equals(topic.get(e.getKey()))) {
        hits++;
      } else {
        System.err.printf("miss: %s -> %s (%.3f)%n", e.getKey(), list.get(0).storyId(), list.get(0).similarity());
      }
    }
    System.out.printf("related top-1 is the other story of the topic: %d/%d = %.3f (target >= 0.90)%n", hits, total, (double) hits / total);
    System.out.printf("stories without a related story: %d; related listed: %d, of them same topic: %d%n", none, listed, sameTopicListed);
    return 0;
  }
}
