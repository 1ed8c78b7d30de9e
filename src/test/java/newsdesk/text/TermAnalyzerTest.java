package newsdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermAnalyzerTest {
  @Test
  void analysesEachLanguageWithItsOwnStemmerAndStopWords() {
    try (TermAnalyzer analyzer = new TermAnalyzer("eng")) {
      assertThat(analyzer.terms("The earthquakes shaking the cities", "eng"))
          .containsExactly("earthquak", "shake", "citi");
      assertThat(analyzer.terms("Die Erdbeben erschütterten die Städte", "deu")).doesNotContain("die").hasSize(3);
    }
  }

  @Test
  void undeterminedTextUsesTheDefaultLanguageAndUnknownLanguagesTheStandardAnalyzer() {
    try (TermAnalyzer analyzer = new TermAnalyzer("eng")) {
      assertThat(analyzer.terms("earthquakes shaking", "und")).containsExactly("earthquak", "shake");
      assertThat(analyzer.terms("Earthquakes Shaking", "xxx")).containsExactly("earthquakes", "shaking");
      assertThat(analyzer.terms("", "eng")).isEmpty();
    }
  }
}
