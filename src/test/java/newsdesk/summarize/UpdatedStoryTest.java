package newsdesk.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * QA (2026-11-30): a story updated by a second report. The older report says "No injuries were
 * reported, and the harbour remained open", the newer "No injuries were reported, but the harbour
 * was closed": the brief told both, contradicting itself. It also opened with the newer report while
 * the headline and "Read more" named the older one. The brief tells a restated fact once, in the
 * newer wording, and headline, "Read more" (the headline's article) and the brief's lead name one
 * article.
 */
class UpdatedStoryTest {
  static final String FIRST = "A volcano on the remote island of Tristan erupted on Saturday morning, sending a column of ash "
      + "eight kilometres into the sky, according to the island's administrator John Smith.\n\nAbout 250 residents were "
      + "evacuated by boat to a neighbouring island, officials said. No injuries were reported, and the harbour remained open "
      + "for supply ships.\n\nScientists at the British Geological Survey said the eruption was the largest since 1961, when "
      + "the entire population had to leave the island for two years.\n\nThe administrator said residents would be allowed "
      + "to return once the ash fall had stopped and the air quality had been checked by experts from the mainland.";
  static final String SECOND = "The volcano on the remote island of Tristan erupted again on Sunday evening, a day after the "
      + "first eruption, forcing the administrator John Smith to order a second evacuation.\n\nAbout 40 residents who had "
      + "stayed behind were taken by boat to the neighbouring island, officials said. The British Geological Survey said ash "
      + "reached ten kilometres.\n\nNo injuries were reported, but the harbour was closed to supply ships until further "
      + "notice, the administrator said.";
  static final String OPEN = "No injuries were reported, and the harbour remained open for supply ships.";
  static final String CLOSED = "No injuries were reported, but the harbour was closed to supply ships until further notice, "
      + "the administrator said.";

  static List<SourceArticle> story(boolean dated) {
    return List.of(
        new SourceArticle("a1", "Volcano erupts on remote island", FIRST, "QA Feed",
            dated ? Instant.parse("2026-11-28T10:00:00Z") : null),
        new SourceArticle("a3", "Second volcano eruption forces new evacuation on Tristan", SECOND, "QA Feed",
            dated ? Instant.parse("2026-11-29T18:00:00Z") : null));
  }

  private final Summarizer summarizer = new ExtractiveSummarizer();
  private static final List<SummaryLength> LENGTHS = List.of(SummaryLength.DEFAULT, SummaryLength.words(260),
      SummaryLength.words(120), SummaryLength.sentences(3), SummaryLength.sentences(5));

  @Test
  void aFactTheNewerReportRestatesIsToldOnceInItsWording() {
    for (SummaryLength len : LENGTHS) {
      Brief brief = summarizer.summarize(story(true), len);
      SummaryChecks.assertProvenance(brief, story(true));
      List<String> texts = brief.sentences().stream().map(SummarySentence::text).toList();
      assertThat(texts).as(len + ": " + texts).doesNotContain(OPEN);
      if (len.words() >= 120) assertThat(texts).as(len + ": " + texts).contains(CLOSED);
    }
  }

  @Test
  void headlineReadMoreAndLeadNameOneArticle() {
    for (boolean dated : List.of(true, false)) {
      for (SummaryLength len : LENGTHS) {
        Brief brief = summarizer.summarize(story(dated), len);
        SummarySentence lead = brief.sentences().get(0);
        assertThat(brief.headlineArticleId()).as(dated + " " + len + ": " + brief).isEqualTo(lead.articleId());
        SourceArticle article = story(dated).stream().filter(a -> a.id().equals(lead.articleId())).findFirst().orElseThrow();
        assertThat(brief.headline()).isEqualTo(article.title());
        assertThat(lead.start()).as("the brief opens on its article's lead").isZero();
      }
    }
  }

  @Test
  void theNewestReportLeadsAnUpdatedStory() {
    for (SummaryLength len : LENGTHS) {
      Brief brief = summarizer.summarize(story(true), len);
      assertThat(brief.headline()).as(len.toString()).isEqualTo("Second volcano eruption forces new evacuation on Tristan");
      assertThat(brief.headlineArticleId()).isEqualTo("a3");
    }
  }
}
