package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The icon browsers ask for and the media types of everything the server sends: every text answer
 * names its charset, so that no browser or proxy guesses it from the bytes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaticAssetsTest {
  @TempDir static Path dir;
  WebFixture f;
  Http http;

  @BeforeAll
  void start() {
    f = new WebFixture(dir, null);
    http = new Http(f.base);
  }

  @AfterAll
  void stop() {
    f.close();
  }

  @Test
  void theFaviconAddressBrowsersAskForAnswersWithAnIcon() {
    HttpResponse<String> r = http.get("/favicon.ico");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("image/x-icon");
    assertThat(r.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("max-age="));
    // An ICO file starts with reserved 0, type 1 (icon).
    assertThat(r.body()).startsWith("\0\0\1\0");
  }

  @Test
  void everyPageHeadNamesAnIconThatTheServerServes() {
    for (String path : List.of("/", "/search?q=volcano", "/sources", "/login", "/no-such-page")) {
      Element icon = Jsoup.parse(http.get(path).body()).selectFirst("head link[rel=icon]");
      assertThat(icon).as("icon link on %s", path).isNotNull();
      HttpResponse<String> r = http.get(icon.attr("href"));
      assertThat(r.statusCode()).as(icon.attr("href")).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type").map(StaticAssetsTest::normalized)).hasValue(icon.attr("type") + ";charset=utf-8");
      assertThat(r.body()).startsWith("<svg");
    }
  }

  @Test
  void everyTextAnswerNamesUtf8() {
    Map<String, String> expected = Map.of(
        "/static/newsdesk.css", "text/css;charset=utf-8",
        "/static/newsdesk.js", "text/javascript;charset=utf-8",
        "/static/favicon.svg", "image/svg+xml;charset=utf-8",
        "/", "text/html;charset=utf-8",
        "/no-such-page", "text/html;charset=utf-8",
        "/api/v1/stories", "application/json;charset=utf-8",
        "/api/v1/nothing", "application/json;charset=utf-8",
        "/feeds/digest.atom", "application/atom+xml;charset=utf-8",
        "/feeds/digest.json", "application/feed+json;charset=utf-8");
    expected.forEach((path, type) -> assertThat(http.get(path).headers().firstValue("Content-Type").map(StaticAssetsTest::normalized))
        .as(path).hasValue(type));
  }

  @Test
  void theIconIsPublicWhenReadingIsPrivate() {
    Http reader = new Http(f.base);
    String csrf = reader.logIn(WebFixture.PASSWORD);
    assertThat(reader.postForm("/settings", Map.of("csrf", csrf, "reading", "private", "retention_days", "0")).statusCode())
        .isEqualTo(303);
    try {
      Http anonymous = new Http(f.base);
      assertThat(anonymous.get("/").statusCode()).isEqualTo(303);
      assertThat(anonymous.get("/favicon.ico").statusCode()).isEqualTo(200);
      assertThat(anonymous.get("/static/favicon.svg").statusCode()).isEqualTo(200);
    } finally {
      reader.postForm("/settings", Map.of("csrf", csrf, "reading", "public", "retention_days", "0"));
    }
  }

  /**
   * A digest is one reader's (or one household's) reading, made of other outlets' articles: search
   * engines are asked to stay out, as Miniflux and FreshRSS do, and can read that even when reading is private.
   */
  @Test
  void robotsAreAskedToStayOutEvenWhenReadingIsPrivate() {
    HttpResponse<String> r = http.get("/robots.txt");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").map(StaticAssetsTest::normalized)).hasValue("text/plain;charset=utf-8");
    assertThat(r.body().lines().toList()).containsExactly("User-agent: *", "Disallow: /");
    Http reader = new Http(f.base);
    String csrf = reader.logIn(WebFixture.PASSWORD);
    assertThat(reader.postForm("/settings", Map.of("csrf", csrf, "reading", "private", "retention_days", "0")).statusCode())
        .isEqualTo(303);
    try {
      assertThat(new Http(f.base).get("/robots.txt").statusCode()).isEqualTo(200);
    } finally {
      reader.postForm("/settings", Map.of("csrf", csrf, "reading", "public", "retention_days", "0"));
    }
  }

  /** Media types compare case-insensitively and with or without a space before the parameter. */
  static String normalized(String contentType) {
    return contentType.toLowerCase(java.util.Locale.ROOT).replace("; ", ";");
  }
}
