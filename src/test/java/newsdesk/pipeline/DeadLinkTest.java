package newsdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import newsdesk.ManualClock;
import newsdesk.cluster.AnalyzedDocument;
import newsdesk.cluster.ClusterDocument;
import newsdesk.cluster.DocumentAnalyzer;
import newsdesk.cluster.StoryAssignment;
import newsdesk.cluster.StoryClusterer;
import newsdesk.fetch.LocalServer;
import newsdesk.publish.DigestBuilder;
import newsdesk.publish.DigestStory;
import newsdesk.publish.JsonDigestRenderer;
import newsdesk.publish.MarkdownDigestRenderer;
import newsdesk.publish.TextDigestRenderer;
import newsdesk.store.Source;
import newsdesk.store.StoredArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An entry whose page answered 404 or 410 is stored with the feed's text and marked gone: "Read
 * more" links another article of the story whose page is alive, or none ("From outlet"), and the
 * outlet list shows it without a link. A gone page read again later (its entry still listed) that
 * answers clears the mark; a transient failure (503) never sets or clears it.
 *
 * <p>Two outlets on one machine (two ports are two hosts): a wire service, which "Read more"
 * prefers whenever its page is alive, and a local paper. One scripted story holds both, so the
 * test is about the link, not about clustering.
 */
class DeadLinkTest {
  private static final Instant START = Instant.parse("2026-11-29T12:00:00Z");

  private static final String WIRE_TEXT = "Divers recovered the last of the fishing boats that sank in Glenport harbour during"
      + " Saturday's storm, the harbour master said on Sunday. Three crew members are still missing and the coast guard"
      + " widened its search to the northern cliffs. The port will stay closed to shipping until the wrecks are towed"
      + " away, which may take a week. Insurers estimate the damage to the fleet at four million euros.";
  private static final String PAPER_TEXT = "Glenport's fishermen gathered on the quay on Sunday morning as cranes lifted the"
      + " wrecked trawlers out of the water. Many said they had never seen waves so high inside the breakwater. The town"
      + " council opened a fund for the families of the missing men and for owners who lost their boats. Volunteers"
      + " handed out soup and blankets in the lifeboat station while the search went on along the coast.";

  @TempDir Path dir;


  /**
   * Every document in one story (keyed by its first document, as the real clusterer keys them). A
   * script for these tests, not a clusterer of real streams: a document without content joins the
   * one story too, so it is not held to {@code StoryClustererContract}.
   */
  private static final class OneStory implements StoryClusterer {
    private final DocumentAnalyzer analyzer = new DocumentAnalyzer();
    private String story;

    @Override
    public StoryAssignment add(ClusterDocument document) {
      return add(analyzer.analyze(document));
    }

    @Override
    public StoryAssignment add(AnalyzedDocument document) {
      if (story == null) story = document.id();
      return new StoryAssignment(story, List.of());
    }

    @Override
    public void restore(ClusterDocument document, String storyId) {
      restore(analyzer.analyze(document), storyId);
    }

    @Override
    public void restore(AnalyzedDocument document, String storyId) {
      if (story == null) story = storyId;
    }

    @Override
    public void clear() {
      story = null;
    }
  }

  private static String rss(String title, LocalServer server, String path, String text, String pubDate) {
    return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>" + title + "</title><item><title>Divers raise the"
        + " boats sunk in Glenport harbour</title><link>" + server.url(path) + "</link><guid>" + path + "</guid><description>"
        + text + "</description><pubDate>" + pubDate + "</pubDate></item></channel></rss>";
  }

  private static String page(String siteName, String text) {
    return "<html><head><title>Glenport harbour | " + siteName + "</title><meta property=\"og:site_name\" content=\""
        + siteName + "\"></head><body><nav><a href=/>Home</a></nav><article><h1>Boats raised in Glenport harbour</h1><p>"
        + text.replace(". ", ".</p><p>") + "</p></article></body></html>";
  }

