package newsdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import newsdesk.extract.ArticleExtractor;
import newsdesk.feed.FeedParser;
import newsdesk.fetch.LocalServer;
import newsdesk.store.Source;
import newsdesk.store.StoredArticle;
import newsdesk.summarize.Summarizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stage that throws on one item (a bug, a stack overflow on a too-deep document) costs that item
 * alone: the other entries, sources and stories go on, and the run after it works.
 */
class StageFailureTest {
  private static final List<String> TOPICS =
      List.of("harbour bridge repairs", "orchestra winter season", "wheat harvest prices", "rail strike talks");
  /** One body sentence per topic, with no words in common but stop words, so each is a story. */
  private static final List<String> BODIES = List.of(
      "Engineers closed the harbour bridge so welders could replace corroded steel girders before the ferries resume",
      "The symphony orchestra announced its winter concerts, with violin soloists and a new conductor from Vienna",
      "Farmers reported wheat harvest yields falling after drought, and grain merchants raised export prices sharply",
      "Railway unions met ministers for strike negotiations over wages, pensions and overnight train staffing");

  @TempDir Path dir;

  @Test
  void anExtractorThatThrowsCostsOnlyItsPageWhichKeepsTheFeedText() {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      serveFeed(f.server, "/feed", "a");
      Source source = f.store.addSource(f.server.url("/feed").toString(), "feed", null, null);
      ArticleExtractor standard = StandardStages.create().extractor();
      ArticleExtractor failing = page -> {
        String path = page.url().getPath();
        if (path.equals("/a1")) throw new IllegalStateException("extractor bug (simulated)");
        if (path.equals("/a2")) throw new StackOverflowError();
        return standard.extract(page);
      };
      Stages s = StandardStages.create();
      Stages stages = new Stages(s.feedParser(), failing, s.canonicalizer(), s.contentCheck(), s.nearDuplicates(),
          s.analyzer(), s.clusterer(), s.summarizer(), s.bestOriginal(), s.related());

      IngestReport report = f.pipeline(stages).ingest(List.of(source));

      assertThat(report.sourceErrors()).isEmpty();
      assertThat(report.added()).isEqualTo(TOPICS.size());
      assertThat(report.pageErrors())
          .anySatisfy(e -> assertThat(e).contains(f.server.url("/a1").toString()).contains("extractor bug (simulated)"))
          .anySatisfy(e -> assertThat(e).contains(f.server.url("/a2").toString()).contains("StackOverflowError"));
      Map<String, StoredArticle> byUrl = f.store.articlesAfter(0, 10).stream()
          .collect(Collectors.toMap(StoredArticle::url, Function.identity()));
      assertThat(byUrl.get(f.server.url("/a1").toString()).textSource()).isEqualTo("feed");
      assertThat(byUrl.get(f.server.url("/a2").toString()).textSource()).isEqualTo("feed");
      assertThat(byUrl.get(f.server.url("/a0").toString()).textSource()).isEqualTo("page");
      assertThat(f.store.source(source.id()).orElseThrow().etag()).as("the poll is committed").isEqualTo("\"a\"");
    }
  }

  @Test
  void aParserThatThrowsIsAnErrorOfItsSourceAlone() {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      serveFeed(f.server, "/good", "g");
      serveFeed(f.server, "/bad", "b");
      serveFeed(f.server, "/deep", "d");
      Source good = f.store.addSource(f.server.url("/good").toString(), "feed", null, null);
      Source bad = f.store.addSource(f.server.url("/bad").toString(), "feed", null, null);
      Source deep = f.store.addSource(f.server.url("/deep").toString(), "feed", null, null);
      FeedParser standard = StandardStages.create().feedParser();
      FeedParser failing = (body, type, url) -> {
        if (url.getPath().equals("/bad")) throw new NullPointerException();
        if (url.getPath().equals("/deep")) throw new StackOverflowError();
        return standard.parse(body, type, url);
      };
      Stages s = StandardStages.create();
      Stages stages = new Stages(failing, s.extractor(), s.canonicalizer(), s.contentCheck(), s.nearDuplicates(),
          s.analyzer(), s.clusterer(), s.summarizer(), s.bestOriginal(), s.related());

      IngestReport report = f.pipeline(stages).ingest(f.store.sources());

      assertThat(report.added()).as("the good feed's entries").isEqualTo(TOPICS.size());
      assertThat(report.sourceErrors()).containsOnlyKeys(bad.url(), deep.url());
      assertThat(report.sourceErrors().get(bad.url())).contains("the parser failed on " + bad.url())
          .contains("NullPointerException");
      assertThat(report.sourceErrors().get(deep.url())).contains("StackOverflowError");
      Source failed = f.store.source(bad.id()).orElseThrow();
      assertThat(failed.lastError()).contains("the parser failed");
      assertThat(failed.consecutiveFailures()).isEqualTo(1);
      assertThat(failed.etag()).as("read in full again next time").isNull();
      assertThat(f.store.source(good.id()).orElseThrow().etag()).isEqualTo("\"g\"");
    }
  }

  @Test
  void aSummarizerThatThrowsOnOneStoryLeavesItForTheNextRunAndBriefsTheOthers() {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      serveFeed(f.server, "/feed", "a");
      Source source = f.store.addSource(f.server.url("/feed").toString(), "feed", null, null);
      Summarizer standard = StandardStages.create().summarizer();
      Summarizer failing = (articles, length) -> {
        if (articles.stream().anyMatch(a -> a.title().contains("number 1"))) {
          throw new IllegalArgumentException("summarizer bug (simulated)");
        }
        return standard.summarize(articles, length);
      };
      Stages s = StandardStages.create();
      Stages stages = new Stages(s.feedParser(), s.extractor(), s.canonicalizer(), s.contentCheck(), s.nearDuplicates(),
          s.analyzer(), s.clusterer(), failing, s.bestOriginal(), s.related());

      IngestReport report = f.pipeline(stages).ingest(List.of(source));

      Map<String, String> storyByTitle = f.store.articlesAfter(0, 10).stream()
          .collect(Collectors.toMap(StoredArticle::title, StoredArticle::storyId));
      assertThat(storyByTitle).hasSize(TOPICS.size()).doesNotContainValue(null);
      String failed = storyByTitle.get("Story number 1: " + TOPICS.get(1));
      assertThat(storyByTitle.values().stream().distinct()).as("one story per topic").hasSize(TOPICS.size());
      assertThat(report.storiesBriefed()).isEqualTo(TOPICS.size() - 1);
      for (String story : storyByTitle.values()) {
        assertThat(f.store.brief(story)).as("brief (a fallback for the failed one: BriefFallbackTest) of %s", story).isPresent();
      }
      assertThat(f.store.storiesNeedingBrief()).extracting(newsdesk.store.StoryRecord::id).containsExactly(failed);
      assertThat(f.index.indexedThrough()).as("the index caught up all the same").isEqualTo(
          f.store.articlesAfter(0, 10).stream().mapToLong(StoredArticle::id).max().orElseThrow());

      IngestReport next = f.pipeline(StandardStages.create()).ingest(f.store.sources());
      assertThat(next.storiesBriefed()).isEqualTo(1);
      assertThat(f.store.brief(failed)).isPresent();
    }
  }

  /**
   * A feed at {@code path} with one entry per topic (pages /{@code tag}0..3 on the server), each a
   * distinct story; served with ETag {@code "tag"}.
   */
  private static void serveFeed(LocalServer server, String path, String tag) {
    StringBuilder rss = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Feed ")
        .append(tag).append("</title>");
    for (int i = 0; i < TOPICS.size(); i++) {
      String page = "/" + tag + i;
      String topic = TOPICS.get(i);
      rss.append("<item><title>Story number ").append(i).append(": ").append(topic).append("</title><link>").append(server.url(page))
          .append("</link><guid>").append(tag).append(i).append("</guid><description>A short summary about the ")
          .append(topic).append(".</description><pubDate>Sun, 29 Nov 2026 0").append(i).append(":00:00 GMT</pubDate></item>");
      StringBuilder html = new StringBuilder("<html><head><title>Story number ").append(i).append(": ").append(topic)
          .append("</title></head><body><article>");
      for (int p = 0; p < 6; p++) {
        html.append("<p>").append(BODIES.get(i)).append(" (part ").append(p).append(").</p>");
      }
      server.route(page, LocalServer.text(200, "text/html", html.append("</article></body></html>").toString()));
    }
    byte[] feed = rss.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
    String etag = "\"" + tag + "\"";
    server.route(path, ex -> {
      if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        LocalServer.send(ex, 304, null, new byte[0]);
        return;
      }
      ex.getResponseHeaders().set("ETag", etag);
      LocalServer.send(ex, 200, "application/rss+xml", feed);
    });
  }
}
