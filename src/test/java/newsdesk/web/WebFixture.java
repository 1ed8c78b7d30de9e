package newsdesk.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import newsdesk.feed.Feed;
import newsdesk.feed.FeedEntry;
import newsdesk.feed.FeedParseException;
import newsdesk.feed.StandardFeedParser;
import newsdesk.search.LuceneArticleIndex;
import newsdesk.store.RelatedStory;
import newsdesk.store.SqliteNewsStore;
import newsdesk.store.Source;
import newsdesk.store.StoredArticle;
import newsdesk.store.StoredBrief;
import newsdesk.store.StoredEntity;
import newsdesk.store.StoryRecord;
import newsdesk.summarize.Brief;
import newsdesk.summarize.SummarySentence;

/**
 * A data folder with a few stories (several outlets, entities, related and merged stories), a
 * hostile feed stored as it arrived, and a web server over it on a free loopback port.
 */
final class WebFixture implements AutoCloseable {
  static final String PASSWORD = "correct horse battery staple";
  static final Instant T = Instant.parse("2020-03-02T10:00:00Z");

  final SqliteNewsStore store;
  final LuceneArticleIndex index;
  final WebServer web;
  final URI base;
  final ByteArrayOutputStream log = new ByteArrayOutputStream();
  final Source hostileSource;

  WebFixture(Path dir, String baseUrl) {
    this(dir, baseUrl, null);
  }

  /** A fixture whose server reads {@code clock} (null: the system clock). */
  WebFixture(Path dir, String baseUrl, java.time.Clock clock) {
    try {
      java.nio.file.Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    store = SqliteNewsStore.open(dir.resolve("newsdesk.db"));
    index = new LuceneArticleIndex(dir.resolve("index"));
    Source wikinews = store.addSource("https://en.wikinews.org/feed.xml", "feed", null, "Wikinews");
    hostileSource = store.addSource("https://evil.example/feed.xml", "feed", null, "Evil <script>window.__pwned='source'</script>");
    story("s-volcano", "Etna volcano erupts in Sicily", T, wikinews.id(),
        new String[][] {
            {"a-v1", "Wikinews", "Mount Etna erupts, ash over Catania", "Mount Etna erupted on Monday. Ash fell over Catania and the airport closed."},
            {"a-v2", "Daily Planet", "Etna eruption closes Catania airport", "The Catania airport closed after Mount Etna erupted. Flights were diverted to Palermo."},
            {"a-v3", "Le Monde", "Éruption de l'Etna en Sicile", "The eruption of Mount Etna was visible from Catania, officials in Italy said."}},
        List.of(new StoredEntity("Mount Etna", "PLACE", 2, 1), new StoredEntity("Italy", "PLACE", 1, 1)));
    story("s-ash", "Ash cloud grounds flights over Italy", T.plusSeconds(1800), wikinews.id(),
        new String[][] {{"a-a1", "Daily Planet", "Ash cloud grounds flights", "The ash cloud grounded flights across southern Italy on Tuesday."}},
        List.of(new StoredEntity("Italy", "PLACE", 1, 1)));
    story("s-vote", "Parliament passes budget after long vote", T.minusSeconds(86_400 * 3), wikinews.id(),
        new String[][] {
            {"a-b1", "Wikinews", "Budget passes parliament", "Parliament passed the budget after a vote that lasted all night."},
            {"a-b2", "Daily Planet", "Long vote ends with budget", "The budget vote ended at dawn with a narrow majority."}},
        List.of(new StoredEntity("Parliament", "ORGANIZATION", 2, 2)));
    store.insertStory(new StoryRecord("s-old", T, T, T, T, 1, "s-volcano"));
    store.replaceRelated("s-volcano", List.of(new RelatedStory("s-volcano", 0, "s-ash", 0.6)));
    store.replaceRelated("s-ash", List.of(new RelatedStory("s-ash", 0, "s-volcano", 0.6)));
    hostileStory();
    index.add(store.articlesAfter(0, 1000));
    web = new WebServer(store, index, new WebOptions(baseUrl, PASSWORD, clock, null), new PrintStream(log, true, StandardCharsets.UTF_8));
    base = URI.create("http://127.0.0.1:" + web.start("127.0.0.1", 0));
  }

  /** A story of articles {id, outlet, title, text}, one hour apart, briefed from each article's first sentence. */
  private void story(String id, String headline, Instant last, long sourceId, String[][] articles, List<StoredEntity> entities) {
    Instant first = last.minusSeconds(3600L * (articles.length - 1));
    store.insertStory(new StoryRecord(id, first, first, last, first, 1, null));
    List<SummarySentence> sentences = new ArrayList<>();
    Long readMore = null;
    for (int i = 0; i < articles.length; i++) {
      String[] a = articles[i];
      Instant t = first.plusSeconds(3600L * i);
      String url = "https://" + a[1].toLowerCase().replace(' ', '-') + ".example/" + a[0];
      StoredArticle stored = store.insertArticle(new StoredArticle(0, a[0], sourceId, a[0], url, url, a[1], a[2], List.of(), t, t, "en",
          null, null, a[3], "page", "hash-" + a[0], null, id));
      store.saveEntities(stored.id(), entities);
      int end = a[3].indexOf('.') + 1;
      sentences.add(new SummarySentence(a[3].substring(0, end), a[0], 0, end));
      if (readMore == null) readMore = stored.id();
    }
    store.saveBrief(new StoredBrief(id, 1, new Brief(headline, List.of(sentences)), readMore));
  }

  /** The hostile feed's entries, stored exactly as they arrived (raw strings, not sanitized). */
  private void hostileStory() {
    Feed feed;
    try (InputStream in = WebFixture.class.getResourceAsStream("hostile-feed.xml")) {
      feed = new StandardFeedParser().parse(in.readAllBytes(), "application/rss+xml", URI.create("https://evil.example/feed.xml"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (FeedParseException e) {
      throw new IllegalStateException("the hostile fixture feed must parse", e);
    }
    Instant t = T.minusSeconds(7200);
    store.insertStory(new StoryRecord("s-hostile", t, t, t, t, 1, null));
    String outlet = "Evil <style>body{display:none}</style><script>window.__pwned='outlet'</script>";
    List<SummarySentence> sentences = new ArrayList<>();
    int n = 0;
    for (FeedEntry e : feed.entries()) {
      n++;
      // The raw description, markup and all, is the worst a page could be asked to show.
      String text = "Hostile volcano text " + n + " <script>window.__pwned='text'</script> " + e.summary();
      String url = n == 1 ? "javascript:window.__pwned='url'" : e.link();
      store.insertArticle(new StoredArticle(0, "a-h" + n, hostileSource.id(), e.id(), url, "https://evil.example/" + n, outlet,
          e.title(), List.of(), t, t, "en", e.summary(), null, text, "feed", "hash-h" + n, null, "s-hostile"));
      sentences.add(new SummarySentence(text.substring(0, Math.min(text.length(), 80)), "a-h" + n, 0, Math.min(text.length(), 80)));
    }
    store.saveEntities(store.articleByPublicId("a-h1").orElseThrow().id(),
        List.of(new StoredEntity("<img src=x onerror=window.__pwned='entity'>", "PERSON", 1, 1)));
    store.saveBrief(new StoredBrief("s-hostile", 1,
        new Brief("<script>window.__pwned='headline'</script>Hostile <b onmouseover=alert(1)>story</b>", List.of(sentences)),
        store.articleByPublicId("a-h1").orElseThrow().id()));
  }

  URI uri(String path) {
    return base.resolve(path);
  }

  @Override
  public void close() {
    web.close();
    index.close();
    store.close();
  }
}
