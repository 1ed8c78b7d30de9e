package newsdesk.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A {@code javascript:} or {@code data:} entry link is no page of the entry's: every reader drops it
 * (the entry has no link, or its next safe alternate link), as a browser would run it.
 */
class UnsafeEntryLinkTest {
  private final FeedParser parser = new StandardFeedParser();

  private FeedEntry only(String document) throws FeedParseException {
    Feed feed = parser.parse(document.getBytes(StandardCharsets.UTF_8), null, URI.create("https://doc.example/feed"));
    assertThat(feed.entries()).hasSize(1);
    return feed.entries().getFirst();
  }

  @Test
  void anRssItemLinkingToScriptHasNoLink() throws Exception {
    FeedEntry e = only("<rss version=\"2.0\"><channel><title>F</title><item><title>Storm</title>"
        + "<link>javascript:alert(document.domain)</link></item></channel></rss>");
    assertThat(e.link()).isNull();
    assertThat(e.links()).extracting(FeedLink::href).noneMatch(h -> h.contains("javascript"));
  }

  @Test
  void scriptHidingBehindSpacesAndCaseIsDroppedToo() throws Exception {
    FeedEntry e = only("<rss version=\"2.0\"><channel><title>F</title><item><title>Storm</title>"
        + "<link> JavaScript:alert(1)</link></item></channel></rss>");
    assertThat(e.link()).isNull();
  }

  @Test
  void anRssItemFallsBackToItsPermalinkGuid() throws Exception {
    FeedEntry e = only("<rss version=\"2.0\"><channel><title>F</title><item><title>Storm</title>"
        + "<link>javascript:void(0)</link><guid>https://news.example/storm</guid></item></channel></rss>");
    assertThat(e.link()).isEqualTo("https://news.example/storm");
  }

  @Test
  void anAtomEntryKeepsItsNextSafeAlternateLink() throws Exception {
    FeedEntry e = only("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>F</title><entry><title>Storm</title>"
        + "<link href=\"data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;\"/>"
        + "<link rel=\"alternate\" href=\"/storm\"/></entry></feed>");
    assertThat(e.link()).isEqualTo("https://doc.example/storm");
    assertThat(e.links()).extracting(FeedLink::href).containsExactly("https://doc.example/storm");
  }

  @Test
  void aJsonFeedItemLinkingToScriptHasNoLink() throws Exception {
    FeedEntry e = only("{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"F\",\"items\":"
        + "[{\"id\":\"1\",\"title\":\"Storm\",\"url\":\"javascript:alert(1)\"}]}");
    assertThat(e.link()).isNull();
    assertThat(e.links()).isEmpty();
  }

  @Test
  void otherSchemesFeedsUseStayAsTheFeedGaveThem() throws Exception {
    // The parser keeps what feedparser keeps; whether a mailto: link is a page is newsdesk's call (EntryLinks).
    FeedEntry e = only("<rss version=\"2.0\"><channel><title>F</title><item><title>Storm</title>"
        + "<link>mailto:desk@news.example</link></item></channel></rss>");
    assertThat(e.link()).isEqualTo("mailto:desk@news.example");
  }
}
