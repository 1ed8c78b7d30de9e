package newsdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import newsdesk.demo.DemoArticle;
import newsdesk.publish.DigestBuilder;
import newsdesk.publish.DigestStory;
import newsdesk.store.StoredArticle;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second outlet republishes three demo articles with its own page furniture and headlines: the
 * copies attach to the originals' stories, both outlets stay visible, and no second story appears.
 */
class SyndicationTest {
  @TempDir Path dir;

  @Test
  void syndicatedCopiesJoinTheOriginalsStoryAndBothOutletsStayVisible() throws Exception {
    try (DemoFixture f = new DemoFixture(dir)) {
      f.pipeline().ingest(f.subscribe("science"));
      long storiesBefore = f.store.storiesUpdatedBetween(Instant.EPOCH, Instant.now(), 10_000).size();
      List<DemoArticle> copied = f.corpus.sections().stream().filter(s -> s.slug().equals("science")).findFirst()
          .orElseThrow().articles().subList(0, 3);

      HttpServer wire = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      String base = "http://127.0.0.1:" + wire.getAddress().getPort();
      wire.createContext("/", exchange -> {
        String path = exchange.getRequestURI().getPath();
        if (!path.equals("/rss") && !path.startsWith("/story/")) {
          exchange.sendResponseHeaders(404, -1);
          exchange.close();
          return;
        }
        String body;
        String type = "text/html; charset=utf-8";
        if (path.equals("/rss")) {
          type = "application/rss+xml; charset=utf-8";
          StringBuilder rss = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Daily Wire</title>");
          for (int i = 0; i < copied.size(); i++) {
            DemoArticle a = copied.get(i);
            rss.append("<item><title>WIRE: ").append(Entities.escape(a.title())).append("</title><link>").append(base)
                .append("/story/").append(i).append("</link><guid>wire-").append(i).append("</guid><pubDate>")
                .append(DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC).format(a.published().plusSeconds(7200)))
                .append("</pubDate></item>");
          }
          body = rss.append("</channel></rss>").toString();
        } else {
          DemoArticle a = copied.get(Integer.parseInt(path.substring("/story/".length())));
          StringBuilder page = new StringBuilder("<html><head><title>").append(Entities.escape(a.title()))
              .append(" | Daily Wire</title><meta property=\"og:site_name\" content=\"Daily Wire\"></head><body>")
              .append("<nav><a href=/>Home</a> <a href=/world>World</a> <a href=/sport>Sport</a></nav><article><h1>")
              .append(Entities.escape(a.title())).append("</h1><p class=byline>By Wire Staff</p>");
          for (String p : a.paragraphs()) page.append("<p>").append(Entities.escape(p)).append("</p>");
          body = page.append("<p>Distributed by Daily Wire. All rights reserved.</p></article>")
              .append("<aside><h3>Most read</h3><ul><li><a href=/x>Something else</a></li></ul></aside></body></html>").toString();
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
      });
      wire.start();
      try {
        IngestReport report = f.pipeline().ingest(List.of(f.store.addSource(base + "/rss", "feed", null, "Daily Wire")));
        assertThat(report.added()).as("%s %s", report.sourceErrors(), report.pageErrors()).isEqualTo(3);
        assertThat(report.duplicates()).isEqualTo(3);
      } finally {
        wire.stop(0);
      }
      assertThat(f.store.storiesUpdatedBetween(Instant.EPOCH, Instant.now(), 10_000)).hasSize((int) storiesBefore);
      DigestBuilder digest = new DigestBuilder(f.store);
      for (DemoArticle a : copied) {
        StoredArticle original = f.store.articleByCanonicalUrl(a.url()).orElseThrow();
        DigestStory story = digest.story(original.storyId()).orElseThrow();
        assertThat(story.outlets()).extracting(DigestStory.Coverage::name).contains("Wikinews", "Daily Wire");
        assertThat(story.readMore().outlet()).isEqualTo("Wikinews");
      }
    }
  }
}
