package newsdesk.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlineWriterTest {
  private final HeadlineWriter writer = HeadlineWriter.english();

  private static SourceArticle article(String id, String title, String text, String outlet) {
    return new SourceArticle(id, title, text, outlet, null);
  }

  @Test
  void removesSiteSuffixesAndLabels() {
    assertThat(writer.clean("Storm hits the coast - Example News", "Example News")).isEqualTo("Storm hits the coast");
    assertThat(writer.clean("Storm hits the coast | The Daily Planet", null)).isEqualTo("Storm hits the coast");
    assertThat(writer.clean("Storm hits the coast | example.com", null)).isEqualTo("Storm hits the coast");
    assertThat(writer.clean("BREAKING: Storm hits the coast", null)).isEqualTo("Storm hits the coast");
    assertThat(writer.clean("Storm hits the coast - and leaves thousands without power", null))
        .isEqualTo("Storm hits the coast - and leaves thousands without power");
  }

  @Test
  void neverChoosesClickbait() {
    var articles = List.of(
        article("1", "You won't believe what this storm did", "A storm hit the coast on Monday.", null),
        article("2", "Storm leaves thousands without power on the coast", "A storm hit the coast on Monday.", null),
        article("3", "Is this the worst storm ever?", "A storm hit the coast on Monday.", null));
    assertThat(writer.write(articles, "")).isEqualTo("Storm leaves thousands without power on the coast");
  }

  @Test
  void prefersTheTitleTheOtherArticlesSupport() {
    var articles = List.of(
        article("1", "A day to remember", "Lawmakers passed the budget bill on Friday.", null),
        article("2", "Lawmakers pass budget bill after long night", "The budget bill passed on Friday.", null),
        article("3", "Budget passes", "Lawmakers approved the budget bill after a long night.", null));
    assertThat(writer.write(articles, "")).isEqualTo("Lawmakers pass budget bill after long night");
  }

  @Test
  void aTitleOverTwentyWordsIsCutAtAClauseBoundary() {
    String longTitle = "Officials confirm the bridge will reopen next week, after months of repairs that cost"
        + " the city more than it had planned";
    String h = writer.write(List.of(article("1", longTitle, "The bridge will reopen.", null)), "");
    assertThat(h).isEqualTo("Officials confirm the bridge will reopen next week");
    assertThat(h.split(" ")).hasSizeLessThanOrEqualTo(HeadlineWriter.MAX_TITLE_WORDS);
  }

  @Test
  void aLongTitleUpToTwentyWordsKeepsItsEnd() {
    String title = "President Trump says he 'can' and 'may' put US into state of emergency to build border wall";
    assertThat(writer.write(List.of(article("1", title, "The president spoke on Friday.", null)), "")).isEqualTo(title);
  }

  @Test
  void aHeadlineBuiltFromASentenceStaysWithinFourteenWords() {
    String lead = "Officials confirmed on Monday that the bridge over the river will reopen to traffic next week after"
        + " months of repairs.";
    String h = writer.write(List.of(article("1", "", lead, null)), lead);
    assertThat(h.split(" ")).hasSizeLessThanOrEqualTo(HeadlineWriter.MAX_WORDS);
    assertThat(lead).startsWith(h);
  }

  @Test
  void withoutTitlesBuildsOnTheLeadSentence() {
    String h = writer.write(List.of(article("1", "", "x", null)),
        "A fire destroyed a warehouse in Springfield on Tuesday night, officials said.");
    assertThat(h).isEqualTo("A fire destroyed a warehouse in Springfield on Tuesday night");
    String longLead = "Paramount moves swiftly in reviewing its promotional materials for \"Jack Reacher,\" which opens"
        + " in theaters Friday after the shooting.";
    assertThat(writer.write(List.of(), longLead))
        .isEqualTo("Paramount moves swiftly in reviewing its promotional materials for \"Jack Reacher\"");
    assertThat(writer.write(List.of(), "")).isEmpty();
  }
}
