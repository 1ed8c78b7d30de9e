package newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExtractionSettingsTest {
  @Test
  void theOlderConstructorKeepsTheDefaultHintLimits() {
    ExtractionSettings d = ExtractionSettings.defaults();
    ExtractionSettings older = new ExtractionSettings(d.maxPageBytes(), d.maxDepth(), d.goodBlockLength(),
        d.goodParagraphLength(), d.badLinkDensity(), d.linkedProseLength(), d.linkedProseDensity(), d.neutralPenalty(),
        d.linkPenalty(), d.linkedItemShare(), d.positiveBonus(), d.articleBodyBonus(), d.guardShare(), d.guardBlocks(),
        d.strongGuardShare(), d.fallbackShare(), d.tailShare(), d.hintCoverage(), d.maxLineLength(), d.denseScriptWeight());
    assertThat(older).isEqualTo(d);
    assertThat(d.hintMinWords()).isEqualTo(50);
    assertThat(d.hintMinBlockWords()).isEqualTo(8);
  }

  @Test
  void aHintNeedsTheConfiguredNumberOfWords() {
    ExtractionSettings d = ExtractionSettings.defaults();
    String fortyNine = "word ".repeat(49);
    assertThat(BodyHint.of(fortyNine, d).isEmpty()).isTrue();
    assertThat(BodyHint.of(fortyNine + "more", d).isEmpty()).isFalse();
    BodyHint hint = BodyHint.of(fortyNine + "more", d);
    assertThat(hint.coverage("word word word word word word word")).as("seven words: too few to judge").isEqualTo(-1);
    assertThat(hint.coverage("word word word word word word more other")).isEqualTo(7.0 / 8);
  }
}
