package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import newsdesk.search.LuceneArticleIndex;
import newsdesk.store.SqliteNewsStore;
import newsdesk.store.StoredArticle;
import newsdesk.store.StoredBrief;
import newsdesk.store.StoryRecord;
import newsdesk.summarize.Brief;
import newsdesk.summarize.SummarySentence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A story's language (the stored BCP 47 tag of its articles) is marked wherever its text is shown:
 * {@code lang} on the story page's headline, brief and article titles (the page itself stays in the
 * UI language), {@code xml:lang} on Atom entries, {@code language} on JSON Feed items and in the API.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LanguageMarkupTest {
  private static final Instant T = Instant.parse("2020-03-02T10:00:00Z");
  @TempDir static Path dir;
  SqliteNewsStore store;
  LuceneArticleIndex index;
  WebServer web;
  Http http;
  long savedId;

  @BeforeAll
  void start() {
    store = SqliteNewsStore.open(dir.resolve("newsdesk.db"));
    index = new LuceneArticleIndex(dir.resolve("index"));
    story("s-de", "a-de", "de", "Der Bundestag beschließt den Haushalt", "Der Bundestag hat am Freitag den Haushalt beschlossen.", T);
    story("s-x", "a-x", null, "Budget passed", "The budget passed on Friday.", T.minusSeconds(3600));
    index.add(store.articlesAfter(0, 100));
    savedId = store.addSavedSearch(new newsdesk.store.SavedSearch(0, "Haushalt", "Haushalt OR budget", null, null, null, null, T)).id();
    web = new WebServer(store, index, new WebOptions(null, "correct horse battery staple", null, null),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    http = new Http(URI.create("http://127.0.0.1:" + web.start("127.0.0.1", 0)));
  }

  private void story(String id, String articleId, String language, String title, String text, Instant t) {
    store.insertStory(new StoryRecord(id, t, t, t, t, 1, null));
    String url = "https://example.org/" + articleId;
    StoredArticle a = store.insertArticle(new StoredArticle(0, articleId, null, articleId, url, url, "Outlet", title, List.of(),
        t, t, language, null, null, text, "page", "hash-" + articleId, null, id));
    store.saveBrief(new StoredBrief(id, 1, new Brief(title, List.of(List.of(new SummarySentence(text, articleId, 0, text.length())))), a.id()));
  }

  @AfterAll
  void stop() {
    web.close();
    index.close();
    store.close();
  }

  @Test
  void theStoryPageMarksTheBriefAndArticlesInTheirLanguageAndKeepsTheChromeInTheUiLanguage() {
    String page = http.get("/stories/s-de").body();
    assertThat(page).contains("<html lang=\"en\"").contains("<h1 lang=\"de\">Der Bundestag")
        .contains("<p lang=\"de\"><span class=\"sentence\">Der Bundestag hat")
        .contains("rel=\"noopener noreferrer\" lang=\"de\">Der Bundestag beschließt");
    assertThat(http.get("/stories/s-x").body()).contains("<h1>Budget passed</h1>").doesNotContain("lang=\"\"").doesNotContain("lang=\"null\"");
    assertThat(http.get("/").body()).contains("lang=\"de\">Der Bundestag beschließt den Haushalt</a>");
  }

  @Test
  void atomEntriesCarryXmlLang() {
    String atom = http.get("/feeds/digest.atom").body();
    assertThat(atom).contains("<entry xml:lang=\"de\"><id>urn:newsdesk:story:s-de</id>")
        .contains("<entry><id>urn:newsdesk:story:s-x</id>");
  }

  @Test
  void jsonFeedItemsAndApiStoriesCarryTheirLanguage() throws Exception {
    ObjectMapper json = new ObjectMapper();
    JsonNode items = json.readTree(http.get("/feeds/digest.json").body()).get("items");
    assertThat(items.get(0).get("id").asText()).isEqualTo("urn:newsdesk:story:s-de");
    assertThat(items.get(0).get("language").asText()).isEqualTo("de");
    assertThat(items.get(1).has("language")).isFalse();
    assertThat(json.readTree(http.get("/api/v1/stories/s-de").body()).get("language").asText()).isEqualTo("de");
    assertThat(json.readTree(http.get("/api/v1/stories/s-x").body()).get("language").isNull()).isTrue();
  }

  @Test
  void savedSearchFeedsCarryEachArticlesLanguage() throws Exception {
    String atom = http.get("/feeds/searches/" + savedId + ".atom").body();
    assertThat(atom).contains("<entry xml:lang=\"de\"><id>urn:newsdesk:article:a-de</id>")
        .contains("<entry><id>urn:newsdesk:article:a-x</id>");
    JsonNode items = new ObjectMapper().readTree(http.get("/feeds/searches/" + savedId + ".json").body()).get("items");
    assertThat(items).filteredOn(i -> i.get("id").asText().endsWith("a-de")).singleElement()
        .satisfies(i -> assertThat(i.get("language").asText()).isEqualTo("de"));
  }
}
