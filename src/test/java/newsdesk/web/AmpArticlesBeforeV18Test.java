package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import newsdesk.publish.DigestBuilder;
import newsdesk.publish.MarkdownDigestRenderer;
import newsdesk.publish.TextDigestRenderer;
import newsdesk.search.LuceneArticleIndex;
import newsdesk.store.SqliteNewsStore;
import newsdesk.summarize.Brief;
import newsdesk.summarize.SummarySentence;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema V19: a data folder whose AMP articles were stored before V18 kept their AMP link as the
 * only address (no {@code shown_url}) shows, once opened by this version, the address without the
 * AMP markers wherever a new AMP article's shown address appears: "Read more", the coverage list,
 * the API, search, the text and Markdown digests and the feeds out. The backfill is one transaction: when
 * it stops midway the store is as before, and the next open does it all.
 */
class AmpArticlesBeforeV18Test {
  private static final String T = "2026-11-20T08:00:00.000000000Z";
  private static final String AMP_PATH = "https://herald.example/amp/2026/11/20/harbour-bridge-reopens";
  private static final String AMP_PATH_SHOWN = "https://herald.example/2026/11/20/harbour-bridge-reopens";
  private static final String AMP_HOST = "https://amp.courier.example/news/harbour-bridge.amp.html";
  private static final String AMP_HOST_SHOWN = "https://courier.example/news/harbour-bridge.html";
  private static final String PLAIN = "https://campaign.example/champions/harbour-bridge";

  @TempDir Path dir;
  private Path file;
  private String jdbc;

