package newsdesk.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RedirectLocationTest {
  private static final URI BASE = URI.create("https://news.example/section/page.html");

  private static String asReceived(String header) {
    return new String(header.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }

  @Test
  void aWellFormedTargetResolvesAsRfc3986Says() {
    assertThat(RedirectLocation.resolve(BASE, "../other/x.html?a=1#top")).hasToString("https://news.example/other/x.html?a=1#top");
    assertThat(RedirectLocation.resolve(BASE, "https://elsewhere.example/")).hasToString("https://elsewhere.example/");
    assertThat(RedirectLocation.resolve(BASE, "/a%20b")).hasToString("https://news.example/a%20b");
  }

  @Test
  void rawSpacesAndStrayCharactersArePercentEncoded() {
    assertThat(RedirectLocation.resolve(BASE, "/news/a b.html")).hasToString("https://news.example/news/a%20b.html");
    assertThat(RedirectLocation.resolve(BASE, "/q?x=1|2")).hasToString("https://news.example/q?x=1%7C2");
    assertThat(RedirectLocation.resolve(BASE, " /padded ")).hasToString("https://news.example/padded");
  }

  @Test
  void rawUtf8ReadAsLatin1IsReadAgainAsUtf8() {
    assertThat(RedirectLocation.resolve(BASE, asReceived("/wiki/Caf\u00e9"))).hasToString("https://news.example/wiki/Caf%C3%A9");
    assertThat(RedirectLocation.resolve(BASE, asReceived("/\u65b0\u805e?q=\u00fc"))).hasToString(
        "https://news.example/%E6%96%B0%E8%81%9E?q=%C3%BC");
  }

  @Test
  void aLatin1HeaderThatIsNoUtf8StaysLatin1() {
    // One byte 0xE9 alone is not UTF-8: the server meant ISO-8859-1.
    assertThat(RedirectLocation.asUtf8("/caf\u00e9")).isEqualTo("/caf\u00e9");
    assertThat(RedirectLocation.resolve(BASE, "/caf\u00e9")).hasToString("https://news.example/caf%C3%A9");
    assertThat(RedirectLocation.asUtf8("/plain")).isEqualTo("/plain");
  }
}
