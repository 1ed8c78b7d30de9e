package newsdesk.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * An entry whose id is empty or blank has no id: an empty id is no identity, and as "" every such
 * entry of a feed would be one and the same entry. A blank permalink guid does not become a link
 * (it would resolve to the feed's own address).
 */
class BlankEntryIdTest {
  private static final URI BASE = URI.create("https://doc.example/feeds/main.xml");
  private final FeedParser parser = new StandardFeedParser();

  private Feed parse(String text) throws FeedParseException {
    return parser.parse(text.getBytes(StandardCharsets.UTF_8), null, BASE);
  }

  @Test
  void anEmptyOrBlankRssGuidIsNoId() throws Exception {
    Feed feed = parse("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>"
        + "<item><title>alpha</title><link>https://doc.example/a</link><guid isPermaLink=\"false\"></guid></item>"
        + "<item><title>bravo</title><link>https://doc.example/b</link><guid isPermaLink=\"false\">  </guid></item>"
        + "<item><title>charlie</title><link>https://doc.example/c</link><guid/></item>"
        + "<item><title>delta</title><guid> </guid></item>"
        + "</channel></rss>");
    assertThat(feed.entries()).extracting(FeedEntry::id).containsExactly(null, null, null, null);
    assertThat(feed.entries()).extracting(FeedEntry::link)
        .containsExactly("https://doc.example/a", "https://doc.example/b", "https://doc.example/c", null);
  }

  @Test
  void aBlankRssGuidLeavesAnotherIdInPlace() throws Exception {
    Feed feed = parse("<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
        + "<channel><title>T</title><item><title>alpha</title><dc:identifier>urn:a</dc:identifier>"
        + "<guid isPermaLink=\"false\"></guid></item></channel></rss>");
    assertThat(feed.entries().getFirst().id()).isEqualTo("urn:a");
  }

  @Test
  void anEmptyAtomIdIsNoId() throws Exception {
    Feed feed = parse("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title><id>urn:f</id>"
        + "<entry><title>alpha</title><id></id><link href=\"https://doc.example/a\"/></entry>"
        + "<entry><title>bravo</title><id> </id><link href=\"https://doc.example/b\"/></entry>"
        + "<entry><title>charlie</title><id>urn:c</id><link href=\"https://doc.example/c\"/></entry></feed>");
    assertThat(feed.entries()).extracting(FeedEntry::id).containsExactly(null, null, "urn:c");
  }

  @Test
  void anEmptyJsonFeedIdIsNoId() throws Exception {
    Feed feed = parse("{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"T\",\"items\":["
        + "{\"id\":\"\",\"url\":\"https://doc.example/a\",\"content_text\":\"alpha\"},"
        + "{\"id\":\"  \",\"url\":\"https://doc.example/b\",\"content_text\":\"bravo\"},"
        + "{\"id\":7,\"url\":\"https://doc.example/c\",\"content_text\":\"charlie\"}]}");
    assertThat(feed.entries()).extracting(FeedEntry::id).containsExactly(null, null, "7");
  }
}
