package newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import newsdesk.store.StoredArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ArticleIndex#searchAfter}: keyset pages whose order no document number decides. */
class LuceneArticleIndexKeysetTest {
  @TempDir Path dir;

  static StoredArticle article(long id, Instant time, String text) {
    return new StoredArticle(id, String.format("a-%03d", id), null, null, "https://example.org/" + id, "https://example.org/" + id,
        "Outlet", "Report", List.of(), time, time, "en", null, null, text, "page", "h" + id, null, null);
  }

  /** Every page of {@code query}, {@code limit} at a time, running {@code between} before each page after the first. */
  static List<String> walk(LuceneArticleIndex index, String query, SearchFilter filter, int limit, Runnable between) {
    List<String> seen = new ArrayList<>();
    SearchCursor cursor = null;
    do {
      if (cursor != null) between.run();
      SearchPage page = index.searchAfter(query, filter, cursor, limit);
      assertThat(page.hits()).hasSizeBetween(1, limit);
      page.hits().forEach(h -> seen.add(h.articleId()));
      cursor = page.next() == null ? null : SearchCursor.parseToken(page.next().token());
    } while (cursor != null);
    return seen;
  }

  @Test
  void relevancePagesOfEqualScoresFollowTheIdAcrossCommitsAndMerges() {
    try (LuceneArticleIndex index = new LuceneArticleIndex(dir)) {
      // One commit (one segment) per article: Lucene merges them as they pile up, renumbering documents.
      for (int i = 1; i <= 30; i++) index.add(List.of(article(i, Instant.EPOCH, "harbour strike")));
      long[] next = {100};
      List<String> seen = walk(index, "harbour", SearchFilter.NONE, 4, () -> {
        for (int k = 0; k < 5; k++) index.add(List.of(article(next[0]++, Instant.EPOCH, "unrelated weather news")));
      });
      List<String> expected = new ArrayList<>();
      for (int i = 1; i <= 30; i++) expected.add(String.format("a-%03d", i));
      assertThat(seen).isEqualTo(expected);
    }
  }

  @Test
  void newestFirstPagesWalkEqualTimesByIdAndSkipWhatArrivesAboveTheCursor() {
    try (LuceneArticleIndex index = new LuceneArticleIndex(dir)) {
      Instant t = Instant.parse("2024-05-01T10:00:00Z");
      for (int i = 1; i <= 9; i++) index.add(List.of(article(i, t.minusSeconds(i / 3 * 60), "harbour strike " + i)));
      long[] next = {50};
      SearchFilter newest = new SearchFilter(null, null, null, null, true);
      List<String> seen = walk(index, "harbour", newest, 2, () -> index.add(List.of(article(next[0]++, t.plusSeconds(60), "harbour news"))));
      assertThat(seen).containsExactly("a-001", "a-002", "a-003", "a-004", "a-005", "a-006", "a-007", "a-008", "a-009");
    }
  }

  @Test
  void aRelevancePageWhoseLastHitStopsMatchingContinuesAfterAsManyAsWereServed() {
    try (LuceneArticleIndex index = new LuceneArticleIndex(dir)) {
      for (int i = 1; i <= 6; i++) index.add(List.of(article(i, Instant.EPOCH, "harbour strike")));
      SearchPage first = index.searchAfter("harbour", SearchFilter.NONE, null, 2);
      assertThat(first.hits()).extracting(SearchHit::articleId).containsExactly("a-001", "a-002");
      index.add(List.of(article(2, Instant.EPOCH, "weather report"))); // the last hit no longer matches
      SearchPage second = index.searchAfter("harbour", SearchFilter.NONE, first.next(), 2);
      assertThat(second.hits()).extracting(SearchHit::articleId).containsExactly("a-004", "a-005");
    }
  }

  @Test
  void aCursorOfTheOtherOrderIsRefused() {
    try (LuceneArticleIndex index = new LuceneArticleIndex(dir)) {
      index.add(List.of(article(1, Instant.EPOCH, "harbour strike"), article(2, Instant.EPOCH, "harbour strike")));
      SearchCursor byScore = index.searchAfter("harbour", SearchFilter.NONE, null, 1).next();
      assertThat(byScore.order()).isEqualTo(SearchCursor.Order.SCORE);
      SearchFilter newest = new SearchFilter(null, null, null, null, true);
      assertThatThrownBy(() -> index.searchAfter("harbour", newest, byScore, 1)).isInstanceOf(SearchCursor.WrongOrderException.class);
      assertThat(index.searchAfter("harbour", SearchFilter.NONE, byScore, 1).hits()).extracting(SearchHit::articleId).containsExactly("a-002");
    }
  }

  @Test
  void aCursorReadsBackFromItsPositionAndToken() {
    for (SearchCursor c : List.of(SearchCursor.afterTime(1714557600000L, 4, "a-1:odd"), SearchCursor.afterTime(SearchCursor.UNDATED, 0, "x"),
        SearchCursor.afterScore(3.25f, 20, "a-9"), SearchCursor.afterScore(-0.5f, 7, "a-9"))) {
      assertThat(SearchCursor.parsePosition(c.position())).isEqualTo(c);
      assertThat(SearchCursor.parseToken(c.token())).isEqualTo(c);
    }
    assertThat(SearchCursor.afterScore(3.25f, 1, "a").score()).isEqualTo(3.25f);
    assertThat(SearchCursor.afterTime(5, 2, "a-1").position()).isEqualTo("t:5:2:a-1");
    for (String bad : List.of("20", "t:abc:0:a-1", "t:5:0:", "q:5:0:a-1", "s:zz:0:a-1", "t:5:a-1", "t:5:-1:a-1", "t:5:x:a-1")) {
      assertThatThrownBy(() -> SearchCursor.parsePosition(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
