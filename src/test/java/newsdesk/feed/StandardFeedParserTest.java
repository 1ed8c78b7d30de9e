package newsdesk.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StandardFeedParserTest {
  private final FeedParser parser = new StandardFeedParser();

  private Feed parse(String xml) throws FeedParseException {
    return parser.parse(xml.getBytes(StandardCharsets.UTF_8), null, URI.create("https://doc.example/feeds/main.xml"));
  }

  @Test
  void readsRss20() throws Exception {
    Feed feed = parser.parse(FeedTestFiles.sample("sample-rss20.xml"), "application/rss+xml", URI.create("https://news.example/rss"));
    assertThat(feed.format()).isEqualTo("rss20");
    assertThat(feed.title()).isEqualTo("Newsdesk Sample");
    assertThat(feed.description()).isEqualTo("A sample & test feed");
    assertThat(feed.language()).isEqualTo("en-GB");
    assertThat(feed.updated()).isEqualTo(Instant.parse("2003-06-03T09:39:21Z"));
    assertThat(feed.entries()).hasSize(2);
    FeedEntry first = feed.entries().get(0);
    assertThat(first.title()).isEqualTo("First story");
    assertThat(first.titleDetail().type()).isEqualTo(TextConstruct.HTML);
    assertThat(first.link()).isEqualTo("https://news.example/stories/1");
    assertThat(first.id()).isEqualTo("story-1");
    assertThat(first.summary()).isEqualTo("<p>Hello <a href=\"\">there</a></p>");
    assertThat(first.content()).isEqualTo("<p>Full <b>text</b> with <img src=\"https://news.example/img/1.png\" alt=\"one\" /></p>");
    assertThat(first.authors()).containsExactly("Jane Doe");
    assertThat(first.published()).isEqualTo(Instant.parse("2003-06-02T06:00:00Z"));
    assertThat(first.tags()).containsExactly(new Category("world", "https://news.example/tags", null));
    assertThat(first.categories()).containsExactly("world");
    assertThat(first.enclosures()).containsExactly(new Enclosure("https://news.example/audio/1.mp3", "audio/mpeg", "1234"));
    FeedEntry second = feed.entries().get(1);
    assertThat(second.authorDetails()).containsExactly(new Person("The Editor", "editor@news.example", null));
    assertThat(second.published()).isEqualTo(Instant.parse("2003-06-04T15:00:00Z"));
    assertThat(second.summary()).isNull();
  }

  @Test
  void readsAtom10WithXmlBase() throws Exception {
    Feed feed = parser.parse(FeedTestFiles.sample("sample-atom10.xml"), null, URI.create("https://elsewhere.example/"));
    assertThat(feed.format()).isEqualTo("atom10");
    assertThat(feed.title()).isEqualTo("Le blog");
    assertThat(feed.titleDetail()).isEqualTo(new TextConstruct("Le <b>blog</b>", TextConstruct.HTML));
    assertThat(feed.description()).isEqualTo("Plain <subtitle>");
    assertThat(feed.language()).isEqualTo("fr");
    assertThat(feed.link()).isEqualTo("https://blog.example/");
    assertThat(feed.links()).extracting(FeedLink::rel).containsExactly("alternate", "self");
    assertThat(feed.authors()).containsExactly(new Person("Marie", "marie@blog.example", "https://blog.example/about"));
    FeedEntry e = feed.entries().get(0);
    assertThat(e.link()).isEqualTo("https://blog.example/posts/premier.html");
    assertThat(e.published()).isEqualTo(Instant.parse("2003-12-13T12:29:29Z"));
    assertThat(e.summary()).isEqualTo("Résumé");
    assertThat(e.content()).isEqualTo("<p>Voir <a href=\"https://blog.example/images/x.png\">l'image</a>.</p>");
    assertThat(e.tags()).containsExactly(new Category("essai", "https://blog.example/tags", "Essai"));
  }

  @Test
  void readsJsonFeed11() throws Exception {
    Feed feed = parser.parse(FeedTestFiles.sample("sample-jsonfeed11.json"), "application/feed+json", null);
    assertThat(feed.format()).isEqualTo("json11");
    assertThat(feed.title()).isEqualTo("JSON Sample");
    FeedEntry e = feed.entries().get(0);
    assertThat(e.link()).isEqualTo("https://json.example/posts/1");
    assertThat(e.content()).isEqualTo("<p>Hi there</p>");
    assertThat(e.published()).isEqualTo(Instant.parse("2020-11-08T21:20:00Z"));
    assertThat(e.categories()).containsExactly("a", "b");
    assertThat(e.enclosures()).containsExactly(new Enclosure("https://json.example/a.mp3", "audio/mpeg", "10"));
  }

  @Test
  void readsRss10Rdf() throws Exception {
    Feed feed = parse("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\">"
        + "<channel rdf:about=\"http://x/\"><title>R</title><link>http://x/</link></channel>"
        + "<item rdf:about=\"http://x/1\"><title>One</title><link>http://x/1</link></item></rdf:RDF>");
    assertThat(feed.format()).isEqualTo("rss10");
    assertThat(feed.entries()).extracting(FeedEntry::id).containsExactly("http://x/1");
  }

  @Test
  void fillsRssItemsFromBorrowedAtomElements() throws Exception {
    Feed feed = parse("<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\"><channel><item><title>t</title>"
        + "<atom:link href=\"/a\"/><atom:updated>2020-01-02T03:04:05Z</atom:updated>"
        + "<atom:author><name>Ann</name></atom:author></item></channel></rss>");
    FeedEntry e = feed.entries().get(0);
    assertThat(e.link()).isEqualTo("https://doc.example/a");
    assertThat(e.updated()).isEqualTo(Instant.parse("2020-01-02T03:04:05Z"));
    assertThat(e.authors()).containsExactly("Ann");
  }

  @Test
  void readsBrokenFeedsLeniently() throws Exception {
    Feed undeclaredEntity = parse("<rss version=\"2.0\"><channel><title>Caf&eacute; &nbsp;&hellip; AT&T</title>"
        + "<item><title>t</title><link>http://x/?a=1&b=2</link></item></channel></rss>");
    assertThat(undeclaredEntity.title()).isEqualTo("Café \u00a0… AT&T");
    assertThat(undeclaredEntity.entries().get(0).link()).isEqualTo("http://x/?a=1&b=2");
    Feed truncated = parse("<rss version=\"2.0\"><channel><title>Cut</title><item><title>Only item</title></item>"
        + "<item><title>Half</title><description>d");
    assertThat(truncated.title()).isEqualTo("Cut");
    assertThat(truncated.entries()).extracting(FeedEntry::title).containsExactly("Only item");
  }

  @Test
  void saysWhenAFeedIsTruncatedAndKeepsTheEntriesBeforeTheCut() throws Exception {
    String whole = new String(FeedTestFiles.sample("sample-rss20.xml"), StandardCharsets.UTF_8);
    assertThat(parse(whole).problems()).as("the whole document").isEmpty();
    Feed cut = parse(whole.substring(0, whole.indexOf("</item>") + "</item>\n    <it".length()));
    assertThat(cut.damaged()).isTrue();
    assertThat(cut.problems()).containsExactly("truncated: the document ends before its <rss> element is closed");
    assertThat(cut.entries()).extracting(FeedEntry::title).containsExactly("First story");

    Feed atom = parse("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>A</title><entry><title>one</title></entry>"
        + "<entry><title>two</title><summary>half a sen");
    assertThat(atom.problems()).containsExactly("truncated: the document ends before its <feed> element is closed");
    // The entry the cut fell in is left out: half of it would stand, under its id, for the whole
    // entry that the next complete download brings.
    assertThat(atom.entries()).extracting(FeedEntry::title).containsExactly("one");

    Feed cutInLink = parse("<rss version=\"2.0\"><channel><title>C</title><item><title>Item 1</title>"
        + "<link>http://news.example/1</link></item><item><title>Item 2</title><link>http://12");
    assertThat(cutInLink.entries()).extracting(FeedEntry::link).containsExactly("http://news.example/1");

    Feed cutInTag = parse("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\">"
        + "<channel><title>R</title></channel><item><title>one</title></item></rdf:R");
    assertThat(cutInTag.problems()).containsExactly("truncated: the document ends before its <rdf:RDF> element is closed");
  }

  @Test
  void saysWhereAFeedIsNotWellFormedWhenItIsNotCut() throws Exception {
    Feed broken = parse("<rss version=\"2.0\"><channel><title>B</title>\n<item><title>one</b></title></item>\n"
        + "<item><title>two</title></item></channel></rss>\n<!-- served by x -->\n");
    assertThat(broken.problems()).singleElement().asString().startsWith("not well-formed XML at line 2, column ")
        .contains("must be terminated by the matching end-tag");
    assertThat(broken.entries()).hasSize(2);

    Feed junkAfter = parse("<rss version=\"2.0\"><channel><title>J</title><item><title>one</title></item></channel></rss>"
        + "<p>served by x</p>");
    assertThat(junkAfter.problems()).singleElement().asString().startsWith("not well-formed XML at line 1, column ");
  }

  @Test
  void readsUndeclaredWellKnownPrefixesAsTheirNamespacesWithoutCallingItDamage() throws Exception {
    // Common in the wild: dc: and media: used without xmlns declarations.
    Feed feed = parse("<rss version=\"2.0\"><channel><title>U</title><item><title>one</title>"
        + "<link>https://news.example/1</link><dc:creator>Jane Doe</dc:creator>"
        + "<media:content url=\"https://news.example/1.jpg\" type=\"image/jpeg\"/>"
        + "<itunes:subtitle>s</itunes:subtitle></item></channel></rss>");
    assertThat(feed.problems()).isEmpty();
    assertThat(feed.damaged()).isFalse();
    FeedEntry entry = feed.entries().getFirst();
    assertThat(entry.authors()).containsExactly("Jane Doe");
    assertThat(entry.enclosures()).extracting(Enclosure::url).containsExactly("https://news.example/1.jpg");
  }

  @Test
  void readsAnUndeclaredUnknownPrefixAsANameWithoutCallingItDamage() throws Exception {
    Feed feed = parse("<rss version=\"2.0\"><channel><title>U</title><item><title>one</title>"
        + "<link>https://news.example/1</link><house:rating house:scale=\"5\">4</house:rating></item>"
        + "<item><title>two</title></item></channel></rss>");
    assertThat(feed.problems()).isEmpty();
    assertThat(feed.entries()).extracting(FeedEntry::title).containsExactly("one", "two");
    assertThat(feed.entries().getFirst().link()).isEqualTo("https://news.example/1");
  }

  @Test
  void declaresAnUndeclaredPrefixOnTheRootAfterTheProlog() throws Exception {
    Feed feed = parse("<?xml version=\"1.0\"?>\n<!-- <dc:x> in a comment -->\n<!DOCTYPE rss [<!ENTITY who \"Jane\">]>\n"
        + "<?xml-stylesheet href=\"s.xsl\"?><rss version=\"2.0\"><channel><title>U</title><item><title>one</title>"
        + "<dc:creator>&who; Doe</dc:creator></item></channel></rss>");
    assertThat(feed.problems()).isEmpty();
    assertThat(feed.entries().getFirst().authors()).containsExactly("Jane Doe");
    assertThat(UndeclaredPrefixes.declareOnRoot("<rdf:RDF xmlns:rdf=\"r\"/>", "rdf")).isNull();
    assertThat(UndeclaredPrefixes.declareOnRoot("<rss/>", "xmlns")).isNull();
    assertThat(UndeclaredPrefixes.declareOnRoot("<rss/>", "dc")).isEqualTo("<rss xmlns:dc=\"" + Ns.DC + "\"/>");
  }

  @Test
  void anUndeclaredPrefixDoesNotHideRealDamage() throws Exception {
    Feed cut = parse("<rss version=\"2.0\"><channel><title>U</title><item><title>one</title><dc:creator>J</dc:creator></item>"
        + "<item><title>two</title><dc:creat");
    assertThat(cut.problems()).containsExactly("truncated: the document ends before its <rss> element is closed");
    assertThat(cut.entries()).extracting(FeedEntry::authors).containsExactly(java.util.List.of("J"));

    Feed broken = parse("<rss version=\"2.0\"><channel><title>B</title>\n<item><dc:creator>J</dc:creator><title>one</b></title></item>\n"
        + "</channel></rss>");
    assertThat(broken.problems()).singleElement().asString().startsWith("not well-formed XML at line 2, column ")
        .contains("must be terminated by the matching end-tag");
  }

  @Test
  void reportsNoDamageWhenTextRepairsAloneMadeTheDocumentWellFormed() throws Exception {
    Feed entities = parse("<rss version=\"2.0\"><channel><title>Caf&eacute; AT&T</title><item><title>t</title></item></channel></rss>");
    assertThat(entities.problems()).isEmpty();
    assertThat(parse("<rss version=\"2.0\"><channel><title>t</title></channel></rss>").damaged()).isFalse();
  }

  @Test
  void decodesByDeclarationAndHttpCharset() throws Exception {
    String xml = "<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><rss version=\"2.0\"><channel><title>Caf\u00e9</title></channel></rss>";
    byte[] latin1 = xml.getBytes(Charset.forName("ISO-8859-1"));
    Feed declared = parser.parse(latin1, null, null);
    assertThat(declared.title()).isEqualTo("Café");
    assertThat(declared.encoding()).isEqualTo("iso-8859-1");
    byte[] utf16 = xml.replace("iso-8859-1", "utf-16").getBytes(StandardCharsets.UTF_16);
    assertThat(parser.parse(utf16, null, null).title()).isEqualTo("Café");
    byte[] win1252 = "<rss version=\"2.0\"><channel><title>\u201cq\u201d</title></channel></rss>".getBytes(Charset.forName("windows-1252"));
    assertThat(parser.parse(win1252, "text/xml; charset=windows-1252", null).title()).isEqualTo("\u201cq\u201d");
  }

  @Test
  void usesResponseHeaders() throws Exception {
    StandardFeedParser standard = new StandardFeedParser();
    byte[] body = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><link href=\"a/b\"/><title>\u00e9</title></feed>"
        .getBytes(StandardCharsets.ISO_8859_1);
    Feed feed = standard.parseResponse(body, java.util.Map.of("content-TYPE", "application/atom+xml; charset=iso-8859-1",
        "Content-Location", "https://cdn.example/feeds/", "Content-Language", "de-CH, en"), URI.create("https://origin.example/x"));
    assertThat(feed.title()).isEqualTo("\u00e9");
    assertThat(feed.link()).isEqualTo("https://cdn.example/feeds/a/b");
    assertThat(feed.language()).isEqualTo("de-CH");
    Feed unsafe = standard.parseResponse(body, java.util.Map.of("Content-Location", "javascript:alert(1)"),
        URI.create("https://origin.example/x"));
    assertThat(unsafe.link()).isEqualTo("https://origin.example/a/b");
  }

  @Test
  void readsUtf8MislabelledAsLatin1() throws Exception {
    byte[] utf8 = "<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><rss version=\"2.0\"><channel><title>Caf\u00e9 \u2014 \u00fcber</title></channel></rss>"
        .getBytes(StandardCharsets.UTF_8);
    Feed feed = parser.parse(utf8, null, null);
    assertThat(feed.title()).isEqualTo("Caf\u00e9 \u2014 \u00fcber");
    assertThat(feed.encoding()).isEqualTo("utf-8");
  }

  @Test
  void keepsUtf8AndReadsStrayLatin1BytesInAUtf8Document() throws Exception {
    byte[] head = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>\u0468 ".getBytes(StandardCharsets.UTF_8);
    byte[] stray = "Espa\u00f1a \u201cq\u201d".getBytes(Charset.forName("windows-1252"));
    byte[] tail = "</title></channel></rss>".getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[head.length + stray.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(stray, 0, body, head.length, stray.length);
    System.arraycopy(tail, 0, body, head.length + stray.length, tail.length);
    Feed feed = parser.parse(body, null, null);
    assertThat(feed.title()).isEqualTo("\u0468 Espa\u00f1a \u201cq\u201d");
    assertThat(feed.encoding()).isEqualTo("utf-8");
  }

  @Test
  void repairsDoublyEncodedUtf8ButLeavesLatin1TextAlone() throws Exception {
    Feed feed = parse("<rss version=\"2.0\"><channel><title>wait&#226;&#128;&#166; S\u00e3o Paulo, \u00c3 \u00a9</title></channel></rss>");
    assertThat(feed.title()).isEqualTo("wait\u2026 S\u00e3o Paulo, \u00c3 \u00a9");
    assertThat(parse("<rss version=\"2.0\"><channel><title>don&#146;t</title></channel></rss>").title()).isEqualTo("don\u2019t");
  }

  @Test
  void keepsLiteralInternalEntities() throws Exception {
    Feed feed = parse("<!DOCTYPE rss [<!ENTITY copy2 \"(C)\">]><rss version=\"2.0\"><channel><title>&copy2; 2026</title></channel></rss>");
    assertThat(feed.title()).isEqualTo("(C) 2026");
  }

  @Test
  void anEmptyDocumentHasNoFormat() throws Exception {
    // No entries is the contract's (FeedParserContract); no format is this parser's answer, as feedparser's.
    assertThat(parser.parse(new byte[0], null, null).format()).isEmpty();
  }

  @Test
  void rejectsDocumentsThatAreNotFeeds() {
    assertThatThrownBy(() -> parse("<html><body><p>Hello</p></body></html>"))
        .isInstanceOf(FeedParseException.class).hasMessageContaining("<html>");
    assertThatThrownBy(() -> parser.parse("{\"hello\": 1}".getBytes(StandardCharsets.UTF_8), "application/json", null))
        .isInstanceOf(FeedParseException.class).hasMessageContaining("JSON Feed");
  }

  @Test
  void keepsTheOriginalRecordConstructorsWorking() {
    Feed feed = new Feed("rss20", "t", "l", "d", "en", null);
    assertThat(feed.entries()).isEmpty();
    assertThat(feed.links()).isEmpty();
    FeedEntry entry = new FeedEntry("id", "l", "t", "s", "c", null, null, null, null);
    assertThat(entry.authorDetails()).isEmpty();
    assertThat(entry.enclosures()).isEmpty();
  }
}
