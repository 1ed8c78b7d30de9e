package newsdesk.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where quotations that run over several sentences open, go on and close. */
class QuotationsTest {
  private static Quotations.State state(boolean continues, boolean leavesOpen, boolean closes) {
    return new Quotations.State(continues, leavesOpen, closes);
  }

  @Test
  void aQuotationOverThreeSentencesOpensInTheFirstAndClosesInTheLast() {
    List<Quotations.State> states = Quotations.of(List.of(
        "The mayor said: \"We will rebuild.",
        "It will take years.",
        "But we will do it,\" she told reporters.",
        "The council meets on Monday."), List.of(0, 0, 0, 0));
    assertThat(states).containsExactly(state(false, true, true), state(true, true, true), state(true, false, false),
        state(false, false, false));
  }

  @Test
  void aQuotationGoesOnIntoAParagraphThatOpensWithAQuotationMarkAgain() {
    // Straight quotes by parity alone would read the second paragraph's mark as closing, its last as opening.
    List<Quotations.State> states = Quotations.of(List.of(
        "He said: \"We will rebuild.",
        "\"It will take years,\" he added.",
        "The town was flooded in May."), List.of(0, 1, 2));
    assertThat(states).containsExactly(state(false, true, true), state(true, false, false), state(false, false, false));
  }

  @Test
  void aMarkThatNeverClosesOpensNothingTheBriefCouldClose() {
    List<Quotations.State> states = Quotations.of(List.of(
        "Ross Ulbricht, known by the pseudonym \"Dread Pirate Roberts, was arrested on Tuesday.",
        "The FBI seized the website.",
        "He appeared in court on Wednesday."), List.of(0, 0, 1));
    // The first sentence shows an open quotation (it waits for the last pass); the others stand on their own.
    assertThat(states).containsExactly(state(false, true, false), state(false, false, false), state(false, false, false));
  }

  @Test
  void aQuotationStillOpenAtTheEndOfTheArticleIsNeverClosed() {
    List<Quotations.State> states = Quotations.of(List.of("She wrote: \"Thank you for everything.", "I will miss you all."),
        List.of(0, 0));
    assertThat(states).containsExactly(state(false, true, false), state(false, false, false));
  }

  @Test
  void aParagraphOfTheQuotationThatReopensItButNeverClosesShowsItsOwnOpenMark() {
    List<Quotations.State> states = Quotations.of(List.of(
        "He said: \"It was hot.", "\"We were all just standing there.", "Police were waiting for him."), List.of(0, 1, 2));
    assertThat(states).containsExactly(state(false, true, false), state(false, true, false), state(false, false, false));
  }

  @Test
  void wireCopyDoubledMarksCountAsDoubleQuotes() {
    List<Quotations.State> states = Quotations.of(List.of(
        "Royalties from \"Dreams From My Father,\" ''The Audacity of Hope\" and \"Of Thee I Sing\" totaled $70,000.",
        "\u201cIn Cuba we call all Asian people Chinese,\u2019\u2019 Gurriel said.",
        "\u2018\u2018I respect them,\u2019\u2019 he added."), List.of(0, 1, 2));
    assertThat(states).allMatch(s -> !s.continues() && !s.leavesOpen());
  }

  @Test
  void curlyQuotesCountByDirection() {
    assertThat(Quotations.after("He said: \u201cWe will rebuild.", 0, false)).isTrue();
    assertThat(Quotations.after("It will take years.\u201d", 0, true)).isFalse();
    assertThat(Quotations.after("She called it \u201cnull and void\u201d and left.", 0, false)).isFalse();
  }

  @Test
  void sentencesAndParagraphsMustPair() {
    assertThatThrownBy(() -> Quotations.of(List.of("One."), List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("differ in size");
    assertThat(Quotations.of(List.of(), List.of())).isEmpty();
  }
}
