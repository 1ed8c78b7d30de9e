package newsdesk.pipeline;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
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
import newsdesk.store.StoredArticle;

/**
 * Fixtures for pipeline tests that script their stories by topic words in the headlines
 * ("Alpha one", "Beta two"): the feed and pages served, the topics a headline names, a store that
 * fails once, and where an article was filed.
 */
final class TopicFeeds {
  private static final List<String> BODIES = List.of(
      "Engineers closed the harbour bridge so welders could replace corroded steel girders before the ferries resume",
      "The symphony orchestra announced its winter concerts, with violin soloists and a new conductor from Vienna",
      "Farmers reported wheat harvest yields falling after drought, and grain merchants raised export prices sharply",
      "The city council approved a new bus depot, and drivers welcomed the longer routes through the northern suburbs");

  private TopicFeeds() {}

  /** A feed of one entry per title, in this order of publication, at /feed; pages /a0, /a1... */
  static void serveFeed(LocalServer server, String... titles) {
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

  /** The topics of {@code topics} that the document's headline names, in headline order; none is a test error. */
  static List<String> topics(AnalyzedDocument doc, List<String> topics) {
    List<String> found = new ArrayList<>();
    for (String term : doc.titleTerms()) {
      for (String topic : topics) if (term.startsWith(topic) && !found.contains(topic)) found.add(topic);
    }
    if (found.isEmpty()) throw new IllegalArgumentException("no topic in " + doc.titleTerms());
    return found;
  }

  /** The stored article titled {@code title}. */
  static StoredArticle article(LoopbackFixture f, String title) {
    return f.store.articlesAfter(0, 100).stream().filter(a -> a.title().equals(title)).findFirst()
        .orElseThrow(() -> new AssertionError("no article " + title));
  }

  /** The story of the stored article titled {@code title}. */
  static String storyOf(LoopbackFixture f, String title) {
    return article(f, title).storyId();
  }

  /** {@code store}, whose first call of {@code method} throws as a full disk would. */
  static NewsStore failingOnce(NewsStore store, String method) {
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
   * The state and bookkeeping of a clusterer scripted by topic words: a document joins the story of
   * the first topic its headline names (a story is keyed by its first document, as
   * {@link newsdesk.cluster.OnlineStoryClusterer} keys them); what it does with the other topics it
   * names is the subclass's script. A script of the tests' own documents, not a clusterer of real
   * streams: a document that names no topic has no story (it fails), so it is not held to
   * {@code StoryClustererContract}.
   */
  abstract static class ScriptedClusterer implements StoryClusterer {
    final List<String> topics;
    final Map<String, String> storyOfTopic = new HashMap<>();
    final Map<String, List<String>> members = new LinkedHashMap<>();
    private final DocumentAnalyzer analyzer = new DocumentAnalyzer();

    ScriptedClusterer(List<String> topics) {
      this.topics = topics;
    }

    /** The topics the document's headline names, in headline order. */
    List<String> topicsOf(AnalyzedDocument doc) {
      return TopicFeeds.topics(doc, topics);
    }

    /** Files the document in the story of its first topic and returns that story. */
    String join(AnalyzedDocument doc) {
      String story = storyOfTopic.computeIfAbsent(topicsOf(doc).getFirst(), t -> doc.id());
      members.computeIfAbsent(story, k -> new ArrayList<>()).add(doc.id());
      return story;
    }

    @Override
    public StoryAssignment add(ClusterDocument document) {
      return add(analyzer.analyze(document));
    }

    @Override
    public void restore(ClusterDocument document, String storyId) {
      restore(analyzer.analyze(document), storyId);
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
  }
}
