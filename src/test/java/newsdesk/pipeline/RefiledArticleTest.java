package newsdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
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
import newsdesk.store.StoryRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Articles the clusterer moves after their placement ({@link StoryAssignment#moved()}) are filed
 * under their new story in the store: both stories are rebriefed, a story left empty disappears as
 * an absorbed one does, and a move rolled back with its admission is made again when the article
 * that caused it is admitted again.
 */
class RefiledArticleTest {
  @TempDir Path dir;

  @Test
  void aMovedArticleIsRefiledAndBothStoriesAreRebriefed() {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      serveFeed(f.server, "Alpha one", "Beta two", "Beta three");
      Source source = f.store.addSource(f.server.url("/feed").toString(), "feed", null, null);
      MovingClusterer clusterer = new MovingClusterer();
      Pipeline pipeline = pipeline(f, f.store, clusterer);
      pipeline.ingest(List.of(source));
      String alpha = storyOf(f, "Alpha one");
      String beta = storyOf(f, "Beta two");
      int alphaVersion = f.store.story(alpha).orElseThrow().version();
      int betaVersion = f.store.story(beta).orElseThrow().version();

      serveFeed(f.server, "Alpha one", "Beta two", "Beta three", "Alpha four beta");
      pipeline.ingest(List.of(f.store.source(source.id()).orElseThrow()));

      assertThat(storyOf(f, "Alpha four beta")).isEqualTo(alpha);
      assertThat(storyOf(f, "Beta three")).as("moved by the clusterer").isEqualTo(alpha);
      assertThat(storyOf(f, "Beta two")).isEqualTo(beta);
      StoryRecord left = f.store.story(beta).orElseThrow();
      assertThat(left.mergedInto()).as("a story that keeps an article stays").isNull();
      assertThat(left.version()).isGreaterThan(betaVersion);
      assertThat(left.lastPublished()).as("its span is its remaining article's")
          .isEqualTo(article(f, "Beta two").published());
      assertThat(f.store.story(alpha).orElseThrow().version()).isGreaterThan(alphaVersion);
      assertThat(f.store.storiesNeedingBrief()).as("both briefed again by the ingest").isEmpty();
    }
  }

  @Test
  void aStoryLeftEmptyDisappearsLikeAnAbsorbedOne() {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      serveFeed(f.server, "Alpha one", "Beta two", "Alpha three beta");
      Source source = f.store.addSource(f.server.url("/feed").toString(), "feed", null, null);
      MovingClusterer clusterer = new MovingClusterer();
      pipeline(f, f.store, clusterer).ingest(List.of(source));

      String alpha = storyOf(f, "Alpha one");
      assertThat(storyOf(f, "Beta two")).isEqualTo(alpha);
      String beta = Ids.story(article(f, "Beta two").canonicalUrl());
      assertThat(f.store.story(beta).orElseThrow().mergedInto()).isEqualTo(alpha);
      assertThat(f.store.storiesUpdatedBetween(java.time.Instant.EPOCH, java.time.Instant.now(), 10))
          .extracting(StoryRecord::id).containsExactly(alpha);
    }
  }

  @Test
  void aMoveRolledBackIsMadeWhenTheArticleIsAdmittedAgain() {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      serveFeed(f.server, "Alpha one", "Beta two", "Beta three", "Alpha four beta");
      Source source = f.store.addSource(f.server.url("/feed").toString(), "feed", null, null);
      MovingClusterer clusterer = new MovingClusterer();
      Pipeline pipeline = pipeline(f, failingOnce(f.store, "moveArticle"), clusterer);

      IngestReport first = pipeline.ingest(List.of(source));
      assertThat(first.pageErrors()).anySatisfy(e -> assertThat(e).contains("/a3").contains("not stored"));
      assertThat(f.store.articleCount()).isEqualTo(3);
      assertThat(storyOf(f, "Beta three")).as("the move was rolled back").isEqualTo(storyOf(f, "Beta two"));

      pipeline.ingest(List.of(f.store.source(source.id()).orElseThrow()));

      assertThat(f.store.articleCount()).isEqualTo(4);
      assertThat(storyOf(f, "Beta three")).isEqualTo(storyOf(f, "Alpha one"));
      assertThat(storyOf(f, "Beta two")).isNotEqualTo(storyOf(f, "Alpha one"));
      assertThat(clusterer.placements()).as("each article held once").doesNotHaveDuplicates().hasSize(4);
    }
  }

  private static Pipeline pipeline(LoopbackFixture f, NewsStore store, StoryClusterer clusterer) {
    Stages s = StandardStages.create();
    Stages stages = new Stages(s.feedParser(), s.extractor(), s.canonicalizer(), s.contentCheck(), s.nearDuplicates(),
        s.analyzer(), clusterer, s.summarizer(), s.bestOriginal(), s.related());
    return new Pipeline(store, f.index, f.fetcher, stages, Pipeline.Config.defaults(), Clock.systemUTC(), Progress.NONE);
  }

  private static StoredArticle article(LoopbackFixture f, String title) {
    return f.store.articlesAfter(0, 100).stream().filter(a -> a.title().equals(title)).findFirst()
        .orElseThrow(() -> new AssertionError("no article " + title));
  }

  private static String storyOf(LoopbackFixture f, String title) {
    return article(f, title).storyId();
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
   * A scripted clusterer: a document joins the story of the topic (alpha, beta) its headline names
   * first, and moves the newest member of the story of each other topic it names into its own story
   * (a story may be left empty, which {@link newsdesk.cluster.OnlineStoryClusterer} never does).
   * Stories are keyed by their first document.
   */
  private static final class MovingClusterer implements StoryClusterer {
    private static final List<String> TOPICS = List.of("alpha", "beta");
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
      List<String> moved = new ArrayList<>();
      for (String other : topics.subList(1, topics.size())) {
        List<String> from = members.get(storyOfTopic.get(other));
        if (from == null || from.isEmpty()) continue;
        String member = from.removeLast();
        members.get(story).add(member);
        moved.add(member);
      }
      return new StoryAssignment(story, List.of(), moved);
    }

    @Override
    public void restore(ClusterDocument document, String storyId) {
      restore(analyzer.analyze(document), storyId);
    }

    @Override
    public void restore(AnalyzedDocument doc, String storyId) {
      storyOfTopic.putIfAbsent(topics(doc).getFirst(), storyId);
      members.computeIfAbsent(storyId, k -> new ArrayList<>()).add(doc.id());
    }

    @Override
    public void clear() {
      storyOfTopic.clear();
      members.clear();
    }

    /** Every document held, once per time it is held. */
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
      "Farmers reported wheat harvest yields falling after drought, and grain merchants raised export prices sharply",
      "The city council approved a new bus depot, and drivers welcomed the longer routes through the northern suburbs");

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
