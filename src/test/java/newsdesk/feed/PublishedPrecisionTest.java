package newsdesk.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each feed format's entries say whether their publication date gave a time of day. */
class PublishedPrecisionTest {
  private final FeedParser parser = new StandardFeedParser();

  private List<FeedEntry> entries(String body) throws FeedParseException {
    return parser.parse(body.getBytes(StandardCharsets.UTF_8), null, URI.create("https://doc.example/feed")).entries();
  }

  @Test
  void rssPubDateWithoutATime() throws Exception {
    List<FeedEntry> e = entries("<rss version=\"2.0\"><channel><title>t</title>"
        + "<item><title>a</title><link>https://n.example/a</link><pubDate>Tue, 25 Aug 2020</pubDate></item>"
        + "<item><title>b</title><link>https://n.example/b</link><pubDate>Tue, 25 Aug 2020 00:00:00 GMT</pubDate></item>"
        + "<item><title>c</title><link>https://n.example/c</link></item>"
        + "</channel></rss>");
    assertThat(e.get(0).published()).isEqualTo(Instant.parse("2020-08-25T00:00:00Z"));
    assertThat(e.get(0).publishedDayOnly()).isTrue();
    assertThat(e.get(1).published()).isEqualTo(Instant.parse("2020-08-25T00:00:00Z"));
    assertThat(e.get(1).publishedDayOnly()).isFalse();
    assertThat(e.get(2).published()).isNull();
    assertThat(e.get(2).publishedDayOnly()).isFalse();
  }

  @Test
  void atomPublishedAsADay() throws Exception {
    List<FeedEntry> e = entries("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title>"
        + "<entry><title>a</title><id>urn:a</id><published>2020-08-25</published><updated>2020-08-25T10:00:00Z</updated></entry>"
        + "<entry><title>b</title><id>urn:b</id><published>2020-08-25T09:30:00Z</published></entry>"
        + "</feed>");
    assertThat(e.get(0).publishedDayOnly()).isTrue();
    assertThat(e.get(0).published()).isEqualTo(Instant.parse("2020-08-25T00:00:00Z"));
    assertThat(e.get(1).publishedDayOnly()).isFalse();
  }

  @Test
  void rssWithAnAtomOrDublinCorePublicationDay() throws Exception {
    List<FeedEntry> e = entries("<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\""
        + " xmlns:dcterms=\"http://purl.org/dc/terms/\"><channel><title>t</title>"
        + "<item><title>a</title><link>https://n.example/a</link><atom:published>2020-08-25</atom:published></item>"
        + "<item><title>b</title><link>https://n.example/b</link><dcterms:issued>2020-08-25</dcterms:issued></item>"
        + "</channel></rss>");
    assertThat(e).extracting(FeedEntry::publishedDayOnly).containsExactly(true, true);
  }

  @Test
  void jsonFeedDatePublishedAsADay() throws Exception {
    List<FeedEntry> e = entries("{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"t\",\"items\":["
        + "{\"id\":\"1\",\"url\":\"https://n.example/1\",\"content_text\":\"x\",\"date_published\":\"2020-08-25\"},"
        + "{\"id\":\"2\",\"url\":\"https://n.example/2\",\"content_text\":\"x\",\"date_published\":\"2020-08-25T08:00:00Z\"},"
        + "{\"id\":\"3\",\"url\":\"https://n.example/3\",\"content_text\":\"x\"}]}");
    assertThat(e).extracting(FeedEntry::publishedDayOnly).containsExactly(true, false, false);
    assertThat(e.get(0).published()).isEqualTo(Instant.parse("2020-08-25T00:00:00Z"));
  }

  // An entry's last update keeps its precision too: without a publication date it dates the article.
  @Test
  void updateDatesGivenAsADay() throws Exception {
    List<FeedEntry> rss = entries("<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
        + " xmlns:dcterms=\"http://purl.org/dc/terms/\"><channel><title>t</title>"
        + "<item><title>a</title><link>https://n.example/a</link><dc:date>2020-08-25</dc:date></item>"
        + "<item><title>b</title><link>https://n.example/b</link><dc:date>2020-08-25T10:00:00Z</dc:date></item>"
        + "<item><title>c</title><link>https://n.example/c</link><dcterms:modified>2020-08-25+02:00</dcterms:modified></item>"
        + "</channel></rss>");
    assertThat(rss).extracting(FeedEntry::updatedDayOnly).containsExactly(true, false, true);
    assertThat(rss.get(0).updated()).isEqualTo(Instant.parse("2020-08-25T00:00:00Z"));
    List<FeedEntry> atom = entries("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title>"
        + "<entry><title>a</title><id>urn:a</id><updated>2020-08-25</updated></entry>"
        + "<entry><title>b</title><id>urn:b</id><updated>2020-08-25T09:30:00Z</updated></entry>"
        + "</feed>");
    assertThat(atom).extracting(FeedEntry::updatedDayOnly).containsExactly(true, false);
    List<FeedEntry> json = entries("{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"t\",\"items\":["
        + "{\"id\":\"1\",\"url\":\"https://n.example/1\",\"content_text\":\"x\",\"date_modified\":\"2020-08-25\"},"
        + "{\"id\":\"2\",\"url\":\"https://n.example/2\",\"content_text\":\"x\",\"date_modified\":\"2020-08-25T08:00:00Z\"}]}");
    assertThat(json).extracting(FeedEntry::updatedDayOnly).containsExactly(true, false);
  }

  @Test
  void theOlderConstructorsMeanWithATime() {
    FeedEntry e = new FeedEntry("id", "https://n.example/", "t", null, null, List.of(), Instant.EPOCH, null, List.of());
    assertThat(e.publishedDayOnly()).isFalse();
    assertThat(e.updatedDayOnly()).isFalse();
  }
}
