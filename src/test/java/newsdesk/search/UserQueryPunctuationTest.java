package newsdesk.search;

import static newsdesk.search.LuceneArticleIndexTest.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Punctuation and symbols in a reader's query are text between words, never Lucene syntax. */
class UserQueryPunctuationTest {
  @TempDir Path dir;

  private LuceneArticleIndex index() {
    LuceneArticleIndex index = new LuceneArticleIndex(dir);
    index.add(List.of(article(1, "Trump faces impeachment", "The House voted to impeach Trump on Tuesday."),
        article(2, "Trump speaks", "Trump spoke in Zürich about trade."),
        article(3, "Volcano erupts", "The volcano erupted on Tuesday."),
        article(4, "Pandemic", "COVID-19 cases rose again in the city."),
        article(5, "Vaccines", "A new COVID19 vaccine was approved."),
        article(6, "Jets", "The air force bought more F16 planes.")));
    return index;
  }

  private static List<String> ids(LuceneArticleIndex index, String q) {
    return index.search(q, 10).stream().map(SearchHit::articleId).toList();
  }

  @Test
  void queryPunctuationSeparatesWordsInsteadOfBeingSyntax() {
    try (LuceneArticleIndex index = index()) {
      assertThat(ids(index, "Trump")).containsExactlyInAnyOrder("a-1", "a-2");
      for (String q : List.of("Trump?", "Trump!", "Trump*", "Trump~", "Trump^", "/Trump/", "\\Trump", "{Trump}", "[Trump]")) {
        assertThat(ids(index, q)).as(q).containsExactlyInAnyOrder("a-1", "a-2");
      }
      assertThat(ids(index, "Trump: impeachment")).as("a colon is not a field").containsExactly("a-1");
      assertThat(ids(index, "Who is Trump?")).as("who is not in any text").isEmpty();
      assertThat(ids(index, "is Trump?")).containsExactlyInAnyOrder("a-1", "a-2");
      assertThat(ids(index, "title:volcano")).as("title volcano, both required").isEmpty();
      assertThat(ids(index, "volcano:erupted")).containsExactly("a-3");
    }
  }

  @Test
  void aRangeOrWildcardMatchesOnlyItsWords() {
    try (LuceneArticleIndex index = index()) {
      assertThat(ids(index, "[a TO z]")).isEmpty();
      assertThat(ids(index, "[Trump TO volcano]")).isEmpty();
      assertThat(ids(index, "vol*")).isEmpty();
      assertThatThrownBy(() -> index.search("* ? : ^", 10)).isInstanceOf(InvalidQueryException.class)
          .hasMessageContaining("no word to search for");
    }
  }

  @Test
  void symbolsAndEmojiAreIgnoredRatherThanRequired() {
    try (LuceneArticleIndex index = index()) {
      assertThat(ids(index, "volcano \u00A9")).containsExactly("a-3");
      assertThat(ids(index, "Z\u00FCrich\u2122")).containsExactly("a-2");
      assertThat(ids(index, "volcano \uD83C\uDF0B")).containsExactly("a-3");
      assertThat(ids(index, "\"volcano erupted\" \u00AE")).containsExactly("a-3");
      assertThatThrownBy(() -> index.search("\uD83C\uDF0B", 10)).isInstanceOf(InvalidQueryException.class)
          .hasMessageContaining("no word to search for");
    }
  }

  @Test
  void lettersAndDigitsMatchJoinedSplitOrHyphenated() {
    try (LuceneArticleIndex index = index()) {
      assertThat(ids(index, "COVID19")).containsExactlyInAnyOrder("a-4", "a-5");
      assertThat(ids(index, "COVID-19")).containsExactlyInAnyOrder("a-4", "a-5");
      assertThat(ids(index, "covid 19")).containsExactly("a-4");
      assertThat(ids(index, "F-16")).containsExactly("a-6");
      assertThat(ids(index, "\"COVID19 vaccine\"")).containsExactly("a-5");
    }
  }

  @Test
  void documentedSyntaxStillWorksBesidePunctuation() {
    try (LuceneArticleIndex index = index()) {
      assertThat(ids(index, "Trump? -impeachment")).containsExactly("a-2");
      assertThat(ids(index, "(volcano OR impeachment) Tuesday?")).containsExactlyInAnyOrder("a-1", "a-3");
      assertThat(ids(index, "\u201Cvolcano erupted\u201D")).as("curly quotes make a phrase").containsExactly("a-3");
      assertThat(ids(index, "\"Trump voted")).as("an unclosed quote is punctuation, not a phrase").containsExactly("a-1");
      assertThat(ids(index, "Trump)")).containsExactlyInAnyOrder("a-1", "a-2");
      assertThat(ids(index, "(Trump speaks")).containsExactly("a-2");
      assertThat(ids(index, "volcano OR Trump impeachment")).as("OR binds tighter than AND").containsExactly("a-1");
    }
  }
}
