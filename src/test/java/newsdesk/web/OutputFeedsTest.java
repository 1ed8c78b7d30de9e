package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import newsdesk.feed.Feed;
import newsdesk.feed.FeedEntry;
import newsdesk.feed.StandardFeedParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The digest and saved-search feeds parse with our own parser and follow the Atom rules (RFC 4287). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutputFeedsTest {
  static final String ATOM = "http://www.w3.org/2005/Atom";
  @TempDir static Path dir;
  WebFixture f;
  Http http;
  long savedId;

  @BeforeAll
  void start() {
    f = new WebFixture(dir, "https://news.example.org/desk/");
    http = new Http(f.base);
    savedId = f.store.addSavedSearch(new newsdesk.store.SavedSearch(0, "Volcano <watch>", "volcano", null, null, null, null,
        java.time.Instant.now())).id();
  }

  @AfterAll
  void stop() {
    f.close();
  }

  Feed parse(String path, String expectedType) throws Exception {
    HttpResponse<String> r = http.get(path);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(expectedType));
    assertThat(r.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(c -> assertThat(c).contains("frame-ancestors 'none'"));
    assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    return new StandardFeedParser().parse(r.body().getBytes(StandardCharsets.UTF_8), expectedType, f.uri(path));
  }

  @Test
  void theDigestAtomFeedParsesWithAbsoluteLinksFromTheBaseUrl() throws Exception {
    Feed feed = parse("/feeds/digest.atom", "application/atom+xml");
    assertThat(feed.format()).isEqualTo("atom10");
    assertThat(feed.title()).isEqualTo("newsdesk digest");
    assertThat(feed.entries()).extracting(FeedEntry::title).startsWith("Etna volcano erupts in Sicily", "Ash cloud grounds flights over Italy");
    assertThat(feed.entries()).extracting(FeedEntry::link)
        .allSatisfy(link -> assertThat(link).startsWith("https://news.example.org/desk/stories/"));
    FeedEntry etna = feed.entries().getFirst();
    assertThat(etna.authors()).containsExactly("Wikinews", "Daily Planet", "Le Monde");
    assertThat(etna.updated()).isEqualTo(WebFixture.T);
    assertThat(etna.content()).contains("Mount Etna erupted on Monday.").contains("Read more at");
  }

  @Test
  void theDigestJsonFeedParsesTheSameStories() throws Exception {
    Feed atom = parse("/feeds/digest.atom", "application/atom+xml");
    Feed json = parse("/feeds/digest.json", "application/feed+json");
    assertThat(json.format()).startsWith("json");
    assertThat(json.entries()).extracting(FeedEntry::title).containsExactlyElementsOf(atom.entries().stream().map(FeedEntry::title).toList());
    assertThat(json.entries()).extracting(FeedEntry::id).containsExactlyElementsOf(atom.entries().stream().map(FeedEntry::id).toList());
  }

  @Test
  void aSavedSearchEntrySummarizesTheArticleByItsLeadNotTheSearchSnippet() throws Exception {
    long palermo = f.store.addSavedSearch(new newsdesk.store.SavedSearch(0, "Palermo", "palermo", null, null, null, null,
        java.time.Instant.now())).id();
    for (String ext : List.of("atom", "json")) {
      Feed feed = parse("/feeds/searches/" + palermo + "." + ext, ext.equals("atom") ? "application/atom+xml" : "application/feed+json");
      FeedEntry entry = feed.entries().stream().filter(e -> e.id().equals("urn:newsdesk:article:a-v2")).findFirst().orElseThrow();
      assertThat(entry.summary() != null ? entry.summary() : entry.content())
          .startsWith("The Catania airport closed after Mount Etna erupted.");
    }
  }

  @Test
  void aSavedSearchHasItsOwnFeedsNewestFirst() throws Exception {
    for (String ext : List.of("atom", "json")) {
      Feed feed = parse("/feeds/searches/" + savedId + "." + ext, ext.equals("atom") ? "application/atom+xml" : "application/feed+json");
      assertThat(feed.title()).isEqualTo("newsdesk search: Volcano <watch>");
      assertThat(feed.entries()).extracting(FeedEntry::id).contains("urn:newsdesk:article:a-h1", "urn:newsdesk:article:a-h2");
      assertThat(feed.entries()).extracting(FeedEntry::published).isSortedAccordingTo(java.util.Comparator.reverseOrder());
      // The hostile article's javascript: URL is never a link; it points at its story page instead.
      assertThat(feed.entries()).extracting(FeedEntry::link).allSatisfy(l -> assertThat(l).startsWith("https://"));
    }
    assertThat(http.get("/feeds/searches/999.atom").statusCode()).isEqualTo(404);
    assertThat(http.get("/feeds/searches/" + savedId + ".rss").statusCode()).isEqualTo(404);
  }

  @Test
  void anUnchangedFeedIsA304WithoutABodyAndAChangedOneIsSentAgain() {
    long watch = f.store.addSavedSearch(new newsdesk.store.SavedSearch(0, "Zeppelins", "zeppelin", null, null, null, null,
        java.time.Instant.now())).id();
    for (String path : List.of("/feeds/digest.atom", "/feeds/digest.json", "/feeds/searches/" + watch + ".atom",
        "/feeds/searches/" + watch + ".json")) {
      HttpResponse<String> first = http.get(path);
      assertThat(first.statusCode()).as(path).isEqualTo(200);
      String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError(path + " sends no ETag"));
      String lastModified = first.headers().firstValue("Last-Modified").orElseThrow(() -> new AssertionError(path + " sends no Last-Modified"));
      assertThat(lastModified).as("an IMF-fixdate").matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");
      assertThat(http.get(path).headers().firstValue("ETag")).as("the same content has the same tag").contains(etag);

      HttpResponse<String> byTag = http.get(path, "If-None-Match", etag);
      assertThat(byTag.statusCode()).as(path).isEqualTo(304);
      assertThat(byTag.body()).isEmpty();
      assertThat(byTag.headers().firstValue("ETag")).contains(etag);
      assertThat(etag).as("weak: compression comes after the hash").startsWith("W/\"");
      assertThat(http.get(path, "If-None-Match", "\"other\", " + etag.substring(2)).statusCode()).as("a weak match counts")
          .isEqualTo(304);
      assertThat(http.get(path, "If-Modified-Since", lastModified).statusCode()).as(path).isEqualTo(304);

      HttpResponse<String> stale = http.get(path, "If-None-Match", "\"an-older-version\"", "If-Modified-Since", lastModified);
      assertThat(stale.statusCode()).as("If-None-Match decides when both are sent").isEqualTo(200);
      assertThat(stale.body()).isEqualTo(first.body());
      assertThat(http.get(path, "If-Modified-Since", "Sat, 01 Jan 2000 00:00:00 GMT").statusCode()).isEqualTo(200);
      assertThat(http.get(path, "If-Modified-Since", "yesterday").statusCode()).as("an unreadable date is ignored").isEqualTo(200);
    }

    // A new matching article changes the saved search's feed: the old tag no longer matches.
    String path = "/feeds/searches/" + watch + ".atom";
    String before = http.get(path).headers().firstValue("ETag").orElseThrow();
    java.time.Instant t = WebFixture.T.minusSeconds(86_400 * 10);
    f.store.insertArticle(new newsdesk.store.StoredArticle(0, "a-zeppelin", null, null, "https://air.example/zeppelin",
        "https://air.example/zeppelin", "Air News", "Zeppelin lands", List.of(), t, t, "en", null, null,
        "A zeppelin landed in the field.", "page", "hash-zeppelin", null, null));
    f.index.add(f.store.articlesAfter(f.store.maxArticleId() - 1, 10));
    HttpResponse<String> changed = http.get(path, "If-None-Match", before);
    assertThat(changed.statusCode()).isEqualTo(200);
    assertThat(changed.body()).contains("Zeppelin lands");
    assertThat(changed.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(before);
  }

  @Test
  void everyAtomFeedFollowsTheAtomRules() throws Exception {
    for (String path : List.of("/feeds/digest.atom", "/feeds/searches/" + savedId + ".atom")) {
      var factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      var doc = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(http.get(path).body().getBytes(StandardCharsets.UTF_8)));
      Element feed = doc.getDocumentElement();
      assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
      assertThat(feed.getLocalName()).isEqualTo("feed");
      assertExactlyOne(feed, "id", path);
      assertExactlyOne(feed, "title", path);
      assertExactlyOne(feed, "updated", path);
      assertThat(selfLink(feed)).as(path).startsWith("https://news.example.org/desk/feeds/");
      NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
      assertThat(entries.getLength()).isPositive();
      Set<String> ids = new HashSet<>();
      for (int i = 0; i < entries.getLength(); i++) {
        Element e = (Element) entries.item(i);
        assertThat(ids.add(assertExactlyOne(e, "id", path))).as("entry ids are unique").isTrue();
        assertThat(URI.create(childText(e, "id")).isAbsolute()).isTrue();
        assertExactlyOne(e, "title", path);
        java.time.Instant.parse(assertExactlyOne(e, "updated", path));
        assertThat(children(e, "author")).as("an author per entry (the feed has none)").isNotEmpty();
        assertThat(children(e, "link")).as("entries without inline content need an alternate link").isNotEmpty();
      }
    }
  }

  private static String selfLink(Element feed) {
    for (Element l : children(feed, "link")) if ("self".equals(l.getAttribute("rel"))) return l.getAttribute("href");
    return "";
  }

  private static String assertExactlyOne(Element parent, String name, String where) {
    List<Element> found = children(parent, name);
    assertThat(found).as(where + ": " + parent.getLocalName() + " has one " + name).hasSize(1);
    assertThat(found.getFirst().getTextContent()).as(where + ": " + name).isNotBlank();
    return found.getFirst().getTextContent();
  }

  private static String childText(Element parent, String name) {
    return children(parent, name).getFirst().getTextContent();
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> out = new java.util.ArrayList<>();
    for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && ATOM.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) out.add(e);
    }
    return out;
  }
}