  @BeforeEach
  void storeAtSchemaV18() throws Exception {
    file = dir.resolve("newsdesk.db");
    jdbc = "jdbc:sqlite:" + file.toAbsolutePath();
    Flyway.configure().dataSource(jdbc, null, null).locations("classpath:db/migration").target("18").load().migrate();
    String text = "The harbour bridge reopened on Friday after three months of repairs, the city said.";
    try (Connection c = DriverManager.getConnection(jdbc); Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO sources(id, url, added_at) VALUES (1, 'https://herald.example/feed', '" + T + "')");
      s.executeUpdate("INSERT INTO stories(id, created_at, first_published, last_published, updated_at, version)"
          + " VALUES ('s-bridge', '%1$s', '%1$s', '%1$s', '%1$s', 1)".formatted(T));
      try (PreparedStatement ps = c.prepareStatement("""
          INSERT INTO articles(id, public_id, source_id, url, canonical_url, outlet, title, published, fetched_at, language,
            text, text_source, content_hash, story_id, page_status, link_gone)
          VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, 'en', ?, 'page', ?, 's-bridge', 200, 0)""")) {
        Object[][] rows = {
            {1, "a-herald", AMP_PATH, "https://herald.example/2026/11/20/harbour-bridge-reopens", "Herald", "Harbour bridge reopens"},
            {2, "a-courier", AMP_HOST, "https://courier.example/news/harbour-bridge", "Courier", "Bridge open again"},
            {3, "a-campaign", PLAIN, PLAIN, "Campaign", "Champions of the bridge"}};
        for (Object[] r : rows) {
          for (int i = 0; i < r.length; i++) ps.setObject(i + 1, r[i]);
          ps.setString(7, T);
          ps.setString(8, T);
          ps.setString(9, text);
          ps.setString(10, "hash-" + r[1]);
          ps.executeUpdate();
        }
      }
      String body = new ObjectMapper().writeValueAsString(
          new Brief("Harbour bridge reopens", List.of(List.of(new SummarySentence(text, "a-herald", 0, text.length())))));
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO briefs(story_id, story_version, headline, body_json,"
          + " read_more_article, computed_at) VALUES ('s-bridge', 1, 'Harbour bridge reopens', ?, 1, ?)")) {
        ps.setString(1, body);
        ps.setString(2, T);
        ps.executeUpdate();
      }
    }
  }

  @Test
  void everyOutputShowsTheAddressWithoutAmpMarkers() throws Exception {
    String versionBefore = scalar("SELECT version FROM digest_version");
    try (SqliteNewsStore store = SqliteNewsStore.open(file);
        LuceneArticleIndex index = new LuceneArticleIndex(dir.resolve("index"));
        WebServer web = new WebServer(store, index, new WebOptions("http://127.0.0.1", null, null, null),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
      assertThat(store.articleByPublicId("a-herald").orElseThrow().readableUrl()).isEqualTo(AMP_PATH_SHOWN);
      assertThat(store.articleByPublicId("a-herald").orElseThrow().url()).as("the link the entry is known by stays").isEqualTo(AMP_PATH);
      assertThat(store.articleByPublicId("a-courier").orElseThrow().readableUrl()).isEqualTo(AMP_HOST_SHOWN);
      assertThat(store.articleByPublicId("a-campaign").orElseThrow().shownUrl()).as("no AMP marker, only the letters").isNull();
      assertThat(scalar("SELECT version FROM digest_version")).as("cached pages are not served again").isNotEqualTo(versionBefore);

      index.add(store.articlesAfter(0, 10));
      Http http = new Http(java.net.URI.create("http://127.0.0.1:" + web.start("127.0.0.1", 0)));
      JsonNode story = ApiTest.json(http.get("/api/v1/stories/s-bridge"));
      assertThat(story.get("read_more").get("url").asText()).isEqualTo(AMP_PATH_SHOWN);
      assertThat(story.get("outlets").findValuesAsText("url")).containsExactlyInAnyOrder(AMP_PATH_SHOWN, AMP_HOST_SHOWN, PLAIN);
      assertThat(ApiTest.json(http.get("/api/v1/articles/a-courier")).get("url").asText()).isEqualTo(AMP_HOST_SHOWN);
      assertThat(ApiTest.json(http.get("/api/v1/search?q=harbour")).get("items").findValuesAsText("url"))
          .containsExactlyInAnyOrder(AMP_PATH_SHOWN, AMP_HOST_SHOWN, PLAIN);
      String searchPage = http.get("/search?q=harbour").body();
      assertThat(searchPage).contains("href=\"" + AMP_HOST_SHOWN + "\"");

      String storyPage = http.get("/stories/s-bridge").body();
      String frontPage = http.get("/").body();
      String atom = http.get("/feeds/digest.atom").body();
      String jsonFeed = http.get("/feeds/digest.json").body();
      var digest = new DigestBuilder(store).digest(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z"), 10);
      String text = new TextDigestRenderer().render(digest);
      String markdown = new MarkdownDigestRenderer().render(digest);
      assertThat(storyPage).contains("href=\"" + AMP_PATH_SHOWN + "\"", "href=\"" + AMP_HOST_SHOWN + "\"");
      assertThat(frontPage).contains("href=\"" + AMP_PATH_SHOWN + "\"");
      assertThat(text).contains("Read more at Herald: " + AMP_PATH_SHOWN);
      assertThat(markdown).contains(AMP_PATH_SHOWN);
      assertThat(atom).contains(AMP_PATH_SHOWN);
      assertThat(jsonFeed).contains(AMP_PATH_SHOWN);
      for (String output : List.of(story.toString(), storyPage, frontPage, searchPage, text, markdown, atom, jsonFeed)) {
        assertThat(output).doesNotContain("/amp/", "amp.courier", ".amp.html");
      }
    }
  }

  @Test
  void aBackfillStoppedMidwayLeavesTheStoreAsItWasAndTheNextOpenFinishesIt() throws Exception {
    // The second article's write fails, as a process killed between the two writes stops: nothing of the first stays.
    execute("CREATE TRIGGER stop_midway BEFORE UPDATE OF shown_url ON articles WHEN new.id = 2"
        + " BEGIN SELECT RAISE(ABORT, 'stopped midway (simulated)'); END");
    assertThatThrownBy(() -> SqliteNewsStore.open(file).close()).hasStackTraceContaining("stopped midway");
    assertThat(scalar("SELECT count(*) FROM articles WHERE shown_url IS NOT NULL")).isEqualTo("0");
    assertThat(scalar("SELECT count(*) FROM flyway_schema_history WHERE version = '19' AND success = 1")).isEqualTo("0");
    assertThat(scalar("SELECT count(*) FROM sqlite_master WHERE name = 'stop_midway'")).isEqualTo("1");

    execute("DROP TRIGGER stop_midway");
    try (SqliteNewsStore store = SqliteNewsStore.open(file)) {
      assertThat(store.articleByPublicId("a-herald").orElseThrow().readableUrl()).isEqualTo(AMP_PATH_SHOWN);
      assertThat(store.articleByPublicId("a-courier").orElseThrow().readableUrl()).isEqualTo(AMP_HOST_SHOWN);
      assertThat(store.storyStamps(List.of("s-bridge")).get("s-bridge")).as("the story's front-page entry is rebuilt").isPositive();
    }
    assertThat(scalar("SELECT count(*) FROM flyway_schema_history WHERE version = '19' AND success = 1")).isEqualTo("1");
  }

  private void execute(String sql) throws Exception {
    try (Connection c = DriverManager.getConnection(jdbc); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private String scalar(String sql) throws Exception {
    try (Connection c = DriverManager.getConnection(jdbc); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
