package newsdesk.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private final SentenceSplitter splitter = new SentenceSplitter(SummarizerResources.english());

  private List<String> sentences(String text) {
    return splitter.split(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  @Test
  void splitsAtTerminatorsButNotAfterAbbreviationsOrInitials() {
    assertThat(sentences("Gov. John Kasich spoke on Monday. Mr. Smith said 3.5 million people came. It rained!"))
        .containsExactly("Gov. John Kasich spoke on Monday.", "Mr. Smith said 3.5 million people came.", "It rained!");
    assertThat(sentences("Blues legend B.B. King was hospitalized. He is better."))
        .containsExactly("Blues legend B.B. King was hospitalized.", "He is better.");
    assertThat(sentences("He moved to the U.S. The move was hard."))
        .containsExactly("He moved to the U.S.", "The move was hard.");
  }

  @Test
  void keepsClosingQuotesWithTheirSentence() {
    assertThat(sentences("He said: \"We won.\" Then he left. She joked: ' I need new ones. ' Bayern won."))
        .containsExactly("He said: \"We won.\"", "Then he left.", "She joked: ' I need new ones. '", "Bayern won.");
  }

  @Test
  void lineBreaksEndSentencesAndStartParagraphs() {
    String text = "First line without stop\n\n Second paragraph. Still second.\nThird";
    var spans = splitter.split(text);
    assertThat(sentences(text)).containsExactly("First line without stop", "Second paragraph.", "Still second.", "Third");
    assertThat(spans).extracting(SentenceSplitter.Span::paragraph).containsExactly(0, 1, 1, 2);
  }

  @Test
  void spansAreExactAndTrimmed() {
    String text = "  One sentence here.   Two here?\t\n";
    for (var s : splitter.split(text)) {
      String t = text.substring(s.start(), s.end());
      assertThat(t).isEqualTo(t.strip()).isNotEmpty();
    }
    assertThat(splitter.split("")).isEmpty();
    assertThat(splitter.split(" \n\n ")).isEmpty();
  }

  @Test
  void aSpeakerLabelAlwaysStartsASentence() {
    assertThat(sentences("The interview took place last year. ((WN)) Can you tell us about yourself? ((Jane Roe)) I grew up here"))
        .containsExactly("The interview took place last year.", "((WN)) Can you tell us about yourself?", "((Jane Roe)) I grew up here");
    assertThat(sentences("He said \"thank you!\" ((ru))Russian: Spasibo.")).containsExactly("He said \"thank you!\"", "((ru))Russian: Spasibo.");
    assertThat(sentences("A label glued to a word((WN)) stays.")).containsExactly("A label glued to a word((WN)) stays.");
  }
}
