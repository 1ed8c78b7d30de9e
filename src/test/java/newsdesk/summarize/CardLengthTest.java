package newsdesk.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * QA (2026-11-30): default briefs of about 230 words made a front-page card almost the whole
 * article (six paragraphs). The default brief is a few short paragraphs: at most
 * {@link SummaryLength#DEFAULT_WORDS} words and four paragraphs, however short its sentences.
 */
class CardLengthTest {
  private static final String[] PLACES = {"harbour", "station", "school", "market", "bridge", "library", "stadium",
      "museum", "airport", "hospital", "theatre", "park", "castle", "factory", "tunnel", "bakery", "church", "mill",
      "quay", "depot"};

  private static final String[] NAMES = {"Anna", "Boris", "Clara", "David", "Elena", "Felix", "Greta", "Hugo", "Ines",
      "Jonas", "Karin", "Lukas", "Mira", "Nils", "Olga", "Pavel", "Rosa", "Sven", "Tilda", "Ugo"};
  private static final String[] TOWNS = {"Arlo", "Bexby", "Corva", "Dunmore", "Eskel", "Farrow", "Gilby", "Hollin",
      "Irving", "Jarlsby", "Kessel", "Lorne", "Marby", "Norvik", "Oxley", "Pellam", "Quarry", "Rosby", "Selby", "Tarn"};

  /** An article of {@code n} short sentences that each say something else. */
  private static String article(int n) {
    List<String> sentences = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      sentences.add(NAMES[i % NAMES.length] + " opened a new " + PLACES[i % PLACES.length] + " in "
          + TOWNS[i % TOWNS.length] + " with " + (i + 2) + " friends.");
    }
    return String.join(" ", sentences);
  }

  @Test
  void aDefaultBriefIsAFewShortParagraphs() {
    Brief brief = new ExtractiveSummarizer().summarize(
        List.of(new SourceArticle("a", "New places open across the region", article(20), null, null)), null);
    assertThat(SummaryChecks.words(brief)).as("words").isLessThanOrEqualTo(SummaryLength.DEFAULT_WORDS).isGreaterThan(100);
    assertThat(brief.paragraphs()).as("paragraphs of %s", brief.paragraphs()).hasSizeBetween(2, 4);
    Brief unlimited = new ExtractiveSummarizer(SummarizerSettings.defaults().with(java.util.Map.of("maxParagraphs", "0")),
        SummarizerResources.english(), HeadlineWriter.english()).summarize(
        List.of(new SourceArticle("a", "New places open across the region", article(20), null, null)), null);
    assertThat(unlimited.paragraphs()).as("two sentences a paragraph, without the limit").hasSizeGreaterThan(4);
  }
}
