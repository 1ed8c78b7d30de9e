package newsdesk.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class UrlsTest {
  private static final URI BASE = URI.create("https://news.example/world/story.html?page=2#top");

  @Test
  void resolvesRelativeLinksAgainstTheBase() {
    assertThat(Urls.resolve(BASE, "../sport/match.html")).isEqualTo("https://news.example/sport/match.html");
    assertThat(Urls.resolve(BASE, "?page=3")).isEqualTo("https://news.example/world/story.html?page=3");
    assertThat(Urls.resolve(BASE, "#comments")).isEqualTo("https://news.example/world/story.html?page=2#comments");
    assertThat(Urls.resolve(URI.create("https://news.example"), "a")).isEqualTo("https://news.example/a");
  }

  @Test
  void escapesWhatRealFeedsLeaveRawInsteadOfGivingUp() {
    assertThat(Urls.resolve(BASE, "/a b|c")).isEqualTo("https://news.example/a%20b%7Cc");
    assertThat(Urls.resolve(BASE, "/100%")).isEqualTo("https://news.example/100%25");
    assertThat(Urls.resolve(BASE, "/caf\u00e9 noir")).isEqualTo("https://news.example/caf%C3%A9%20noir");
  }

  @Test
  void escapesACharacterOutsideTheBasicPlaneAsItsFourUtf8Bytes() {
    // U+1F30B VOLCANO: one code point, two chars; escaping each char alone gave "%3F%3F".
    assertThat(Urls.resolve(BASE, "/\uD83C\uDF0B news")).isEqualTo("https://news.example/%F0%9F%8C%8B%20news");
  }

  @Test
  void keepsOnlyLinksWithAnAllowedScheme() {
    assertThat(Urls.isSafeLink("https://news.example/")).isTrue();
    assertThat(Urls.isSafeLink("/relative")).isTrue();
    assertThat(Urls.isSafeLink(" JavaScript:alert(1)")).isFalse();
    assertThat(Urls.isSafeLink("data:text/html,x")).isFalse();
    assertThat(Urls.isSafeLink(null)).isFalse();
    assertThat(Urls.resolveSafe(BASE, "java\tscript:alert(1)")).isEmpty();
    assertThat(Urls.resolveSafe(BASE, "mailto:desk@news.example")).isEqualTo("mailto:desk@news.example");
  }

  @Test
  void keepsTheTextWhenThereIsNoBase() {
    assertThat(Urls.resolve(null, "  /a  ")).isEqualTo("/a");
    assertThat(Urls.resolve(BASE, null)).isNull();
  }
}
