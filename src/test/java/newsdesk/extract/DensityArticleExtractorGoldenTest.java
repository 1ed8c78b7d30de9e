package newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden files: pages written for newsdesk (src/test/resources/newsdesk/extract/golden), in the
 * layouts and encodings the extractor meets, with the exact body text expected.
 */
class DensityArticleExtractorGoldenTest {
  private final DensityArticleExtractor extractor = new DensityArticleExtractor();

  static byte[] resource(String name) throws IOException {
    try (InputStream in = DensityArticleExtractorGoldenTest.class.getResourceAsStream("golden/" + name)) {
      if (in == null) throw new IOException("missing test resource golden/" + name);
      return in.readAllBytes();
    }
  }

  @ParameterizedTest(name = "{0} ({1})")
  @CsvSource({
    "harbour-ferry, English news article with furniture, ",
    "kazan-bridge-cp1251, Russian in windows-1251 declared by meta http-equiv, ",
    "library-hours-sjis, Japanese in Shift_JIS without any declaration, ",
    "farmers-market-euckr, Korean in EUC-KR named by the HTTP header, text/html; charset=EUC-KR",
    "bike-lanes-bom, German in UTF-8 with a byte order mark, ",
  })
  void bodyMatchesGoldenText(String name, String description, String contentType) throws IOException {
    Page page = new Page(URI.create("https://example.org/" + name), resource(name + ".html"), contentType);
    String expected = new String(resource(name + ".expected.txt"), StandardCharsets.UTF_8);
    assertThat(extractor.extract(page).text()).as(description).isEqualTo(expected);
  }

  @Test
  void metadataOfTheNewsArticle() throws IOException {
    Page page = new Page(URI.create("https://courier.example/news/2026/03/14/harbour-ferry-returns"),
        resource("harbour-ferry.html"), "text/html");
    Article a = extractor.extract(page);
    assertThat(a.title()).isEqualTo("Harbour ferry returns after two-year refit");
    assertThat(a.authors()).containsExactly("Mara Lindqvist");
    assertThat(a.published()).isEqualTo(Instant.parse("2026-03-14T08:30:00Z"));
    assertThat(a.siteName()).isEqualTo("The Coastal Courier");
    assertThat(a.language()).isEqualTo("en-GB");
    assertThat(a.canonicalUrl()).isEqualTo("https://courier.example/news/2026/03/14/harbour-ferry-returns");
    assertThat(a.image()).isEqualTo("https://courier.example/images/ferry-lead.jpg");
    assertThat(a.description()).startsWith("The town's only passenger ferry is back");
  }

  @Test
  void titleWithoutMetadataLosesItsSiteSuffix() throws IOException {
    Article a = extractor.extract(new Page(URI.create("https://example.org/x"), resource("kazan-bridge-cp1251.html"), null));
    assertThat(a.title()).isEqualTo("В Казани открыли новый мост через Казанку");
    assertThat(a.siteName()).isEqualTo("Городские новости");
    assertThat(a.authors()).containsExactly("Анна Соколова");
    assertThat(a.language()).isEqualTo("ru");
  }
}
