package newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import newsdesk.store.StoredArticle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search filters: outlet, time range, article ids, newest-first order and offsets. */
class LuceneArticleIndexFilterTest {
  @TempDir Path dir;
  LuceneArticleIndex index;
  static final Instant T = Instant.parse("2020-03-02T00:00:00Z");

  @BeforeEach
  void open() {
    index = new LuceneArticleIndex(dir.resolve("index"));
    index.add(List.of(article(1, "Wikinews", T, "The volcano erupted at dawn."),
        article(2, "Daily Planet", T.plusSeconds(86_400), "Volcano ash closed the airport."),
        article(3, "Daily Planet", T.plusSeconds(2 * 86_400), "Parliament passed the budget."),
        article(4, "Le Monde", T.minusSeconds(86_400), "A volcano is rumbling again.")));
  }

  @AfterEach
  void close() {
    index.close();
  }

  static StoredArticle article(long id, String outlet, Instant t, String text) {
    return new StoredArticle(id, "a-" + id, null, null, "https://x.example/" + id, "https://x.example/" + id, outlet, "Title " + id,
        List.of(), t, t, "en", null, null, text, "page", "h" + id, null, "s-" + id);
  }

  static List<String> ids(List<SearchHit> hits) {
    return hits.stream().map(SearchHit::articleId).toList();
  }

  @Test
  void filtersByOutletTimeAndIds() {
    assertThat(ids(index.search("volcano", new SearchFilter("Daily Planet", null, null, null, false), 0, 10))).containsExactly("a-2");
    assertThat(ids(index.search("volcano", new SearchFilter(null, T, T.plusSeconds(86_400), null, false), 0, 10))).containsExactly("a-1");
    assertThat(ids(index.search("volcano", new SearchFilter(null, null, null, Set.of("a-1", "a-3", "a-4"), false), 0, 10)))
        .containsExactlyInAnyOrder("a-1", "a-4");
    assertThat(index.search("volcano", new SearchFilter(null, null, null, Set.of(), false), 0, 10)).isEmpty();
  }

  @Test
  void anOutletIsFoundInAnyCaseWithOrWithoutAccentsButNotByPart() {
    index.add(List.of(article(5, "Süddeutsche Zeitung", T, "Volcano report.")));
    for (String outlet : List.of("daily planet", "DAILY PLANET", "Daily  Planet ")) {
      assertThat(ids(index.search("volcano", new SearchFilter(outlet, null, null, null, false), 0, 10))).as(outlet).containsExactly("a-2");
    }
    assertThat(ids(index.search("volcano", new SearchFilter("wikinews", null, null, null, false), 0, 10))).containsExactly("a-1");
    assertThat(ids(index.search("", new SearchFilter("suddeutsche zeitung", null, null, null, false), 0, 10))).containsExactly("a-5");
    assertThat(ids(index.search("", new SearchFilter("Süddeutsche Zeitung", null, null, null, false), 0, 10))).containsExactly("a-5");
    assertThat(index.search("volcano", new SearchFilter("daily", null, null, null, false), 0, 10)).isEmpty();
    assertThat(index.search("volcano", new SearchFilter("Nowhere", null, null, null, false), 0, 10)).isEmpty();
  }

  @Test
  void newestFirstOrdersByTimeAndOffsetsPage() {
    SearchFilter newest = new SearchFilter(null, null, null, null, true);
    assertThat(ids(index.search("volcano", newest, 0, 10))).containsExactly("a-2", "a-1", "a-4");
    assertThat(ids(index.search("volcano", newest, 1, 1))).containsExactly("a-1");
    assertThat(index.search("volcano", newest, 5, 10)).isEmpty();
  }

  @Test
  void aFilterWithoutWordsListsNewestFirstAndNoFilterNoWordsFindsNothing() {
    List<SearchHit> planet = index.search("", new SearchFilter("Daily Planet", null, null, null, false), 0, 10);
    assertThat(ids(planet)).containsExactly("a-3", "a-2");
    assertThat(planet.getFirst().snippet()).isEqualTo("Parliament passed the budget.");
    assertThat(index.search(" ", SearchFilter.NONE, 0, 10)).isEmpty();
  }

  @Test
  void matchesAreMarkedAndTheAnswerIsDeterministic() {
    List<SearchHit> first = index.search("volcano", SearchFilter.NONE, 0, 10);
    assertThat(first.getFirst().snippet()).contains(LuceneArticleIndex.MATCH_START + "volcano" + LuceneArticleIndex.MATCH_END);
    assertThat(index.search("volcano", SearchFilter.NONE, 0, 10)).isEqualTo(first);
  }

  @Test
  void misuseIsRejected() {
    assertThatThrownBy(() -> index.search("x", SearchFilter.NONE, -1, 10)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> index.search("x", SearchFilter.NONE, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SearchFilter(null, T, T.minusSeconds(1), null, false)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anIndexBuiltWithoutOffsetsKeepsWorkingAndARebuildAddsThem() throws Exception {
    index.close();
    Path old = dir.resolve("old");
    try (var directory = org.apache.lucene.store.FSDirectory.open(old);
        var w = new org.apache.lucene.index.IndexWriter(directory,
            new org.apache.lucene.index.IndexWriterConfig(new org.apache.lucene.analysis.en.EnglishAnalyzer()))) {
      var d = new org.apache.lucene.document.Document();
      d.add(new org.apache.lucene.document.StringField("id", "a-9", org.apache.lucene.document.Field.Store.YES));
      d.add(new org.apache.lucene.document.TextField("text", "A volcano again.", org.apache.lucene.document.Field.Store.YES));
      w.addDocument(d);
    }
    index = new LuceneArticleIndex(old);
    // Such an index predates the recorded analysis version too: searched as built, until rebuilt.
    assertThat(index.outdated()).isTrue();
    assertThat(ids(index.search("volcano", SearchFilter.NONE, 0, 10))).containsExactly("a-9");
    index.clear();
    index.add(List.of(article(11, "Wikinews", T, "A volcano once more.")));
    assertThat(ids(index.search("volcano", SearchFilter.NONE, 0, 10))).containsExactly("a-11");
  }
}
