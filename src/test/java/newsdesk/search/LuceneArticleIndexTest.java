package newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import newsdesk.store.StoredArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneArticleIndexTest {
  @TempDir Path dir;

  static StoredArticle article(long id, String title, String text) {
    return new StoredArticle(id, "a-" + id, null, null, "https://example.org/" + id, "https://example.org/" + id, "Outlet",
        title, List.of(), Instant.EPOCH, Instant.EPOCH, "en", null, null, text, "page", "h" + id, null, null);
  }

  @Test
  void findsArticlesByStemmedWordsAndMarksTheMatches() {
    try (LuceneArticleIndex index = new LuceneArticleIndex(dir)) {
      index.add(List.of(article(1, "Volcano erupts", "The volcano erupted on Tuesday, covering villages in ash."),
          article(2, "Election results", "Voters elected a new parliament.")));
      List<SearchHit> hits = index.search("erupting volcanoes", 10);
      assertThat(hits).extracting(SearchHit::articleId).containsExactly("a-1");
      assertThat(hits.getFirst().snippet()).contains("\u00abvolcano\u00bb");
      assertThat(index.search("parliament", 10)).extracting(SearchHit::articleId).containsExactly("a-2");
      assertThat(index.search("nothing-like-this", 10)).isEmpty();
    }
  }

  @Test
  void remembersHowFarItIsCommittedAcrossReopening() {
    try (LuceneArticleIndex index = new LuceneArticleIndex(dir)) {
      assertThat(index.indexedThrough()).isZero();
      index.add(List.of(article(3, "a", "alpha"), article(7, "b", "beta")));
    }
    try (LuceneArticleIndex index = new LuceneArticleIndex(dir)) {
      assertThat(index.indexedThrough()).isEqualTo(7);
      assertThat(index.size()).isEqualTo(2);
      index.add(List.of(article(7, "b", "beta again")));
      assertThat(index.size()).isEqualTo(2);
      index.clear();
      assertThat(index.size()).isZero();
      assertThat(index.indexedThrough()).isZero();
    }
  }

  @Test
  void aQueryWithBrokenSyntaxIsSearchedLiterally() {
    try (LuceneArticleIndex index = new LuceneArticleIndex(dir)) {
      index.add(List.of(article(1, "Fire", "A fire (large) broke out.")));
      assertThat(index.search("fire (large", 10)).extracting(SearchHit::articleId).containsExactly("a-1");
    }
  }

  @Test
  void snippetsAreOneTrimmedLineAndThePlainSnippetHasNoMarkers() {
    try (LuceneArticleIndex index = new LuceneArticleIndex(dir)) {
      index.add(List.of(article(1, "Volcano", "The volcano erupted on Tuesday.\n\nAsh   fell on the villages.\n\n")));
      SearchHit hit = index.search("volcano", 10).getFirst();
      assertThat(hit.snippet()).doesNotContain("\n").doesNotEndWith(" ").doesNotContain("  ")
          .contains(SearchHit.MATCH_START + "volcano" + SearchHit.MATCH_END);
      assertThat(hit.plainSnippet()).doesNotContain(SearchHit.MATCH_START).doesNotContain(SearchHit.MATCH_END)
          .startsWith("The volcano erupted on Tuesday.");
      assertThat(hit.matches()).containsExactly("volcano");
    }
  }

  @Test
  void aMatchDeepInALongArticleIsTheSnippet() {
    String filler = "The council met again to discuss the budget for the coming year. ".repeat(400); // ~26,000 chars
    try (LuceneArticleIndex index = new LuceneArticleIndex(dir)) {
      index.add(List.of(article(1, "Council budget", filler + "\n\nScientists also warned about earthquakes near the coast.")));
      SearchHit hit = index.search("earthquakes", 10).getFirst();
      assertThat(hit.snippet()).contains(SearchHit.MATCH_START + "earthquakes" + SearchHit.MATCH_END);
      assertThat(hit.matches()).containsExactly("earthquakes");
    }
  }

  @Test
  void guillemetsInTheTextAreNeitherMatchesNorLost() {
    try (LuceneArticleIndex index = new LuceneArticleIndex(dir)) {
      String text = "Le ministre a parlé : « la réforme passera », a-t-il dit, puis «\u00a0jamais\u00a0» au sujet du budget.";
      index.add(List.of(article(1, "Réforme", text)));
      SearchHit hit = index.search("budget", 10).getFirst();
      assertThat(hit.matches()).containsExactly("budget");
      assertThat(hit.plainSnippet()).isEqualTo(text);
      assertThat(hit.parts()).filteredOn(SearchHit.Part::match).extracting(SearchHit.Part::text).containsExactly("budget");
      assertThat(index.search("réforme", 10).getFirst().matches()).containsExactly("réforme");
    }
  }

  @Test
  void snippetPartsAreTidiedAcrossTheirBoundaries() {
    var parts = SearchHit.tidy(List.of(new SearchHit.Part("\n  The ", false), new SearchHit.Part("volcano", true),
        new SearchHit.Part("", false), new SearchHit.Part(" \n\n erupted ", false), new SearchHit.Part(" \n", false)));
    assertThat(parts).containsExactly(new SearchHit.Part("The ", false), new SearchHit.Part("volcano", true),
        new SearchHit.Part(" erupted", false));
  }
}
