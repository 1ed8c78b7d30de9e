package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import newsdesk.fetch.LocalServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code extract URL} and {@code feed parse URL} fetch as the pipeline does: the same redirects,
 * decompression and errors, and the same private-network rule.
 */
class CommandFetchTest {
  private static final String ARTICLE = "<html lang='en'><head><title>Library extends hours</title></head><body><article>"
      + "<h1>Library extends hours</h1>"
      + "<p>The central library will stay open until nine on weekdays from next month, the council said on Monday.</p>"
      + "<p>The trial runs for three months, after which councillors will decide whether to keep the longer hours.</p>"
      + "</article></body></html>";
  private static final String RSS = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Town News</title>"
      + "<link>https://town.example/</link><item><title>Library extends hours</title>"
      + "<link>https://town.example/library</link></item></channel></rss>";

  @TempDir Path dir;



  /** A body gzipped whether or not the client asked for it. */
  private static LocalServer.Route gzipped(String contentType, String body) {
    return ex -> {
      ByteArrayOutputStream zipped = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
        gz.write(body.getBytes(StandardCharsets.UTF_8));
      }
      ex.getResponseHeaders().set("Content-Encoding", "gzip");
      LocalServer.send(ex, 200, contentType, zipped.toByteArray());
    };
  }

  @Test
  void feedParseReportsARedirectLoopAsThePipelineDoes() {
    try (LocalServer server = new LocalServer()) {
      server.route("/a.xml", LocalServer.redirect(302, "/b.xml")).route("/b.xml", LocalServer.redirect(302, "/a.xml"));
      String url = server.url("/a.xml").toString();
      CliRun r = CliRun.of("feed", "parse", "--allow-private-network", url);
      assertThat(r.exit()).isEqualTo(1);
      assertThat(r.out()).isEmpty();
      assertThat(r.err()).startsWith("newsdesk feed parse: " + url + ": redirect loop: ");
    }
  }

  @Test
  void feedParseReadsAGzippedFeed() {
    try (LocalServer server = new LocalServer()) {
      server.route("/feed.xml", gzipped("application/rss+xml", RSS));
      CliRun r = CliRun.of("feed", "parse", "--allow-private-network", server.url("/feed.xml").toString());
      assertThat(r.err()).isEmpty();
      assertThat(r.exit()).isZero();
      assertThat(r.out()).contains("title:    Town News", "- title:     Library extends hours");
    }
  }

  @Test
  void feedParseRefusesThePrivateNetworkUnlessAllowed() {
    try (LocalServer server = new LocalServer()) {
      server.route("/feed.xml", LocalServer.text(200, "application/rss+xml", RSS));
      CliRun r = CliRun.of("feed", "parse", server.url("/feed.xml").toString());
      assertThat(r.exit()).isEqualTo(1);
      assertThat(r.err()).contains("--allow-private-network");
      assertThat(server.requests()).isEmpty();
    }
  }

  @Test
  void extractReadsAGzippedPageAndReportsARedirectLoop() throws Exception {
    try (LocalServer server = new LocalServer()) {
      server.route("/page.html", gzipped("text/html; charset=utf-8", ARTICLE));
      server.route("/a", LocalServer.redirect(301, "/b")).route("/b", LocalServer.redirect(301, "/a"));
      CliRun r = CliRun.of("extract", "--allow-private-network", "--host-delay-ms", "0", "--format", "jsonl",
          server.url("/page.html").toString(), server.url("/a").toString());
      assertThat(r.exit()).isZero();
      var lines = r.out().lines().map(CommandFetchTest::json).toList();
      assertThat(lines).hasSize(2);
      assertThat(lines.get(0).get("text").asText()).startsWith("The central library will stay open");
      assertThat(lines.get(0).get("error").isNull()).isTrue();
      assertThat(lines.get(1).get("error").asText()).startsWith("redirect loop: ");
    }
  }

  @Test
  void extractSaysWhenThePipelineWouldFindNoArticleContent() throws Exception {
    Path wall = Files.writeString(dir.resolve("wall.html"), "<html><head><title>Before you continue</title></head><body>"
        + "<main><p>We use cookies and similar technologies to personalise content and ads, to provide social media"
        + " features and to analyse our traffic. We also share information about your use of our site with our"
        + " advertising and analytics partners.</p><p>Accept all cookies</p><p>Reject all</p></main></body></html>");
    Path page = Files.writeString(dir.resolve("page.html"), ARTICLE);
    CliRun r = CliRun.of("extract", "--format", "json", wall.toString(), page.toString());
    assertThat(r.exit()).isZero();
    JsonNode array = json(r.out());
    assertThat(array.get(0).get("text").asText()).contains("We use cookies");
    assertThat(array.get(0).get("content").asText()).isEqualTo("no content page");
    assertThat(array.get(0).get("error").asText()).startsWith("no article content (cookie wall");
    assertThat(array.get(1).get("error").isNull()).isTrue();
    assertThat(array.get(1).get("content").asText()).isIn("article", "too short");
  }

  private static JsonNode json(String s) {
    try {
      return new ObjectMapper().readTree(s);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
