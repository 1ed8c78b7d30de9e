package newsdesk.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlVariantsTest {
  private final UrlVariants variants = new UrlVariants(Set.of("m", "amp", "www"));

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      m.example.com          | example.com
      www.m.example.co.uk    | example.co.uk
      en.m.example.org       | en.example.org
      news.example.com       | news.example.com
      m.co                   | m.co
      example.com            | example.com
      """)
  void foldsVariantLabelsLeftOfTheRegistrableDomain(String host, String folded) {
    assertThat(variants.foldHost(host)).isEqualTo(folded);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      story.amp.html  | story.html
      Story.AMP.HTM   | Story.html
      story.amp       | story
      story.html      | story.html
      amp             | amp
      """)
  void foldsAmpFileNames(String name, String folded) {
    assertThat(UrlVariants.foldAmpFileName(name)).isEqualTo(folded);
  }

  @Test
  void ampSegmentsAreRecognisedInAnyCase() {
    assertThat(UrlVariants.isAmpSegment("AMP")).isTrue();
    assertThat(UrlVariants.isAmpSegment("amp")).isTrue();
    assertThat(UrlVariants.isAmpSegment("ample")).isFalse();
  }

  @Test
  void withoutAmpKeepsEverythingButTheAmpMarkers() {
    assertThat(variants.withoutAmp("https://amp.example.com/amp/a.amp.html?x=1#top"))
        .isEqualTo("https://example.com/a.html?x=1#top");
    String plain = " https://m.example.com/a ";
    assertThat(variants.withoutAmp(plain)).isSameAs(plain);
  }
}
