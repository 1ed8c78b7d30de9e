package newsdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import newsdesk.cluster.AnalyzedDocument;
import newsdesk.cluster.ClusterDocument;
import newsdesk.cluster.DocumentAnalyzer;
import newsdesk.cluster.StoryAssignment;
import newsdesk.cluster.StoryClusterer;
import newsdesk.fetch.LocalServer;
import newsdesk.store.NewsStore;
import newsdesk.store.Source;
import newsdesk.store.StoredArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An admission whose transaction rolls back leaves nothing in memory either: no merge the store
 * did not make, no cluster mapped to a story the store does not have, no document placed twice.
 * The pipeline is kept across runs, as the {@code run} loop keeps it.
 */
class RolledBackAdmissionTest {
  @TempDir Path dir;

  @Test
  void aMergeRolledBackIsMadeWhenTheArticleIsAdmittedAgain() {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      serveFeed(f.server, "Beta one", "Alpha two", "Alpha three beta");
      Source source = f.store.addSource(f.server.url("/feed").toString(), "feed", null, null);
      TopicClusterer clusterer = new TopicClusterer();
      Pipeline pipeline = pipeline(f, failingOnce(f.store, "mergeStory"), clusterer);

      IngestReport first = pipeline.ingest(List.of(source));
      assertThat(first.pageErrors()).anySatisfy(e -> assertThat(e).contains("/a2").contains("not stored"));
      assertThat(storyOf(f, "Beta one")).as("the merge was rolled back").isNotEqualTo(storyOf(f, "Alpha two"));

      pipeline.ingest(List.of(f.store.source(source.id()).orElseThrow()));

      assertThat(f.store.articleCount()).isEqualTo(3);
      assertThat(storyOf(f, "Alpha three beta")).isEqualTo(storyOf(f, "Alpha two"));
      assertThat(storyOf(f, "Beta one")).as("the absorbed story is merged, not left live").isEqualTo(storyOf(f, "Alpha two"));
      assertThat(clusterer.placements()).as("each article placed once").doesNotHaveDuplicates();
    }
  }

  @Test
  void aStoryRolledBackWithItsOnlyArticleTakesNoLaterAdmissionDown() {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      serveFeed(f.server, "Beta one", "Alpha two", "Alpha three beta");
      Source source = f.store.addSource(f.server.url("/feed").toString(), "feed", null, null);
      TopicClusterer clusterer = new TopicClusterer();
      Stages stages = stages(clusterer);
      Pipeline pipeline = new Pipeline(failingOnce(f.store, "insertArticle"), f.index, f.fetcher, stages,
          Pipeline.Config.defaults(), Clock.systemUTC(), Progress.NONE);

      IngestReport first = pipeline.ingest(List.of(source));

      // Only the first article failed: the third, whose placement absorbs the first's cluster,
      // must not fail on a story that was never stored.
      assertThat(first.pageErrors()).filteredOn(e -> e.contains("not stored")).singleElement()
          .satisfies(e -> assertThat(e).contains("/a0"));
      assertThat(f.store.articleCount()).isEqualTo(2);
      assertThat(stages.nearDuplicates().size()).as("no trace of the rolled-back article").isEqualTo(2);

      pipeline.ingest(List.of(f.store.source(source.id()).orElseThrow()));

      assertThat(f.store.articleCount()).isEqualTo(3);
      assertThat(stages.nearDuplicates().size()).isEqualTo(3);
      assertThat(clusterer.placements()).as("each article placed once").doesNotHaveDuplicates().hasSize(3);
      assertThat(f.store.story(storyOf(f, "Beta one"))).isPresent();
    }
  }

  private static Pipeline pipeline(LoopbackFixture f, NewsStore store, StoryClusterer clusterer) {
    return new Pipeline(store, f.index, f.fetcher, stages(clusterer), Pipeline.Config.defaults(), Clock.systemUTC(),
        Progress.NONE);
  }

  private static Stages stages(StoryClusterer clusterer) {
    Stages s = StandardStages.create();
    return new Stages(s.feedParser(), s.extractor(), s.canonicalizer(), s.contentCheck(), s.nearDuplicates(),
        s.analyzer(), clusterer, s.summarizer(), s.bestOriginal(), s.related());
  }

  private static String storyOf(LoopbackFixture f, String title) {
    return f.store.articlesAfter(0, 100).stream().filter(a -> a.title().equals(title)).findFirst()
        .map(StoredArticle::storyId).orElseThrow(() -> new AssertionError("no article " + title));
  }

  /** {@code store}, whose first call of {@code method} throws as a full disk would. */
  private static NewsStore failingOnce(NewsStore store, String method) {
    AtomicInteger calls = new AtomicInteger();
    InvocationHandler handler = (proxy, m, args) -> {
      if (m.getName().equals(method) && calls.incrementAndGet() == 1) {
        throw new IllegalStateException("disk full (simulated) in " + method);
      }
      try {
        return m.invoke(store, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    };
    return (NewsStore) Proxy.newProxyInstance(NewsStore.class.getClassLoader(), new Class<?>[] {NewsStore.class}, handler);
  }

  /**
   * A scripted clusterer: a document joins the story of the topic (alpha, beta, gamma) its headline
   * names first, and absorbs the stories of the other topics it names. A story is keyed by its
   * first document, as {@link newsdesk.cluster.OnlineStoryClusterer} keys them.
   */
  private static final class TopicClusterer implements StoryClusterer {
    private static final List<String> TOPICS = List.of("alpha", "beta", "gamma");
    private final Map<String, String> storyOfTopic = new HashMap<>();
    private final Map<String, List<String>> members = new LinkedHashMap<>();

    private final DocumentAnalyzer analyzer = new DocumentAnalyzer();

    @Override
    public StoryAssignment add(ClusterDocument document) {
      return add(analyzer.analyze(document));
    }

    @Override
    public StoryAssignment add(AnalyzedDocument doc) {
      List<String> topics = topics(doc);
      String story = storyOfTopic.computeIfAbsent(topics.getFirst(), t -> doc.id());
      members.computeIfAbsent(story, k -> new ArrayList<>()).add(doc.id());
      List<String> absorbed = new ArrayList<>();
      for (String other : topics.subList(1, topics.size())) {
        String gone = storyOfTopic.get(other);
        if (gone == null || gone.equals(story)) continue;
        members.get(story).addAll(members.remove(gone));
        storyOfTopic.replaceAll((t, s) -> s.equals(gone) ? story : s);
        absorbed.add(gone);
      }
      return new StoryAssignment(story, absorbed);
    }

    @Override
    public void restore(ClusterDocument document, String storyId) {
      restore(analyzer.analyze(document), storyId);
    }

    @Override
    public void restore(AnalyzedDocument doc, String storyId) {
      for (String topic : topics(doc)) storyOfTopic.putIfAbsent(topic, storyId);
      members.computeIfAbsent(storyId, k -> new ArrayList<>()).add(doc.id());
    }

    @Override
    public void clear() {
      storyOfTopic.clear();
      members.clear();
    }

    /** Every document held, once per time it was placed. */
    List<String> placements() {
      return members.values().stream().flatMap(List::stream).toList();
    }

    private static List<String> topics(AnalyzedDocument doc) {
      List<String> found = new ArrayList<>();
      for (String term : doc.titleTerms()) {
        for (String topic : TOPICS) if (term.startsWith(topic) && !found.contains(topic)) found.add(topic);
      }
      if (found.isEmpty()) throw new IllegalArgumentException("no topic in " + doc.titleTerms());
      return found;
    }
  }

  private static final List<String> BODIES = List.of(
      "Engineers closed the harbour bridge so welders could replace corroded steel girders before the ferries resume",
      "The symphony orchestra announced its winter concerts, with violin soloists and a new conductor from Vienna",
      "Farmers reported wheat harvest yields falling after drought, and grain merchants raised export prices sharply");

  /** A feed of one entry per title, in this order of publication; pages /a0, /a1... */
  private static void serveFeed(LocalServer server, String... titles) {
    StringBuilder rss = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Topics</title>");
    for (int i = 0; i < titles.length; i++) {
      rss.append("<item><title>").append(titles[i]).append("</title><link>").append(server.url("/a" + i))
          .append("</link><guid>t").append(i).append("</guid><pubDate>Sun, 29 Nov 2026 0").append(i)
          .append(":00:00 GMT</pubDate></item>");
      StringBuilder html = new StringBuilder("<html><head><title>").append(titles[i]).append("</title></head><body><article>");
      for (int p = 0; p < 6; p++) html.append("<p>").append(BODIES.get(i)).append(" (part ").append(p).append(").</p>");
      server.route("/a" + i, LocalServer.text(200, "text/html", html.append("</article></body></html>").toString()));
    }
    server.route("/feed", LocalServer.text(200, "application/rss+xml", rss.append("</channel></rss>").toString()));
  }
}
