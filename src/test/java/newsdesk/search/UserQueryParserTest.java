package newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserQueryParserTest {
  @TempDir Path dir;

  private LuceneArticleIndex indexWithThree() {
    LuceneArticleIndex index = new LuceneArticleIndex(dir);
    index.add(List.of(LuceneArticleIndexTest.article(1, "Volcano erupts", "The volcano erupted on Tuesday."),
        LuceneArticleIndexTest.article(2, "Volcano sleeps", "The volcano has been quiet for a century."),
        LuceneArticleIndexTest.article(3, "Election results", "Voters elected a new parliament.")));
    return index;
  }

  @Test
  void anOperatorWithoutItsWordsIsRefusedWithAShortMessage() {
    try (LuceneArticleIndex index = indexWithThree()) {
      for (String q : List.of("AND", "OR OR", "volcano AND", "OR volcano", "volcano AND OR election", "(AND volcano)")) {
        assertThatThrownBy(() -> index.search(q, 10)).as(q).isInstanceOf(InvalidQueryException.class)
            .hasMessageContaining("\"" + q + "\"").hasMessageContaining("needs a word on each side")
            .hasMessageNotContaining("Encountered").hasMessageNotContaining("Was expecting");
      }
      assertThatThrownBy(() -> index.search("volcano NOT", 10)).isInstanceOf(InvalidQueryException.class)
          .hasMessageContaining("NOT needs a word after it");
      assertThatThrownBy(() -> index.checkQuery("AND")).isInstanceOf(InvalidQueryException.class)
          .hasMessage("cannot understand the query \"AND\": AND needs a word on each side");
    }
  }

  @Test
  void aQueryIsReadInNormalFormNfkcSoDecomposedAndFullWidthTextMeansTheSame() {
    var parser = new UserQueryParser(IndexAnalysis.current(), java.util.Map.of("text", 1f));
    var composed = parser.parse("\"K\u012Blauea volcano\"").query();
    assertThat(parser.parse("\"Ki\u0304lauea volcano\"").query()).isEqualTo(composed); // NFD
    assertThat(parser.parse("\uFF02K\u012Blauea volcano\uFF02").query()).isEqualTo(composed); // full-width quotes
    assertThat(parser.parse("Matovic").query()).isNotEqualTo(parser.parse("Matovi\u010D").query());
  }

  @Test
  void wellFormedOperatorsStillWork() {
    try (LuceneArticleIndex index = indexWithThree()) {
      assertThat(index.search("volcano AND erupted", 10)).extracting(SearchHit::articleId).containsExactly("a-1");
      assertThat(index.search("erupted OR parliament", 10)).extracting(SearchHit::articleId).containsExactlyInAnyOrder("a-1", "a-3");
      assertThat(index.search("volcano AND NOT erupted", 10)).extracting(SearchHit::articleId).containsExactly("a-2");
      assertThat(index.search("\"volcano erupted\"", 10)).extracting(SearchHit::articleId).containsExactly("a-1");
      index.checkQuery("volcano -erupted");
    }
  }

  @Test
  void anEmptyQueryIsRefused() {
    try (LuceneArticleIndex index = indexWithThree()) {
      for (String q : new String[] {"", "   ", null}) {
        assertThatThrownBy(() -> index.search(q, 10)).isInstanceOf(InvalidQueryException.class)
            .hasMessage("a query needs at least one word to find");
      }
    }
  }

  @Test
  void onlyCommonWordsAreRefusedRatherThanFindingNothingSilently() {
    try (LuceneArticleIndex index = indexWithThree()) {
      assertThatThrownBy(() -> index.search("the", 10)).isInstanceOf(InvalidQueryException.class).hasMessageContaining("too common");
    }
  }

  @Test
  void aQueryOfOnlyExclusionsFindsEveryOtherArticle() {
    try (LuceneArticleIndex index = indexWithThree()) {
      assertThat(index.search("-volcano", 10)).extracting(SearchHit::articleId).containsExactly("a-3");
      assertThat(index.search("NOT election", 10)).extracting(SearchHit::articleId).containsExactlyInAnyOrder("a-1", "a-2");
      assertThat(index.search("-volcano -election", 10)).isEmpty();
      assertThat(index.search("volcano -erupted", 10)).extracting(SearchHit::articleId).containsExactly("a-2");
      assertThat(index.search("erupted OR (-volcano)", 10)).extracting(SearchHit::articleId).containsExactlyInAnyOrder("a-1", "a-3");
      assertThat(index.search("-volcano", 10).getFirst().snippet()).isEqualTo("Voters elected a new parliament.");
    }
  }

  @Test
  void tokensKeepPhrasesTogetherAndSplitBrackets() {
    assertThat(UserQueryParser.tokens("(a OR \"b c\") AND -d")).containsExactly("(", "a", "OR", "\"b c\"", ")", "AND", "-d");
  }

  @Test
  void punctuationAloneIsSaidToHaveNoWord() {
    try (LuceneArticleIndex index = indexWithThree()) {
      for (String q : List.of("***", "(", "\\")) {
        assertThatThrownBy(() -> index.search(q, 10)).as(q).isInstanceOf(InvalidQueryException.class)
            .hasMessageContaining("no word to search for");
      }
      assertThatThrownBy(() -> index.search("the", 10)).hasMessageContaining("too common to be indexed");
    }
  }
}
