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
    assertThat(d.tailHeadingLength()).isEqualTo(40);
    assertThat(d.bylineLength()).isEqualTo(100);
    assertThat(d.dateLineLength()).isEqualTo(60);
  }

  @Test
  void shortLinesNamingTheAuthorAreBylinesUpToTheConfiguredLength() {
    String html = "<html><head><meta name='author' content='Ruth Adeyemi'></head><body><article>"
        + "<p>Reporting from the harbour by Ruth Adeyemi, with help from the night desk</p>"
        + "<p>" + "The harbour bridge reopened to traffic on Monday after three months of repairs. ".repeat(3) + "</p>"
        + "</article></body></html>";
    Page page = new Page(java.net.URI.create("https://example.test/a"),
        html.getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
    assertThat(new DensityArticleExtractor().extract(page).text()).doesNotContain("Reporting from the harbour");
    ExtractionSettings d = ExtractionSettings.defaults();
    ExtractionSettings shortBylines = new ExtractionSettings(d.maxPageBytes(), d.maxDepth(), d.goodBlockLength(),
        d.goodParagraphLength(), d.badLinkDensity(), d.linkedProseLength(), d.linkedProseDensity(), d.neutralPenalty(),
        d.linkPenalty(), d.linkedItemShare(), d.positiveBonus(), d.articleBodyBonus(), d.guardShare(), d.guardBlocks(),
        d.strongGuardShare(), d.fallbackShare(), d.tailShare(), d.hintCoverage(), d.maxLineLength(), d.denseScriptWeight(),
        d.hintMinWords(), d.hintMinBlockWords(), d.tailHeadingLength(), 20, d.dateLineLength());
    assertThat(new DensityArticleExtractor(BoilerplatePatterns.defaults(), shortBylines).extract(page).text())
        .contains("Reporting from the harbour");
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
