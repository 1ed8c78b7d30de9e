package newsdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import newsdesk.cluster.AnalyzedDocument;
import newsdesk.cluster.ClusterDocument;
import newsdesk.cluster.StoryAssignment;
import newsdesk.cluster.StoryClusterer;
import newsdesk.fetch.LocalServer;
import newsdesk.store.Source;
import newsdesk.store.SqliteNewsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run that dies part-way through ingesting a feed loses none of its entries. */
class IngestRecoveryTest {
  private static final int ITEMS = 4;

  @TempDir Path dir;

  @Test
  void entriesOfARunThatDiedMidwayAreIngestedByTheNext() {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      SqliteNewsStore store = f.store;
      serveFeedWithValidators(f.server);
      Source source = store.addSource(f.server.url("/feed").toString(), "feed", null, null);

      // An Error escapes the pipeline as a kill would end it: nothing after it runs.
      Stages dying = withClusterer(StandardStages.create(), failingOn(2, SimulatedCrash::new));
      assertThatThrownBy(() -> f.pipeline(dying).ingest(List.of(source))).isInstanceOf(SimulatedCrash.class);
      assertThat(store.articleCount()).isEqualTo(1);

      IngestReport report = f.pipeline(StandardStages.create()).ingest(store.sources());
      assertThat(report.sourceErrors()).isEmpty();
      assertThat(store.articleCount()).isEqualTo(ITEMS);
      assertThat(store.source(source.id()).orElseThrow().etag()).isEqualTo("\"v1\"");
    }
  }

  @Test
  void anEntryThatCannotBeStoredStopsNeitherTheOthersNorOtherSources() {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      SqliteNewsStore store = f.store;
      serveFeedWithValidators(f.server);
      Source source = store.addSource(f.server.url("/feed").toString(), "feed", null, null);
      f.server.route("/other", ex -> {
        ex.getResponseHeaders().set("ETag", "\"o1\"");
        LocalServer.send(ex, 200, "application/rss+xml", ("<rss version=\"2.0\"><channel><title>Other</title><item>"
            + "<title>Ferry timetable changes</title><guid>o1</guid><description>The ferry company publishes a new winter "
            + "timetable with fewer crossings.</description></item></channel></rss>").getBytes(StandardCharsets.UTF_8));
      });
      Source other = store.addSource(f.server.url("/other").toString(), "feed", null, null);

      // A failing stage degrades its article (DegradedAdmissionTest); a store that fails cannot.
      newsdesk.store.NewsStore failingOnThird = failingOnCall(store, "insertArticle", 3);
      IngestReport report = new Pipeline(failingOnThird, f.index, f.fetcher, StandardStages.create(),
          Pipeline.Config.defaults(), java.time.Clock.systemUTC(), Progress.NONE).ingest(store.sources());

      assertThat(store.articleCount()).as("every other entry is stored").isEqualTo(ITEMS);
      assertThat(report.pageErrors()).anySatisfy(e -> assertThat(e).contains("not stored"));
      Source failed = store.source(source.id()).orElseThrow();
      assertThat(failed.lastError()).contains("could not be stored");
      assertThat(failed.etag()).as("old validators: the feed is read in full again").isNull();
      assertThat(store.source(other.id()).orElseThrow().etag()).isEqualTo("\"o1\"");

      f.pipeline(StandardStages.create()).ingest(List.of(store.source(source.id()).orElseThrow()));
      assertThat(store.articleCount()).isEqualTo(ITEMS + 1);
      assertThat(store.source(source.id()).orElseThrow().lastError()).isNull();
    }
  }

  /** What a kill does to a run, as an exception: nothing catches it. */
  private static final class SimulatedCrash extends Error {
    SimulatedCrash(String message) {
      super(message);
    }
  }

  private static void serveFeedWithValidators(LocalServer server) {
    StringBuilder rss = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Recovery</title>");
    for (int i = 0; i < ITEMS; i++) {
      rss.append("<item><title>Story number ").append(i).append("</title><link>").append(server.url("/a" + i))
          .append("</link><guid>r").append(i).append("</guid><pubDate>Sun, 29 Nov 2026 0").append(i)
          .append(":00:00 GMT</pubDate></item>");
      String topic = List.of("harbour bridge repairs", "orchestra winter season", "wheat harvest prices", "rail strike talks").get(i);
      StringBuilder page = new StringBuilder("<html><head><title>Story number ").append(i).append("</title></head><body><article>");
      for (int p = 0; p < 6; p++) {
        page.append("<p>Paragraph ").append(p).append(" about the ").append(topic)
            .append(": officials said the work would continue through the week, and residents described what they saw.</p>");
      }
      server.route("/a" + i, LocalServer.text(200, "text/html", page.append("</article></body></html>").toString()));
    }
    byte[] feed = rss.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
    server.route("/feed", ex -> {
      if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        LocalServer.send(ex, 304, null, new byte[0]);
        return;
      }
      ex.getResponseHeaders().set("ETag", "\"v1\"");
      LocalServer.send(ex, 200, "application/rss+xml", feed);
    });
  }

  /** {@code store}, whose {@code n}th call of {@code method} throws as a full disk would. */
  private static newsdesk.store.NewsStore failingOnCall(newsdesk.store.NewsStore store, String method, int n) {
    AtomicInteger calls = new AtomicInteger();
    java.lang.reflect.InvocationHandler handler = (proxy, m, args) -> {
      if (m.getName().equals(method) && calls.incrementAndGet() == n) {
        throw new IllegalStateException("disk full (simulated) in " + method);
      }
      try {
        return m.invoke(store, args);
      } catch (java.lang.reflect.InvocationTargetException e) {
        throw e.getCause();
      }
    };
    return (newsdesk.store.NewsStore) java.lang.reflect.Proxy.newProxyInstance(newsdesk.store.NewsStore.class.getClassLoader(),
        new Class<?>[] {newsdesk.store.NewsStore.class}, handler);
  }

  /** The standard clusterer, throwing what {@code failure} makes on its {@code n}th new document. */
  private static StoryClusterer failingOn(int n, java.util.function.Function<String, ? extends Throwable> failure) {
    StoryClusterer inner = StandardStages.create().clusterer();
    AtomicInteger adds = new AtomicInteger();
    return new StoryClusterer() {
      @Override
      public StoryAssignment add(ClusterDocument document) {
        return add(StandardStages.create().analyzer().analyze(document));
      }

      @Override
      public StoryAssignment add(AnalyzedDocument document) {
        if (adds.incrementAndGet() == n) throwUnchecked(failure.apply("admission failed (simulated)"));
        return inner.add(document);
      }

      @Override
      public void restore(ClusterDocument document, String storyId) {
        inner.restore(document, storyId);
      }

      @Override
      public void restore(AnalyzedDocument document, String storyId) {
        inner.restore(document, storyId);
      }

      @Override
      public void clear() {
        inner.clear();
      }
    };
  }

  private static void throwUnchecked(Throwable t) {
    if (t instanceof Error e) throw e;
    throw (RuntimeException) t;
  }

  private static Stages withClusterer(Stages s, StoryClusterer clusterer) {
    return new Stages(s.feedParser(), s.extractor(), s.canonicalizer(), s.contentCheck(), s.nearDuplicates(),
        s.analyzer(), clusterer, s.summarizer(), s.bestOriginal(), s.related());
  }
}
