package newsdesk.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Demo digest reading (2026-11-30): a brief took the attribution line under a pull quote
 * ("—Łukasz Szumowski on the failed efforts to save the mayor's life") as a sentence, and took
 * questions whose quotation was cut short ("Roger, are they locked inside the boat? [...]").
 */
class PullQuoteAndCutQuestionTest {
  private final SentenceCues cues = new SentenceCues(SummarizerResources.english());

  @Test
  void aPullQuoteAttributionIsFurniture() {
    assertThat(cues.isBoilerplate("\u2014\u0141ukasz Szumowski on the failed efforts to save the mayor's life")).isTrue();
    assertThat(cues.isBoilerplate("\u2014 Jane Doe, mayor of Springfield")).isTrue();
    assertThat(cues.isBoilerplate("\u2014 The storm, forecasters said, will reach the coast on Friday.")).as("a sentence").isFalse();
    assertThat(cues.isBoilerplate("Szumowski spoke on the failed efforts to save the mayor's life")).isFalse();
  }

  @Test
  void aQuestionCutShortIsStillAQuestion() {
    assertThat(cues.isQuestion("Roger, are they locked inside the boat? [...]")).isTrue();
    assertThat(cues.isQuestion("Are they locked in?\" [\u2026]")).isTrue();
    assertThat(cues.isQuestion("They were locked in. [...]")).isFalse();
  }
}
