package newsdesk.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** One control character or lone surrogate in one article must not break a whole published feed. */
class FeedRendererXmlSafetyTest {
  private static final String BAD = "\u0001\uD800\uFFFF";
  private static final Instant T = Instant.parse("2026-11-29T10:00:00Z");

  private static OutputFeed feed() {
    var item = new OutputFeed.Item("urn:newsdesk:a" + BAD, "Title" + BAD, "https://x.example/a?q=1" + BAD, T, T,
        List.of("Outlet" + BAD), "Summary" + BAD + " text", "<p>Content" + BAD + "</p>", "fr" + BAD);
    return new OutputFeed("urn:newsdesk:digest", "Digest" + BAD, "https://x.example/" + BAD, "https://x.example/feed",
        T, List.of(item));
  }

  @Test
  void atomWithControlCharactersAndLoneSurrogatesStillParses() throws Exception {
    String xml = new AtomFeedRenderer().render(feed());
    byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
    Document doc = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    var entry = (org.w3c.dom.Element) doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").item(0);
    assertThat(text(entry, "title")).isEqualTo("Title");
    assertThat(text(entry, "summary")).isEqualTo("Summary text");
    assertThat(text(entry, "content")).isEqualTo("<p>Content</p>");
    var link = (org.w3c.dom.Element) entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link").item(0);
    assertThat(link.getAttribute("href")).isEqualTo("https://x.example/a?q=1");
    assertThat(entry.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang")).isEqualTo("fr");
  }

  @Test
  void jsonFeedCarriesNoControlCharacterOrLoneSurrogate() throws Exception {
    String json = new JsonFeedRenderer().render(feed());
    // A lone surrogate cannot be encoded: it would reach the reader as '?'.
    assertThat(json.chars().anyMatch(c -> Character.isSurrogate((char) c))).isFalse();
    JsonNode item = new ObjectMapper().readTree(json.getBytes(StandardCharsets.UTF_8)).get("items").get(0);
    assertThat(item.get("title").asText()).isEqualTo("Title");
    assertThat(item.get("content_text").asText()).isEqualTo("Summary text");
    assertThat(item.get("content_html").asText()).isEqualTo("<p>Content</p>");
    assertThat(item.get("url").asText()).isEqualTo("https://x.example/a?q=1");
    assertThat(item.get("authors").get(0).get("name").asText()).isEqualTo("Outlet");
  }

  private static String text(org.w3c.dom.Element parent, String name) {
    return parent.getElementsByTagNameNS("http://www.w3.org/2005/Atom", name).item(0).getTextContent();
  }
}
