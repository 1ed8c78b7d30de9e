package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import newsdesk.feed.StandardFeedParser;
import newsdesk.fetch.FetchConfig;
import newsdesk.fetch.HttpFetcher;
import newsdesk.fetch.LocalServer;
import newsdesk.search.LuceneArticleIndex;
import newsdesk.sources.FeedDiscovery;
import newsdesk.sources.SitemapReader;
import newsdesk.store.Source;
import newsdesk.store.SqliteNewsStore;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site that announces several feeds: the sources form offers them to pick from and adds nothing
 * meanwhile, tells a source added from one followed already, and the API answers 300 with the
 * candidates, as {@code sources add} lists them and exits 3.
 */
class SourcePickerTest {
  /** A feed title with markup in it: the page must show it as text. */
  static final String HOSTILE_TITLE = "News <script>window.__pwned='pick'</script> & \"more\"";
  static final String TOKEN = "nd_picker-test-token";

  @TempDir Path dir;
  LocalServer site;
  HttpFetcher fetcher;
  SqliteNewsStore store;
  LuceneArticleIndex index;
  WebServer web;
  Http http;
  String rss;
  String atom;
  String page;

  @BeforeEach
  void start() {
    site = new LocalServer();
    site.route("/two.html", LocalServer.text(200, "text/html; charset=utf-8", SourceAdderTest.TWO_FEEDS_PAGE));
    site.route("/a/feed.xml", LocalServer.text(200, "application/rss+xml",
        SourceAdderTest.RSS.replace("<title>Example News</title>", "<title>" + HOSTILE_TITLE.replace("&", "&amp;").replace("<", "&lt;") + "</title>")));
    site.route("/comments.atom", LocalServer.text(200, "application/atom+xml", SourceAdderTest.ATOM));
    rss = site.url("/a/feed.xml").toString();
    atom = site.url("/comments.atom").toString();
    page = site.url("/two.html").toString();
    fetcher = new HttpFetcher(FetchConfig.defaults().withAllowPrivateNetwork(true).withPoliteness(4, Duration.ZERO));
    store = SqliteNewsStore.open(dir.resolve("n.db"));
    index = new LuceneArticleIndex(dir.resolve("index"));
    store.addApiToken("script", PasswordHasher.sha256(TOKEN), Instant.now());
    FeedDiscovery discovery = new FeedDiscovery(fetcher, new StandardFeedParser(), SitemapReader.defaults(), Clock.systemUTC());
    web = new WebServer(store, index, new WebOptions(null, WebFixture.PASSWORD, null, discovery),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    http = new Http(URI.create("http://127.0.0.1:" + web.start("127.0.0.1", 0)));
  }

  @AfterEach
  void stop() {
    web.close();
    index.close();
    store.close();
    fetcher.close();
    site.close();
  }

  @Test
  void aSiteWithSeveralFeedsIsOfferedInTheFormAndNothingIsAddedUntilOneIsPicked() {
    String csrf = http.logIn(WebFixture.PASSWORD);

    HttpResponse<String> r = http.postForm("/sources", Map.of("csrf", csrf, "url", page));

    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(store.sources()).isEmpty();
    Document doc = Jsoup.parse(r.body());
    assertThat(doc.select(".notice")).isEmpty();
    Element form = doc.selectFirst("form[aria-label=Add a source]");
    assertThat(form.attr("method")).isEqualTo("post");
    assertThat(form.select("input[name=csrf]").attr("value")).isEqualTo(csrf);
    assertThat(form.select("#source-url").attr("value")).isEqualTo(page);
    assertThat(form.select("#source-choices legend").text()).startsWith("2 sources found").contains("Nothing has been added");
    assertThat(form.select("input[type=checkbox][name=pick]")).extracting(e -> e.attr("value")).containsExactly(rss, atom);
    assertThat(form.select("input[type=checkbox][name=pick]")).noneMatch(e -> e.hasAttr("checked"));
    // Each candidate shows its title, its type and its address, and its label names its checkbox.
    Element first = form.selectFirst("label[for=pick-1]");
    assertThat(first.select(".source-title").text()).isEqualTo(HOSTILE_TITLE);
    assertThat(first.select(".kind").text()).isEqualTo("(RSS)");
    assertThat(first.select(".url").text()).isEqualTo(rss);
    assertThat(form.select("label[for=pick-2] .source-title").text()).isEqualTo("Example Comments");
    assertThat(form.select("label[for=pick-2] .url").text()).isEqualTo(atom);
    assertThat(form.select("label[for=pick-2] .kind").text()).isEqualTo("(Atom)");
    assertThat(doc.select("script:containsData(__pwned)")).isEmpty();
    assertThat(r.body()).doesNotContain("<script>window.__pwned");

    // Sent back without a pick: asked again, with why.
    HttpResponse<String> none = http.postFormFields("/sources", "csrf", csrf, "url", page, "choosing", page);
    assertThat(none.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(none.body()).select("#choice-error").text()).isEqualTo("Choose at least one of these to follow.");
    assertThat(Jsoup.parse(none.body()).select("#source-choices").attr("aria-describedby")).isEqualTo("choice-error");
    assertThat(store.sources()).isEmpty();

    // One picked: added, and the page says so.
    HttpResponse<String> picked = http.postFormFields("/sources", "csrf", csrf, "url", page, "choosing", page, "pick", atom);
    assertThat(picked.statusCode()).isEqualTo(303);
    assertThat(store.sources()).extracting(Source::url).containsExactly(atom);
    long atomId = store.sources().getFirst().id();
    String location = picked.headers().firstValue("Location").orElseThrow();
    assertThat(location).isEqualTo("/sources?added=" + atomId + "#source-" + atomId);
    Document after = Jsoup.parse(http.get(location).body());
    assertThat(after.select(".notice").text()).startsWith("Source added");
    assertThat(after.select(".notice.following")).isEmpty();
    assertThat(after.select("#source-choices")).isEmpty();
    assertThat(after.select("#source-url").attr("value")).isEmpty();

    // Both picked: the one followed already is said so, the other is added.
    HttpResponse<String> both = http.postFormFields("/sources", "csrf", csrf, "url", page, "pick", rss, "pick", atom);
    assertThat(both.statusCode()).isEqualTo(303);
    assertThat(store.sources()).extracting(Source::url).containsExactlyInAnyOrder(atom, rss);
    long rssId = store.sources().stream().filter(s -> s.url().equals(rss)).findFirst().orElseThrow().id();
    assertThat(both.headers().firstValue("Location")).hasValue("/sources?added=" + rssId + "&following=" + atomId + "#source-" + rssId);
    Document notices = Jsoup.parse(http.get(both.headers().firstValue("Location").orElseThrow()).body());
    assertThat(notices.select(".notice").first().text()).startsWith("Source added");
    assertThat(notices.select(".notice.following").text()).isEqualTo("Already following Example Comments: nothing was added.");
  }

  @Test
  void aSourceFollowedAlreadyIsSaidSoAndLinkedNotAddedAgain() {
    String csrf = http.logIn(WebFixture.PASSWORD);
    Source followed = store.addSource(rss, "feed", null, HOSTILE_TITLE);

    HttpResponse<String> r = http.postForm("/sources", Map.of("csrf", csrf, "url", rss));

    assertThat(r.statusCode()).isEqualTo(303);
    String location = r.headers().firstValue("Location").orElseThrow();
    assertThat(location).isEqualTo("/sources?following=" + followed.id() + "#source-" + followed.id());
    assertThat(store.sources()).hasSize(1);
    String body = http.get(location).body();
    Document doc = Jsoup.parse(body);
    assertThat(doc.select(".notice").text()).isEqualTo("Already following " + HOSTILE_TITLE + ": nothing was added.");
    assertThat(doc.select(".notice").text()).doesNotContain("Source added");
    Element link = doc.selectFirst(".notice.following a");
    assertThat(link.attr("href")).isEqualTo("#source-" + followed.id());
    assertThat(doc.select("#source-" + followed.id())).hasSize(1);
    assertThat(doc.select("script:containsData(__pwned)")).isEmpty();
    // An id that names no source says nothing.
    assertThat(Jsoup.parse(http.get("/sources?following=999").body()).select(".notice")).isEmpty();
  }

  @Test
  void theApiAnswers300WithTheCandidatesAndACandidatesUrlFollowsIt() throws Exception {
    String auth = "Bearer " + TOKEN;
    HttpResponse<String> r = http.postJson("/api/v1/sources", "{\"url\": \"" + page + "\"}", "Authorization", auth);

    assertThat(r.statusCode()).as(r.body()).isEqualTo(300);
    assertThat(r.headers().firstValue("Location")).isEmpty();
    assertThat(store.sources()).isEmpty();
    JsonNode body = new ObjectMapper().readTree(r.body());
    assertThat(body.get("reason").asText()).isEqualTo("2 sources found at " + page + "; nothing was added: post the url of the one to follow");
    assertThat(body.get("choices")).hasSize(2);
    assertThat(body.get("choices").get(0).get("url").asText()).isEqualTo(rss);
    assertThat(body.get("choices").get(0).get("kind").asText()).isEqualTo("feed");
    assertThat(body.get("choices").get(0).get("format").asText()).isEqualTo("rss20");
    assertThat(body.get("choices").get(1).get("format").asText()).isEqualTo("atom10");
    assertThat(body.get("choices").get(0).get("title").asText()).isEqualTo(HOSTILE_TITLE);
    assertThat(body.get("choices").get(0).get("damage").isNull()).isTrue();
    assertThat(body.get("choices").get(1).get("url").asText()).isEqualTo(atom);

    String pick = "{\"url\": \"" + body.get("choices").get(1).get("url").asText() + "\"}";
    HttpResponse<String> created = http.postJson("/api/v1/sources", pick, "Authorization", auth);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    HttpResponse<String> again = http.postJson("/api/v1/sources", pick, "Authorization", auth);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(store.sources()).extracting(Source::url).containsExactly(atom);
  }
}
