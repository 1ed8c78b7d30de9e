package newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Metadata a page controls (an og:title, an author meta tag) can be any size; reading it costs
 * time linear in its length (the title's separators) or is bounded (bylines are short, a longer
 * author value names nobody), where regexes tried at every position of a long run of blanks or
 * punctuation used to take minutes.
 */
class HostileMetadataTest {
  private final DensityArticleExtractor extractor = new DensityArticleExtractor();

  private Article extract(String html) {
    return extractor.extract(new Page(URI.create("https://site.example/news/a"), html.getBytes(StandardCharsets.UTF_8), null));
  }

  @Test
  void aTitleWithALongRunOfBlanksIsSplitInLinearTime() {
    // Before: each position of the run retried the separator regex to its end; 200,000 blanks took minutes.
    String title = "Bridge" + " ".repeat(200_000) + "reopens";
    String stripped = MetadataExtractor.stripSiteName(title, "Daily Post", null);
    assertThat(stripped).isEqualTo(title);
  }

  @Test
  void separatorsAfterBlanksAreStillFound() {
    assertThat(MetadataExtractor.stripSiteName("Bridge reopens    |   Daily Post", "Daily Post", null)).isEqualTo("Bridge reopens");
    assertThat(MetadataExtractor.stripSiteName("Daily Post  ::  Bridge reopens", "Daily Post", null)).isEqualTo("Bridge reopens");
  }

  @Test
  void anAuthorMetaValueTooLongForABylineNamesNobodyAndCostsLittle() {
    String html = "<html><head><meta name='author' content='Jane" + " ".repeat(100_000) + "Doe'>"
        + "<meta name='author' content='Ruth Adeyemi'></head><body><article><p>Text of the story.</p></article></body></html>";
    Article a = extract(html);
    assertThat(a.authors()).containsExactly("Ruth Adeyemi");
  }
}
