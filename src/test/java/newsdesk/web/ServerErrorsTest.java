package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import newsdesk.publish.JsonDigestRenderer;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A request Jetty refuses before routing still gets the API's JSON or the branded page. */
class ServerErrorsTest {
  @TempDir Path dir;
  private WebFixture fixture;

  @BeforeEach
  void start() {
    fixture = new WebFixture(dir, null);
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  /** The status line, headers and body of a GET of {@code path} sent as is (java.net.URI refuses some of these). */
  private Raw get(String path) throws Exception {
    try (java.net.Socket socket = new java.net.Socket(fixture.base.getHost(), fixture.base.getPort())) {
      socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
          .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
      String all = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      int split = all.indexOf("\r\n\r\n");
      String head = all.substring(0, split);
      java.util.Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      for (String line : head.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0) headers.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
      }
      return new Raw(Integer.parseInt(head.split(" ")[1]), headers, all.substring(split + 4));
    }
  }

  private record Raw(int status, java.util.Map<String, String> headers, String body) {}

  @Test
  void anUnreadableApiPathAnswersTheApisJsonError() throws Exception {
    for (String path : new String[] {"/api/v1/stories/%00", "/api/v1/articles/%FF", "/api/v1/articles/%u0041", "/api/v1/entities/%", "/feeds/%00.atom"}) {
      Raw r = get(path);
      assertThat(r.status()).as(path).isEqualTo(400);
      assertThat(r.headers().get("Content-Type").replace(" ", "")).as(path).isEqualTo("application/json;charset=utf-8");
      JsonNode error = JsonDigestRenderer.mapper().readTree(r.body()).get("error");
      assertThat(error.get("status").asInt()).isEqualTo(400);
      assertThat(error.get("reason").asText()).contains("cannot be read");
      assertThat(r.headers().get("X-Content-Type-Options")).isEqualTo("nosniff");
    }
  }

  @Test
  void aQueryStringWithAMalformedEscapeIsSaidToBeMalformedNotMissing() throws Exception {
    for (String path : new String[] {"/api/v1/search?q=%ZZ", "/api/v1/search?q=volcano%", "/api/v1/search?q=%FF", "/api/v1/digest?page=%u0031"}) {
      Raw r = get(path);
      assertThat(r.status()).as(path).isEqualTo(400);
      assertThat(r.body()).as(path).contains("the query string cannot be read").doesNotContain("give q or a filter");
    }
    Raw page = get("/search?q=%ZZ");
    assertThat(page.status()).isEqualTo(400);
    assertThat(Jsoup.parse(page.body()).select("main").text()).contains("the query string cannot be read");
    assertThat(get("/api/v1/search?q=volcano%20%25").status()).isEqualTo(200);
  }

  @Test
  void aNulInAWebPathAnswersTheBrandedErrorPageNotTheApisJson() throws Exception {
    for (String path : new String[] {"/entities/%00", "/stories/s-volcano%00", "/%00", "/search%00?q=etna", "http://localhost/entities/%00"}) {
      Raw r = get(path);
      assertThat(r.status()).as(path).isEqualTo(400);
      assertThat(r.headers().get("Content-Type").replace(" ", "")).as(path).isEqualTo("text/html;charset=utf-8");
      var page = Jsoup.parse(r.body());
      assertThat(page.select("h1").text()).as(path).isEqualTo("Bad request (400)");
      assertThat(page.select("main").text()).as(path).contains("cannot be read").contains("%00");
      assertThat(r.body()).doesNotContain("Jetty");
      assertThat(r.headers().get("Content-Security-Policy")).isEqualTo(WebServer.CSP);
    }
    Raw api = get("http://localhost/api/v1/stories/%00");
    assertThat(api.status()).isEqualTo(400);
    assertThat(api.headers().get("Content-Type").replace(" ", "")).isEqualTo("application/json;charset=utf-8");
  }

  /** An error page's heading says what went wrong in words, not a bare number (WCAG 2.4.6); the title keeps the code. */
  @Test
  void anErrorPageHeadingNamesTheErrorInWords() throws Exception {
    Raw missing = get("/no/such/page");
    assertThat(missing.status()).isEqualTo(404);
    var page = Jsoup.parse(missing.body());
    assertThat(page.select("h1").text()).isEqualTo("Not found (404)");
    assertThat(page.title()).startsWith("Error 404");
    try (java.net.Socket socket = new java.net.Socket(fixture.base.getHost(), fixture.base.getPort())) {
      socket.getOutputStream().write("DELETE / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
      String all = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(Jsoup.parse(all.substring(all.indexOf("\r\n\r\n") + 4)).select("h1").text()).isEqualTo("Method not allowed (405)");
    }
  }

  /**
   * A page, a routed error page and the error page Jetty answers before routing name their type in
   * the same words, and so do the API's answers and errors: one place says it for each.
   */
  @Test
  void pagesAndErrorsAnsweredByRoutesOrByJettyNameTheirTypeAlike() throws Exception {
    String page = get("/").headers().get("Content-Type");
    assertThat(page).isEqualTo(Templates.HTML_UTF8);
    assertThat(get("/no/such/page").headers().get("Content-Type")).isEqualTo(page);
    assertThat(get("/entities/%FF").headers().get("Content-Type")).isEqualTo(page);
    String api = get("/api/v1/stories").headers().get("Content-Type");
    assertThat(api).isEqualTo(Json.JSON_UTF8);
    assertThat(get("/api/v1/stories/nope").headers().get("Content-Type")).isEqualTo(api);
    assertThat(get("/api/v1/stories/%00").headers().get("Content-Type")).isEqualTo(api);
  }

  @Test
  void anUnreadableWebPathAnswersTheBrandedErrorPage() throws Exception {
    Raw r = get("/entities/%FF");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.headers().get("Content-Type")).isEqualTo(Templates.HTML_UTF8);
    var page = Jsoup.parse(r.body());
    assertThat(page.select("h1").text()).isEqualTo("Bad request (400)");
    assertThat(page.select("main").text()).contains("Back to the digest").contains("cannot be read");
    assertThat(r.body()).doesNotContain("Powered by Jetty").doesNotContain("<th>URI:</th>");
    assertThat(r.headers().get("Content-Security-Policy")).isEqualTo(WebServer.CSP);
  }
}
