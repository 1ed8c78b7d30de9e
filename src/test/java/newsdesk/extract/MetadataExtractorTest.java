package newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetadataExtractorTest {
  private final DensityArticleExtractor extractor = new DensityArticleExtractor();

  private Article extract(String url, String html) {
    return extractor.extract(new Page(URI.create(url), html.getBytes(StandardCharsets.UTF_8), null));
  }

  @Test
  void jsonLdGraphGivesHeadlineAuthorsDateAndPublisher() {
    String html = "<html><head><script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":["
        + "{\"@type\":\"WebSite\",\"name\":\"Valley Times\"},"
        + "{\"@type\":[\"NewsArticle\"],\"headline\":\"Dam inspection finds no cracks\",\"datePublished\":\"2025-07-01T06:00:00-04:00\","
        + "\"author\":[{\"@type\":\"Person\",\"name\":\"Ruth Adeyemi\"},{\"@type\":\"Person\",\"name\":\"Tom Berg\"}],"
        + "\"image\":{\"@type\":\"ImageObject\",\"url\":\"/img/dam.jpg\"}}]}</script>"
        + "<title>Dam inspection finds no cracks - Valley Times</title></head><body></body></html>";
    Article a = extract("https://valley.example/news/dam", html);
    assertThat(a.title()).isEqualTo("Dam inspection finds no cracks");
    assertThat(a.authors()).containsExactly("Ruth Adeyemi", "Tom Berg");
    assertThat(a.published()).isEqualTo(Instant.parse("2025-07-01T10:00:00Z"));
    assertThat(a.siteName()).isEqualTo("Valley Times");
    assertThat(a.image()).isEqualTo("https://valley.example/img/dam.jpg");
  }

  @Test
  void malformedJsonLdFallsBackToOpenGraph() {
    String html = "<html lang='pt-BR'><head><script type='application/ld+json'>{not json</script>"
        + "<meta property='og:title' content='Chuva forte atinge o litoral'>"
        + "<meta property='og:site_name' content='Jornal do Litoral'>"
        + "<meta name='author' content='Ana Lima, Pedro Souza'></head><body></body></html>";
    Article a = extract("https://jornal.example/2024/02/10/chuva", html);
    assertThat(a.title()).isEqualTo("Chuva forte atinge o litoral");
    assertThat(a.authors()).containsExactly("Ana Lima", "Pedro Souza");
    assertThat(a.language()).isEqualTo("pt-BR");
    assertThat(a.published()).as("date from the URL").isEqualTo(Instant.parse("2024-02-10T00:00:00Z"));
  }

  @Test
  void siteSuffixIsStrippedFromTitle() {
    assertThat(MetadataExtractor.stripSiteName("Bridge reopens after repairs | Daily Post", "Daily Post", null))
        .isEqualTo("Bridge reopens after repairs");
    assertThat(MetadataExtractor.stripSiteName("Daily Post - Bridge reopens after repairs", "Daily Post", null))
        .isEqualTo("Bridge reopens after repairs");
    assertThat(MetadataExtractor.stripSiteName("Bridge reopens: what drivers need to know", null, null))
        .isEqualTo("Bridge reopens: what drivers need to know");
  }

  @Test
  void datesInCommonFormats() {
    assertThat(DateParser.parse("2019-11-19T12:30:00Z")).isEqualTo(Instant.parse("2019-11-19T12:30:00Z"));
    assertThat(DateParser.parse("2019-11-19T12:30:00.000+0100")).isEqualTo(Instant.parse("2019-11-19T11:30:00Z"));
    assertThat(DateParser.parse("2019-11-19 12:30:00")).isEqualTo(Instant.parse("2019-11-19T12:30:00Z"));
    assertThat(DateParser.parse("2019-11-19")).isEqualTo(Instant.parse("2019-11-19T00:00:00Z"));
    assertThat(DateParser.parse("Tue, 19 Nov 2019 12:30:00 GMT")).isEqualTo(Instant.parse("2019-11-19T12:30:00Z"));
    assertThat(DateParser.parse("yesterday")).isNull();
    assertThat(DateParser.fromUrl("https://x.example/2019/11/19/story")).isEqualTo(Instant.parse("2019-11-19T00:00:00Z"));
    assertThat(DateParser.fromUrl("https://x.example/story-2019")).isNull();
  }

  private List<String> authorsOfBylineElement(String byline) {
    String html = "<html><head><title>Council approves the new library budget</title></head><body><article>"
        + "<h1>Council approves the new library budget</h1><p class=\"byline\">" + byline + "</p>"
        + "<p>The council approved the budget of the new central library on Monday after a long debate.</p>"
        + "</article></body></html>";
    return extractor.extract(new Page(URI.create("https://news.example/a"), html.getBytes(StandardCharsets.UTF_8), null)).authors();
  }

  @Test
  // QA: the byline branch only stripped "By": names kept dates, separators, agencies and co-authors.
  void bylineElementsGiveTheNamesWithoutDatesSeparatorsOrAgencies() {
    assertThat(authorsOfBylineElement("By Jane Doe, 27 November 2026")).containsExactly("Jane Doe");
    assertThat(authorsOfBylineElement("By Jane Doe | November 27, 2026")).containsExactly("Jane Doe");
    assertThat(authorsOfBylineElement("By Jane Doe and John Roe, Reuters")).containsExactly("Jane Doe", "John Roe");
    assertThat(authorsOfBylineElement("Staff Reporter, 2026-11-27")).isEmpty();
  }
}
