package newsdesk.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceFactCheckerTest {
  private final SourceFactChecker checker = new SourceFactChecker(SummarizerResources.english().stopwords());
  private final List<SourceArticle> sources = List.of(new SourceArticle("1", "Kasich delays execution",
      "Gov. John Kasich on Wednesday postponed Ronald Phillips' execution. The 40-year-old man was sentenced in 1993."
          + " About 1,200 people signed a petition.", null, null));

  @Test
  void acceptsARewordingOfTheSources() {
    assertThat(checker.unsupported("Kasich postponed the execution of Ronald Phillips, 40.\n"
        + "Phillips was sentenced in 1993, and 1200 people signed a petition on Wednesday.", sources)).isEmpty();
  }

  @Test
  void flagsNewNumbersAndNames() {
    assertThat(checker.unsupported("Kasich postponed the execution until July 2.", sources)).contains("July", "2");
    assertThat(checker.unsupported("Phillips, 41, was sentenced in 1993.", sources)).containsExactly("41");
    assertThat(checker.unsupported("The governor of Ohio spoke to Ronald Reagan.", sources)).contains("Ohio", "Reagan");
    assertThat(checker.unsupported("Officials said John Phillips spoke.", sources)).containsExactly("John Phillips");
  }
}