  /** The wire service's feed and the paper's, on two hosts, and a pipeline over them on {@code clock}. */
  private static final class TwoOutlets implements AutoCloseable {
    final LoopbackFixture f;
    final LocalServer paperSite = new LocalServer();
    /** Moved forward by the tests, so that a gone page becomes due for a second read. */
    final ManualClock clock = new ManualClock(START);
    final Source wire;
    final Source paper;

    /**
     * Two reports, the wire's the newer: with both pages alive the wire's is "Read more" twice over
     * (a wire service, and the article the headline comes from, the newest of equally supported
     * titles), so a test that kills its page shows the dead-link rule moving the link.
     */
    TwoOutlets(Path dir) {
      this(dir, PAPER_TEXT, "Sun, 29 Nov 2026 10:00:00 GMT", "Sun, 29 Nov 2026 09:00:00 GMT");
    }

    /** The paper's article, published after the wire's, has {@code paperText} (the wire's text: a syndicated copy). */
    TwoOutlets(Path dir, String paperText) {
      this(dir, paperText, "Sun, 29 Nov 2026 09:00:00 GMT", "Sun, 29 Nov 2026 10:00:00 GMT");
    }

    private TwoOutlets(Path dir, String paperText, String wireDate, String paperDate) {
      f = new LoopbackFixture(dir);
      f.server.route("/wire.rss", LocalServer.text(200, "application/rss+xml",
          rss("Reuters", f.server, "/wire/boats", WIRE_TEXT, wireDate)));
      paperSite.route("/paper.rss", LocalServer.text(200, "application/rss+xml",
          rss("Glenport Gazette", paperSite, "/news/boats", paperText, paperDate)));
      paperSite.route("/news/boats", LocalServer.text(200, "text/html", page("Glenport Gazette", paperText)));
      wire = f.store.addSource(f.server.url("/wire.rss").toString(), "feed", null, null);
      paper = f.store.addSource(paperSite.url("/paper.rss").toString(), "feed", null, null);
    }

    IngestReport ingest() {
      Stages s = StandardStages.create();
      Stages oneStory = new Stages(s.feedParser(), s.extractor(), s.canonicalizer(), s.contentCheck(), s.nearDuplicates(),
          s.analyzer(), new OneStory(), s.summarizer(), s.bestOriginal(), s.related());
      Pipeline pipeline = new Pipeline(f.store, f.index, f.fetcher, oneStory, Pipeline.Config.defaults(), clock, Progress.NONE);
      return pipeline.ingest(List.of(f.store.source(wire.id()).orElseThrow(), f.store.source(paper.id()).orElseThrow()));
    }

    StoredArticle article(LocalServer server, String path) {
      String url = server.url(path).toString();
      return f.store.articlesAfter(0, 10).stream().filter(a -> a.url().equals(url)).findFirst()
          .orElseThrow(() -> new AssertionError("no article " + url));
    }

    StoredArticle wireArticle() {
      return article(f.server, "/wire/boats");
    }

    StoredArticle paperArticle() {
      return article(paperSite, "/news/boats");
    }

    DigestStory story() {
      List<DigestStory> stories = new DigestBuilder(f.store).digest(Instant.parse("2026-11-01T00:00:00Z"),
          Instant.parse("2026-12-31T00:00:00Z"), 10);
      assertThat(stories).hasSize(1);
      return stories.getFirst();
    }

    @Override
    public void close() {
      paperSite.close();
      f.close();
    }
  }

  @Test
  void aWirePageThatIsAliveIsReadMore() {
    try (TwoOutlets t = new TwoOutlets(dir)) {
      t.f.server.route("/wire/boats", LocalServer.text(200, "text/html", page("Reuters", WIRE_TEXT)));
      t.ingest();

      StoredArticle wire = t.wireArticle();
      assertThat(wire.linkGone()).isFalse();
      assertThat(wire.pageStatus()).isEqualTo(200);
      assertThat(wire.storyId()).isEqualTo(t.paperArticle().storyId());
      // The preference the dead-link tests below depend on: with its page alive, the wire's article is read first.
      assertThat(t.story().readMore()).isEqualTo(new DigestStory.Link("Reuters", wire.url()));
    }
  }

