package newsdesk.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract every {@link FeedParser} must meet: empty input and a feed without items give no
 * entries, the same bytes give the same feed, bad input fails only with {@link FeedParseException},
 * nothing is fetched or expanded (external and nested entities), and no entry links to a script.
 */
abstract class FeedParserContract {
  static final URI DOCUMENT = URI.create("https://doc.example/feeds/main.xml");

  /** The parser under test. */
  abstract FeedParser parser();

  private Feed parse(String document) throws FeedParseException {
    return parser().parse(document.getBytes(StandardCharsets.UTF_8), null, DOCUMENT);
  }

  @Test
  void emptyInputGivesAFeedWithoutEntries() throws Exception {
    assertThat(parser().parse(new byte[0], null, null).entries()).isEmpty();
    assertThat(parse("<!-- nothing here -->").entries()).isEmpty();
  }

  @Test
  void aFeedWithoutContentHasNoEntries() throws Exception {
    Feed rss = parse("<rss version=\"2.0\"><channel></channel></rss>");
    assertThat(rss.format()).isEqualTo("rss20");
    assertThat(rss.title()).isNull();
    assertThat(rss.entries()).isEmpty();
    assertThat(parse("<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>").entries()).isEmpty();
    assertThat(parser().parse("{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"T\",\"items\":[]}"
        .getBytes(StandardCharsets.UTF_8), "application/feed+json", null).entries()).isEmpty();
  }

  @Test
  void theSameBytesGiveTheSameFeed() throws Exception {
    for (String sample : List.of("sample-rss20.xml", "sample-atom10.xml", "sample-jsonfeed11.json")) {
      byte[] body = FeedTestFiles.sample(sample);
      assertThat(parser().parse(body, null, DOCUMENT)).as(sample).isEqualTo(parser().parse(body, null, DOCUMENT));
    }
  }

  @Test
  void badInputFailsOnlyWithAFeedParseException() {
    Random random = new Random(42);
    for (int i = 0; i < 50; i++) {
      byte[] noise = new byte[random.nextInt(4000)];
      random.nextBytes(noise);
      try {
        assertThat(parser().parse(noise, null, null)).isNotNull();
      } catch (FeedParseException expected) {
        assertThat(expected.getMessage()).isNotBlank();
      }
    }
  }

  @Test
  void neverExpandsExternalEntities(@TempDir Path dir) throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
    String xml = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
        + "<rss version=\"2.0\"><channel><title>a&xxe;b</title></channel></rss>";
    Feed feed = parse(xml);
    assertThat(feed.title()).doesNotContain("TOP-SECRET");
    assertThat(feed.title()).startsWith("a");
  }

  @Test
  void neverExpandsNestedEntities() throws Exception {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE rss [<!ENTITY l0 \"lol\">");
    for (int i = 1; i < 10; i++) dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
    dtd.append("]>");
    Feed feed = parse(dtd + "<rss version=\"2.0\"><channel><title>&l9;</title></channel></rss>");
    assertThat(feed.title() == null ? "" : feed.title()).hasSizeLessThan(1000);
  }

  @Test
  void noEntryLinksToAScript() throws Exception {
    Feed feed = parse("<rss version=\"2.0\"><channel><title>F</title>"
        + "<item><title>One</title><link>javascript:alert(document.domain)</link></item>"
        + "<item><title>Two</title><link>data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;</link></item></channel></rss>");
    assertThat(feed.entries()).hasSize(2).allSatisfy(e -> {
      assertThat(e.link()).isNull();
      assertThat(e.links()).extracting(FeedLink::href).allSatisfy(h -> assertThat(h).doesNotStartWith("javascript:").doesNotStartWith("data:"));
    });
  }
}
