package newsdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import newsdesk.demo.DemoArticle;
import newsdesk.demo.DemoCorpus;
import org.junit.jupiter.api.Test;

/**
 * The term statistics count the documents of the working set only: a clusterer restored from its
 * working set (as the pipeline does at start-up: the stories whose newest article is within the
 * quiet period) has the same statistics as one that never stopped, and places the rest of the
 * stream in the same stories; and the statistics forget what leaves, so memory stays flat.
 */
class RestoredWorkingSetTest {
  /** Where each document was filed, following merges and moves as the pipeline does. */
  private static final class Filing {
    final Map<String, String> storyOf = new LinkedHashMap<>();

    void apply(String doc, StoryAssignment a) {
      storyOf.put(doc, a.storyId());
      for (String gone : a.absorbed()) storyOf.replaceAll((d, s) -> s.equals(gone) ? a.storyId() : s);
      for (String moved : a.moved()) storyOf.put(moved, a.storyId());
    }

    Set<Set<String>> partition(Collection<String> docs) {
      Map<String, Set<String>> by = new TreeMap<>();
      for (String d : docs) by.computeIfAbsent(storyOf.get(d), k -> new TreeSet<>()).add(d);
      return new HashSet<>(by.values());
    }
  }

  private static ClusterDocument doc(DemoArticle a) {
    return new ClusterDocument(a.id(), a.published(), a.title(), String.join("\n\n", a.paragraphs()), null);
  }

  @Test
  void aRestartInTheMiddleOfTheStreamChangesNothing() {
    List<DemoArticle> all = new ArrayList<>(DemoCorpus.load().articles());
    all.sort(Comparator.comparing(DemoArticle::published).thenComparing(DemoArticle::id));
    all = all.subList(0, Math.min(all.size(), 600));
    int half = all.size() / 2;
    DocumentAnalyzer analyzer = new DocumentAnalyzer();
    Duration quiet = ClusteringConfig.defaults().quietPeriod();

    Filing once = new Filing();
    OnlineStoryClusterer uninterrupted = new OnlineStoryClusterer(analyzer);
    for (DemoArticle a : all.subList(0, half)) once.apply(a.id(), uninterrupted.add(doc(a)));
    long documentsAtRestart = uninterrupted.countedDocuments();
    int vocabularyAtRestart = uninterrupted.vocabularySize();
    int storiesAtRestart = uninterrupted.activeStories();
    for (DemoArticle a : all.subList(half, all.size())) once.apply(a.id(), uninterrupted.add(doc(a)));

    Filing restarted = new Filing();
    OnlineStoryClusterer first = new OnlineStoryClusterer(analyzer);
    for (DemoArticle a : all.subList(0, half)) restarted.apply(a.id(), first.add(doc(a)));
    Instant newest = all.get(half - 1).published();
    Map<String, Instant> last = new HashMap<>();
    for (DemoArticle a : all.subList(0, half)) {
      last.merge(restarted.storyOf.get(a.id()), a.published(), (x, y) -> x.isAfter(y) ? x : y);
    }
    OnlineStoryClusterer resumed = new OnlineStoryClusterer(analyzer);
    for (DemoArticle a : all.subList(0, half)) {
      String story = restarted.storyOf.get(a.id());
      if (!last.get(story).isBefore(newest.minus(quiet))) resumed.restore(doc(a), story);
    }
    assertThat(resumed.activeStories()).as("the working set is restored").isEqualTo(storiesAtRestart);
    assertThat(resumed.countedDocuments()).as("documents counted").isEqualTo(documentsAtRestart);
    assertThat(resumed.vocabularySize()).as("terms counted").isEqualTo(vocabularyAtRestart);
    for (DemoArticle a : all.subList(half, all.size())) restarted.apply(a.id(), resumed.add(doc(a)));

    List<String> second = all.subList(half, all.size()).stream().map(DemoArticle::id).toList();
    assertThat(restarted.partition(second)).isEqualTo(once.partition(second));
    assertThat(resumed.countedDocuments()).isEqualTo(uninterrupted.countedDocuments());
    assertThat(resumed.vocabularySize()).isEqualTo(uninterrupted.vocabularySize());
  }

  @Test
  void storiesThatLeaveTakeTheirTermsWithThem() {
    OnlineStoryClusterer c = new OnlineStoryClusterer(new DocumentAnalyzer());
    Instant t = Instant.parse("2024-01-01T00:00:00Z");
    c.add(new ClusterDocument("a", t, "Parliament passes the budget", "The parliament passed the budget after a long debate.", null));
    c.add(new ClusterDocument("b", t.plusSeconds(60), "Orchestra announces winter concerts",
        "The symphony orchestra announced its winter concerts with violin soloists from Vienna.", null));
    assertThat(c.countedDocuments()).isEqualTo(2);
    int both = c.vocabularySize();

    OnlineStoryClusterer alone = new OnlineStoryClusterer(new DocumentAnalyzer());
    ClusterDocument late = new ClusterDocument("c", t.plus(Duration.ofDays(30)), "Wheat harvest falls after drought",
        "Farmers reported wheat harvest yields falling after the drought, and grain prices rose.", null);
    alone.add(late);
    c.add(late);

    assertThat(both).isGreaterThan(alone.vocabularySize());
    assertThat(c.activeStories()).isEqualTo(1);
    assertThat(c.countedDocuments()).as("only the document of the working set").isEqualTo(1);
    assertThat(c.vocabularySize()).as("only its terms").isEqualTo(alone.vocabularySize());
  }

  @Test
  void aMergedStoryKeepsItsDocumentsCounted() {
    OnlineStoryClusterer c = new OnlineStoryClusterer(new DocumentAnalyzer());
    Instant t = Instant.parse("2024-01-01T00:00:00Z");
    String text = "Lava from the Kilauea volcano reached the coast of Hawaii, officials of the Hawaii County civil defense "
        + "said. Residents of the Leilani Estates subdivision were told to leave their homes as the eruption went on.";
    for (int i = 0; i < 4; i++) c.add(new ClusterDocument("k" + i, t.plusSeconds(i), "Kilauea lava reaches the coast", text, null));
    assertThat(c.countedDocuments()).isEqualTo(4);
    c.add(new ClusterDocument("late", t.plus(Duration.ofDays(30)), "Parliament passes the budget",
        "The parliament passed the budget after a long debate.", null));
    assertThat(c.countedDocuments()).isEqualTo(1);
  }
}
