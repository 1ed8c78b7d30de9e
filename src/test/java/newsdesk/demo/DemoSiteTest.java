package newsdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoSiteTest {
  static DemoCorpus corpus;
  static DemoSite site;
  static HttpClient http;

  @BeforeAll
  static void start() {
    corpus = DemoCorpus.load();
    site = DemoSite.start(corpus, 0);
    http = HttpClient.newHttpClient();
  }

  @AfterAll
  static void stop() {
    site.close();
    http.close();
  }

  static HttpResponse<String> get(URI url) throws Exception {
    return http.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theCorpusHasEveryArticleAndEverySectionFeedCarriesSome() {
    assertThat(corpus.articles()).hasSize(291);
    assertThat(corpus.sections()).hasSizeGreaterThanOrEqualTo(4);
    assertThat(corpus.sections()).allSatisfy(s -> assertThat(s.articles()).isNotEmpty());
    assertThat(corpus.sections().stream().filter(s -> s.slug().equals("latest")).findFirst().orElseThrow().articles())
        .hasSize(291);
  }

  @Test
  void feedsNameTheOriginalUrlsAndCarryTheAttribution() throws Exception {
    HttpResponse<String> r = get(site.feedUrl("science"));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/rss+xml"));
    Document rss = Jsoup.parse(r.body(), "", org.jsoup.parser.Parser.xmlParser());
    assertThat(rss.select("copyright").text()).contains("Wikinews").contains("CC BY 2.5");
    assertThat(rss.select("item")).isNotEmpty().allSatisfy(item -> {
      assertThat(item.selectFirst("link").text()).startsWith("https://en.wikinews.org/wiki/");
      assertThat(item.selectFirst("guid").text()).isEqualTo(item.selectFirst("link").text());
    });
  }

  @Test
  void articlePagesWrapTheTextInRealisticMarkupWithTheCanonicalUrl() throws Exception {
    DemoArticle a = corpus.articles().get(10);
    HttpResponse<String> r = get(site.baseUrl().resolve(a.path()));
    assertThat(r.statusCode()).isEqualTo(200);
    Document page = Jsoup.parse(r.body());
    assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(a.url());
    assertThat(page.select("nav, aside.related, footer")).hasSizeGreaterThanOrEqualTo(3);
    assertThat(page.select("footer").text()).contains("CC BY 2.5");
    assertThat(page.select(".article-body p")).hasSize(a.paragraphs().size());
  }

  @Test
  void unknownPathsAnswer404() throws Exception {
    assertThat(get(site.baseUrl().resolve("/wiki/No_such_article")).statusCode()).isEqualTo(404);
    assertThat(get(site.feedUrl("nope")).statusCode()).isEqualTo(404);
  }
}