  @Test
  void aPageThatAnswered404IsMarkedAndReadMoreLinksTheArticleWhosePageIsAlive() throws Exception {
    try (TwoOutlets t = new TwoOutlets(dir)) {
      IngestReport report = t.ingest(); // the wire's page is not routed: 404

      assertThat(report.added()).isEqualTo(2);
      StoredArticle wire = t.wireArticle();
      assertThat(wire.linkGone()).isTrue();
      assertThat(wire.pageStatus()).isEqualTo(404);
      assertThat(wire.textSource()).isEqualTo("feed");
      assertThat(wire.readableUrl()).isNull();
      StoredArticle paper = t.paperArticle();
      assertThat(paper.linkGone()).isFalse();
      assertThat(paper.pageStatus()).isEqualTo(200);

      DigestStory story = t.story();
      assertThat(story.readMore()).isEqualTo(new DigestStory.Link("Glenport Gazette", paper.url()));
      assertThat(story.outlets()).contains(new DigestStory.Coverage("Reuters", null, wire.title(), wire.published(), true));

      String text = new TextDigestRenderer().render(List.of(story));
      assertThat(text).contains("Read more at Glenport Gazette: " + paper.url() + "\n").doesNotContain(wire.url());
      String markdown = new MarkdownDigestRenderer().render(List.of(story));
      assertThat(markdown).contains("Read more at [Glenport Gazette](" + paper.url() + ")")
          .contains("Also covered by: Reuters").doesNotContain(wire.url());
      String json = new JsonDigestRenderer().render(List.of(story));
      var outlets = JsonDigestRenderer.mapper().readTree(json).get("stories").get(0).get("outlets");
      assertThat(outlets).anySatisfy(o -> {
        assertThat(o.get("name").asText()).isEqualTo("Reuters");
        assertThat(o.get("url").isNull()).isTrue();
        assertThat(o.get("link_gone").asBoolean()).isTrue();
      });
      assertThat(outlets).anySatisfy(o -> {
        assertThat(o.get("name").asText()).isEqualTo("Glenport Gazette");
        assertThat(o.has("link_gone")).as("left out when the page is alive").isFalse();
      });
    }
  }

  @Test
  void whenTheOriginalsPageIsGoneALiveCopyIsReadMore() {
    try (TwoOutlets t = new TwoOutlets(dir, WIRE_TEXT)) {
      IngestReport report = t.ingest(); // the wire's page answers 404; the paper republished its text

      assertThat(report.duplicates()).isEqualTo(1);
      StoredArticle copy = t.paperArticle();
      assertThat(copy.duplicateOf()).isEqualTo(t.wireArticle().id());
      assertThat(t.story().readMore()).isEqualTo(new DigestStory.Link("Glenport Gazette", copy.url()));
    }
  }

  @Test
  void whenNoPageOfTheStoryIsAliveTheCardNamesTheOutletWithoutALink() {
    try (TwoOutlets t = new TwoOutlets(dir)) {
      t.paperSite.route("/news/boats", LocalServer.text(410, "text/plain", "gone"));
      t.ingest(); // the wire's page answers 404, the paper's 410

      assertThat(t.paperArticle().linkGone()).isTrue();
      assertThat(t.paperArticle().pageStatus()).isEqualTo(410);
      DigestStory story = t.story();
      assertThat(story.readMore()).isEqualTo(new DigestStory.Link("Reuters", null, true));
      String text = new TextDigestRenderer().render(List.of(story));
      assertThat(text).contains("\nFrom Reuters\n").doesNotContain("Read more").doesNotContain("http");
      assertThat(new MarkdownDigestRenderer().render(List.of(story))).contains("From Reuters").doesNotContain("](http");
    }
  }

