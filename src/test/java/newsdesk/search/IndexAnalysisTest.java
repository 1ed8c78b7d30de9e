package newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class IndexAnalysisTest {
  /** One analysed token: its term, position and offsets into the original text. */
  record Token(String term, int position, int start, int end) {}

  static List<Token> tokens(Analyzer analyzer, String text) throws IOException {
    List<Token> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      var term = ts.addAttribute(CharTermAttribute.class);
      var offset = ts.addAttribute(OffsetAttribute.class);
      var increment = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int position = -1;
      while (ts.incrementToken()) {
        position += increment.getPositionIncrement();
        out.add(new Token(term.toString(), position, offset.startOffset(), offset.endOffset()));
      }
      ts.end();
    }
    return out;
  }

  private static List<String> terms(String text) throws IOException {
    try (Analyzer a = IndexAnalysis.current()) {
      return tokens(a, text).stream().map(Token::term).toList();
    }
  }

  @Test
  void anAccentedWordIsIndexedAsItIsAndFolded() throws IOException {
    try (Analyzer a = IndexAnalysis.current()) {
      assertThat(tokens(a, "Igor Matovič")).containsExactly(new Token("igor", 0, 0, 4),
          new Token("matov", 1, 5, 12), new Token("matovič", 1, 5, 12));
    }
    // The folded form is stemmed as any English word ("-ic" goes); the accented one keeps its ending.
    assertThat(terms("Matovic")).containsExactly("matov");
    assertThat(terms("São Paulo")).containsExactly("sao", "são", "paulo");
  }

  @Test
  void normalisationFormsAndWidthsGiveTheSameTerms() throws IOException {
    List<String> composed = terms("K\u012Blauea");
    assertThat(composed).containsExactly("kilauea", "kīlauea");
    assertThat(terms("Ki\u0304lauea")).isEqualTo(composed);
    assertThat(terms("KI\u0304LAUEA")).isEqualTo(composed);
    assertThat(terms("\uFF2B\uFF49\uFF4C\uFF41\uFF55\uFF45\uFF41")).containsExactly("kilauea"); // full-width
    assertThat(terms("\uFB01re")).isEqualTo(terms("fire")); // ligature
  }

  @Test
  void everyApostropheStyleIsTheSameAndElidedArticlesAreDropped() throws IOException {
    List<String> straight = terms("Pech-de-l'Azé");
    assertThat(straight).containsExactly("pech", "de", "az", "azé");
    assertThat(terms("Pech-de-l\u2019Azé")).isEqualTo(straight);
    assertThat(terms("Pech-de-l\u02BCAzé")).isEqualTo(straight);
    assertThat(terms("l\u2019Azé")).isEqualTo(terms("Azé"));
    assertThat(terms("O\u2019Brien")).isEqualTo(terms("O'Brien")).containsExactly("o'brien");
    assertThat(terms("the minister\u2019s plan")).isEqualTo(terms("the minister's plan")).containsExactly("minist", "plan");
    assertThat(terms("all\u2019s well")).containsExactly("all", "well"); // a possessive, not Italian "all'"
    assertThat(terms("dell\u2019Aquila")).containsExactly("aquila");
  }

  @Test
  void englishStemmingAndStopWordsStayAsBefore() throws IOException {
    assertThat(terms("The volcanoes erupted and the villages")).containsExactly("volcano", "erupt", "villag");
  }

  @Test
  void commitDataRecordsTheAnalysisVersionAndAnUnrecordedOneIsTheFirst() {
    assertThat(CommitData.read(null)).isEqualTo(new CommitData(0, IndexAnalysis.UNRECORDED));
    assertThat(CommitData.read(Map.of("newsdesk.last_article_id", "4").entrySet())).isEqualTo(new CommitData(4, IndexAnalysis.UNRECORDED));
    assertThat(CommitData.read(CommitData.current(9).entries())).isEqualTo(new CommitData(9, IndexAnalysis.CURRENT));
    assertThat(CommitData.read(Map.of("newsdesk.analysis_version", "x").entrySet()).analysisVersion()).isEqualTo(IndexAnalysis.UNRECORDED);
    assertThat(IndexAnalysis.CURRENT).isGreaterThan(IndexAnalysis.UNRECORDED);
  }

  @Test
  void analysisIsDeterministicAndEmptyTextHasNoTerms() throws IOException {
    assertThat(terms("")).isEmpty();
    assertThat(terms("  … — ")).isEmpty();
    assertThat(terms("Kīlauea erupts")).isEqualTo(terms("Kīlauea erupts"));
  }
}
