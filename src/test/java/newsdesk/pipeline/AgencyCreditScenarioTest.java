package newsdesk.pipeline;

import static newsdesk.pipeline.WireStoryScenarioTest.REWRITE;
import static newsdesk.pipeline.WireStoryScenarioTest.WIRE;
import static newsdesk.pipeline.WireStoryScenarioTest.outlet;
import static newsdesk.pipeline.WireStoryScenarioTest.wrapped;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import newsdesk.fetch.LocalServer;
import newsdesk.publish.DigestBuilder;
import newsdesk.publish.DigestStory;
import newsdesk.publish.JsonDigestRenderer;
import newsdesk.store.Source;
import newsdesk.store.StoredArticle;
import newsdesk.web.WebOptions;
import newsdesk.web.WebServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agency an outlet's article credits, end to end on 127.0.0.1: a local outlet runs the agency's
 * report ("BRENMOUTH, Norland (AP) —"), and another, earlier, writes its own text that ends "Associated
 * Press writer ... contributed to this report". The credit is stored with each article at ingestion and
 * shown by the story page ("via Associated Press", "with reporting from Associated Press"), the API's
 * ARTICLE, STORY outlets and search hits, and the JSON digest; the contribution is no wire credit, so
 * "Read more" and the headline name the agency's report, not the earlier rewrite.
 */
class AgencyCreditScenarioTest {
  private static final String FOOTER = "Associated Press writer Jon Dale in Norland contributed to this report.";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void theCreditIsStoredAndShownAndAContributionIsNoWireCopy() throws Exception {
    try (LoopbackFixture f = new LoopbackFixture(dir); LocalServer post = new LocalServer()) {
      WireStoryScenarioTest.Outlet courier = outlet(f.server, "Valley Courier", "/news/drones",
          "Brenmouth to test drone deliveries of medicines", wrapped("Valley Courier", WIRE), 2);
      WireStoryScenarioTest.Outlet rewrite = outlet(post, "Brenmouth Post", "/local/drones-over-villages",
          "Prescription drones to fly over Brenmouth villages from health centre", REWRITE + "\n" + FOOTER, 1);
      List<Source> sources = List.of(f.store.addSource(f.server.url("/feed").toString(), "feed", null, null),
          f.store.addSource(post.url("/feed").toString(), "feed", null, null));

      IngestReport report = f.pipeline(StandardStages.create()).ingest(sources);

      assertThat(report.added()).as("%s %s", report.sourceErrors(), report.pageErrors()).isEqualTo(2);
      StoredArticle wire = f.store.articleByCanonicalUrl(courier.link()).orElseThrow();
      StoredArticle own = f.store.articleByCanonicalUrl(rewrite.link()).orElseThrow();
      assertThat(wire).returns("Associated Press", StoredArticle::creditedAgency).returns(null, StoredArticle::contributingAgency);
      assertThat(own).returns(null, StoredArticle::creditedAgency).returns("Associated Press", StoredArticle::contributingAgency);
      assertThat(own.storyId()).isEqualTo(wire.storyId());
      assertThat(own.published()).as("the rewrite came first").isBefore(wire.published());

      DigestStory story = new DigestBuilder(f.store).story(wire.storyId()).orElseThrow();
      assertThat(story.readMore().outlet()).as("a contribution is no wire credit").isEqualTo("Valley Courier");
      assertThat(story.headline()).isEqualTo("Brenmouth to test drone deliveries of medicines");
      JsonNode digest = JSON.readTree(new JsonDigestRenderer().render(List.of(story)));
      JsonNode outlets = digest.get("stories").get(0).get("outlets");
      assertThat(outlets.findValuesAsText("credited_agency")).containsExactly("Associated Press");
      assertThat(outlets.findValuesAsText("agency_contributed")).containsExactly("Associated Press");

      try (WebServer web = new WebServer(f.store, f.index, WebOptions.defaults(),
          new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
        String base = "http://127.0.0.1:" + web.start("127.0.0.1", 0);
        Document page = Jsoup.parse(get(base + "/stories/" + wire.storyId()));
        assertThat(page.select("ol.articles li").eachText())
            .anySatisfy(t -> assertThat(t).contains("Valley Courier (via Associated Press)"))
            .anySatisfy(t -> assertThat(t).contains("Brenmouth Post (with reporting from Associated Press)"));

        JsonNode wireJson = JSON.readTree(get(base + "/api/v1/articles/" + wire.publicId()));
        assertThat(wireJson.get("credited_agency").asText()).isEqualTo("Associated Press");
        assertThat(wireJson.get("agency_contributed").isNull()).as("present, null").isTrue();
        JsonNode ownJson = JSON.readTree(get(base + "/api/v1/articles/" + own.publicId()));
        assertThat(ownJson.get("credited_agency").isNull()).isTrue();
        assertThat(ownJson.get("agency_contributed").asText()).isEqualTo("Associated Press");
        JsonNode storyJson = JSON.readTree(get(base + "/api/v1/stories/" + wire.storyId()));
        assertThat(storyJson.get("outlets").findValuesAsText("credited_agency")).containsExactly("Associated Press");

        JsonNode hits = JSON.readTree(get(base + "/api/v1/search?q=" + URLEncoder.encode("Brenmouth drones", StandardCharsets.UTF_8)))
            .get("items");
        assertThat(hits.findValuesAsText("credited_agency")).containsExactly("Associated Press");
        assertThat(hits.findValuesAsText("agency_contributed")).containsExactly("Associated Press");
      }
    }
  }

  private static String get(String url) throws Exception {
    try (HttpClient client = HttpClient.newHttpClient()) {
      HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as("%s: %s", url, r.body()).isEqualTo(200);
      return r.body();
    }
  }
}