  @Test
  void aGonePageThatComesBackIsLinkedAgainOnALaterPoll() {
    try (TwoOutlets t = new TwoOutlets(dir)) {
      t.ingest();
      StoredArticle gone = t.wireArticle();
      assertThat(gone.linkGone()).isTrue();

      // Polled again at once: not due yet, the gone page is not read again.
      t.f.server.route("/wire/boats", LocalServer.text(200, "text/html", page("Reuters", WIRE_TEXT)));
      t.clock.advance(Duration.ofMinutes(10));
      t.ingest();
      assertThat(t.f.server.count("/wire/boats")).isEqualTo(1);
      assertThat(t.wireArticle().linkGone()).isTrue();

      // An hour later the entry, still listed, has its page read again: it is back.
      t.clock.advance(Duration.ofHours(1));
      IngestReport report = t.ingest();
      assertThat(t.f.server.count("/wire/boats")).isEqualTo(2);
      StoredArticle back = t.wireArticle();
      assertThat(back.linkGone()).isFalse();
      assertThat(back.pageStatus()).isEqualTo(200);
      assertThat(back.id()).isEqualTo(gone.id());
      assertThat(report.added()).isZero();
      assertThat(t.story().readMore()).isEqualTo(new DigestStory.Link("Reuters", back.url()));
    }
  }

  @Test
  void anUpdatedEntryWhosePageIsBackClearsTheMarkAtOnce() {
    try (TwoOutlets t = new TwoOutlets(dir)) {
      t.ingest();
      assertThat(t.wireArticle().linkGone()).isTrue();

      // Minutes later, not yet due for a second read: the entry itself comes back corrected, so its page is read.
      t.f.server.route("/wire/boats", LocalServer.text(200, "text/html", page("Reuters", WIRE_TEXT)));
      t.f.server.route("/wire.rss", LocalServer.text(200, "application/rss+xml",
          rss("Reuters", t.f.server, "/wire/boats", WIRE_TEXT.replace("Three crew", "Two crew"), "Sun, 29 Nov 2026 09:00:00 GMT")));
      t.clock.advance(Duration.ofMinutes(5));
      IngestReport report = t.ingest();

      assertThat(report.updated()).isEqualTo(1);
      assertThat(t.wireArticle()).returns(false, StoredArticle::linkGone).returns(200, StoredArticle::pageStatus);
      assertThat(t.story().readMore()).isEqualTo(new DigestStory.Link("Reuters", t.wireArticle().url()));
    }
  }

  @Test
  void aPageThatStaysGoneIsReadAgainOnlyForALimitedTime() {
    try (TwoOutlets t = new TwoOutlets(dir)) {
      t.ingest();
      t.clock.advance(Duration.ofHours(2));
      IngestReport again = t.ingest();
      assertThat(t.f.server.count("/wire/boats")).isEqualTo(2);
      assertThat(t.wireArticle().linkGone()).isTrue();
      assertThat(again.pageErrors()).as("a page known to be gone is not reported again").isEmpty();

      t.clock.advance(DeadLinks.defaults().recheckFor());
      t.ingest();
      assertThat(t.f.server.count("/wire/boats")).as("past the recheck period").isEqualTo(2);
    }
  }

  @Test
  void aTransientFailureNeitherMarksALinkNorClearsTheMark() {
    try (TwoOutlets t = new TwoOutlets(dir)) {
      t.paperSite.route("/news/boats", LocalServer.text(503, "text/plain", "busy"));
      t.ingest(); // the wire's page answers 404, the paper's 503

      StoredArticle paper = t.paperArticle();
      assertThat(paper.linkGone()).isFalse();
      assertThat(paper.pageStatus()).isEqualTo(503);
      assertThat(paper.textSource()).isEqualTo("feed");
      assertThat(t.story().readMore()).isEqualTo(new DigestStory.Link("Glenport Gazette", paper.url()));

      // The gone wire page answers 503 when read again: still gone, as nothing says it came back.
      t.f.server.route("/wire/boats", LocalServer.text(503, "text/plain", "busy"));
      t.clock.advance(Duration.ofHours(2));
      t.ingest();
      assertThat(t.f.server.count("/wire/boats")).isEqualTo(2);
      StoredArticle wire = t.wireArticle();
      assertThat(wire.linkGone()).isTrue();
      assertThat(wire.pageStatus()).isEqualTo(503);
      assertThat(t.story().readMore().outlet()).isEqualTo("Glenport Gazette");
    }
  }
}
