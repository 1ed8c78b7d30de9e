package newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Only an http(s) link is one to send a reader to: no "Read more" or API url is ever a script. */
class ReadableUrlTest {
  private static StoredArticle withUrl(String url) {
    Instant t = Instant.parse("2026-11-29T10:00:00Z");
    return new StoredArticle(0, "a-1", 1L, "g", url, "https://herald.example/1", "Herald", "Storm", List.of(), t, t, "en",
        null, null, "Text.", "feed", "h", null, "s-1");
  }

  @Test
  void aScriptDataOrOtherSchemeLinkIsNotReadable() {
    assertThat(withUrl("javascript:alert(document.domain)").readableUrl()).isNull();
    assertThat(withUrl("data:text/html,x").readableUrl()).isNull();
    assertThat(withUrl("mailto:desk@herald.example").readableUrl()).isNull();
    assertThat(withUrl("/relative/page").readableUrl()).isNull();
    assertThat(withUrl("http://").readableUrl()).isNull();
    assertThat(withUrl("").readableUrl()).isNull();
  }

  @Test
  void aWebLinkIsReadable() {
    assertThat(withUrl("https://herald.example/1").readableUrl()).isEqualTo("https://herald.example/1");
    assertThat(withUrl("HTTP://herald.example/1").readableUrl()).isEqualTo("HTTP://herald.example/1");
  }
  private static StoredArticle shown(String url, String shownUrl, boolean gone) {
    StoredArticle a = withUrl(url);
    return new StoredArticle(a.id(), a.publicId(), a.sourceId(), a.guid(), a.url(), a.canonicalUrl(), a.outlet(), a.title(),
        a.authors(), a.published(), a.fetchedAt(), a.language(), a.description(), a.image(), a.text(), a.textSource(),
        a.contentHash(), a.duplicateOf(), a.storyId(), null, null, gone, shownUrl, null);
  }

  @Test
  void theShownAddressStandsForTheLinkUnlessThePageIsGone() {
    assertThat(shown("https://herald.example/amp/1", "https://herald.example/1", false).readableUrl())
        .isEqualTo("https://herald.example/1");
    assertThat(shown("https://herald.example/amp/1", "https://herald.example/1", false).url())
        .isEqualTo("https://herald.example/amp/1");
    assertThat(shown("https://herald.example/amp/1", "https://herald.example/1", true).readableUrl()).isNull();
    assertThat(shown("https://herald.example/amp/1", "javascript:void(0)", false).readableUrl())
        .isEqualTo("https://herald.example/amp/1");
    assertThat(shown("", "https://herald.example/1", false).readableUrl()).isNull();
  }
}
