package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import newsdesk.search.LuceneArticleIndex;
import newsdesk.store.RelatedStory;
import newsdesk.store.SqliteNewsStore;
import newsdesk.store.StoredArticle;
import newsdesk.store.StoredBrief;
import newsdesk.store.StoredEntity;
import newsdesk.store.StoryRecord;
import newsdesk.summarize.Brief;
import newsdesk.summarize.SummarySentence;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebServerTest {
  @TempDir Path dir;
  SqliteNewsStore store;
  LuceneArticleIndex index;
  WebServer web;
  HttpClient http;
  URI base;

  @BeforeEach
  void start() {
    store = SqliteNewsStore.open(dir.resolve("db"));
    index = new LuceneArticleIndex(dir.resolve("index"));
    Instant t = Instant.parse("2020-03-02T00:00:00Z");
    story("s-1", "Volcano <script>alert(1)</script> erupts", "a-1", "https://en.wikinews.org/wiki/Volcano",
        "A volcano erupted on Tuesday.", t);
    story("s-2", "Ash cloud grounds flights", "a-2", "https://en.wikinews.org/wiki/Ash", "The ash cloud grounded flights.",
        t.plusSeconds(3600));
    store.insertStory(new StoryRecord("s-3", t, t, t, t, 1, "s-1"));
    store.replaceRelated("s-1", List.of(new RelatedStory("s-1", 0, "s-2", 0.5)));
    index.add(store.articlesAfter(0, 10));
    web = new WebServer(store, index);
    base = URI.create("http://127.0.0.1:" + web.start("127.0.0.1", 0) + "/");
    http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  }

  private void story(String id, String headline, String articleId, String url, String text, Instant t) {
    store.insertStory(new StoryRecord(id, t, t, t, t, 1, null));
    StoredArticle a = store.insertArticle(new StoredArticle(0, articleId, null, null, url, url, "Wikinews", headline, List.of(), t, t,
        "en", null, null, text, "page", "h" + id, null, id));
    store.saveBrief(new StoredBrief(id, 1,
        new Brief(headline, List.of(List.of(new SummarySentence(text, articleId, 0, text.length())))), a.id()));
  }

  @AfterEach
  void stop() {
    web.close();
    index.close();
    store.close();
    http.close();
  }

  HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theFrontPageShowsTheDigestNewestFirstWithReadMoreRelatedAndAttribution() throws Exception {
    HttpResponse<String> r = get("/");
    assertThat(r.statusCode()).isEqualTo(200);
    Document page = Jsoup.parse(r.body());
    assertThat(page.select("article.story h2").eachText())
        .containsExactly("Ash cloud grounds flights", "Volcano <script>alert(1)</script> erupts");
    assertThat(page.select("script:not([src])")).isEmpty();
    assertThat(page.select(".read-more a").first().attr("href")).isEqualTo("https://en.wikinews.org/wiki/Ash");
    assertThat(page.select("#story-s-1 .related a").eachAttr("href")).containsExactly("/stories/s-2");
    assertThat(page.select("footer").text()).contains("Wikinews").contains("CC BY 2.5");
    assertThat(page.select("main, header, footer, form[role=search] label")).hasSizeGreaterThanOrEqualTo(4);
  }

  @Test
  void relatedStoriesAreDatedAsTheirOwnCardsOnTheFrontPageTheStoryPageAndInTheApi() throws Exception {
    // s-2's own card is dated by its newest article, an hour after s-1's: the related line shows s-2's time.
    Document front = Jsoup.parse(get("/").body());
    assertThat(front.select("#story-s-2 .meta time").attr("datetime")).isEqualTo("2020-03-02T01:00:00Z");
    assertThat(front.select("#story-s-1 .related li time").eachAttr("datetime")).containsExactly("2020-03-02T01:00:00Z");
    assertThat(front.select("#story-s-1 .related li").text()).isEqualTo("Ash cloud grounds flights 2020-03-02");

    Document story = Jsoup.parse(get("/stories/s-1").body());
    assertThat(story.select("ul.related li time").eachAttr("datetime")).containsExactly("2020-03-02T01:00:00Z");
    assertThat(story.select("ul.related li").text()).isEqualTo("Ash cloud grounds flights 2020-03-02: The ash cloud grounded flights.");

    var api = newsdesk.publish.JsonDigestRenderer.mapper().readTree(get("/api/v1/stories/s-1").body());
    assertThat(api.get("related").get(0).get("id").asText()).isEqualTo("s-2");
    assertThat(api.get("related").get(0).get("updated").asText()).isEqualTo("2020-03-02T01:00:00Z");
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() throws Exception {
    for (String path : List.of("/", "/stories/s-1", "/search?q=ash", "/no/such/page", "/static/newsdesk.css")) {
      HttpResponse<String> r = get(path);
      assertThat(r.headers().firstValue("Content-Security-Policy")).as(path)
          .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'").doesNotContain("unsafe-inline"));
      assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
    }
  }

  @Test
  void everyHtmlPageSaysItIsUtf8LikeTheFeedsAndTheApi() throws Exception {
    for (String path : List.of("/", "/stories/s-1", "/search?q=ash", "/entities", "/sources", "/login", "/no/such/page",
        "/stories/s-404", "/search?q=%22unclosed")) {
      HttpResponse<String> r = get(path);
      // Jetty writes it without the space after the semicolon; both spellings are the same media type.
      assertThat(r.headers().firstValue("Content-Type").map(t -> t.replace(" ", "").toLowerCase(java.util.Locale.ROOT)))
          .as(path).contains("text/html;charset=utf-8");
    }
  }

  @Test
  void aStoryHasItsPageAMergedStoryRedirectsAndAnUnknownOneIs404() throws Exception {
    HttpResponse<String> story = get("/stories/s-2");
    assertThat(story.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(story.body()).select("h1").text()).isEqualTo("Ash cloud grounds flights");
    assertThat(Jsoup.parse(story.body()).select(".sentence a.src").attr("href")).isEqualTo("#art-1");
    assertThat(Jsoup.parse(story.body()).select(".sentence a.src").attr("title")).contains("Wikinews: Ash cloud grounds flights");
    HttpResponse<String> merged = get("/stories/s-3");
    assertThat(merged.statusCode()).isEqualTo(301);
    assertThat(merged.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/stories/s-1"));
    assertThat(get("/stories/s-404").statusCode()).isEqualTo(404);
  }

  @Test
  void searchShowsMatchesWithHighlightedSnippetsLinkedToTheirStory() throws Exception {
    Document page = Jsoup.parse(get("/search?q=volcano").body());
    assertThat(page.select("ol.results li h2 a").eachAttr("href")).containsExactly("/stories/s-1");
    assertThat(page.select("ol.results mark").eachText()).contains("volcano");
    assertThat(Jsoup.parse(get("/search?q=tsunami").body()).select("main").text()).contains("No article matches");
  }

  @Test
  void theTopicsPageCountsOneArticleInTheSingular() throws Exception {
    long a1 = store.articleByPublicId("a-1").orElseThrow().id();
    long a2 = store.articleByPublicId("a-2").orElseThrow().id();
    store.saveEntities(a1, List.of(new StoredEntity("Mount Etna", "PLACE", 1, 1), new StoredEntity("Catania", "PLACE", 1, 1)));
    store.saveEntities(a2, List.of(new StoredEntity("Mount Etna", "PLACE", 1, 1)));

    Document page = Jsoup.parse(get("/entities").body());

    assertThat(page.select("main li").eachText()).contains("Mount Etna place 2 articles", "Catania place 1 article");
  }
}
