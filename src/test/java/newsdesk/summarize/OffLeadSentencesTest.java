package newsdesk.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Demo digest reading (2026-11-30): the clusterer grouped the Cairo summit report with a report on
 * the EastMed pipeline (they share a quote and a paragraph), and the summit's brief ended on the
 * pipeline report's lead. A brief stays on its headline report's subject; a second report of the
 * same event still contributes.
 */
class OffLeadSentencesTest {
  private final Summarizer summarizer = new ExtractiveSummarizer();

  static final String SUMMIT = "On Wednesday, foreign ministers meeting in Cairo denounced a maritime border deal between Turkey and Libya. "
      + "The ministers called the deal null and void and asked Turkey to halt drilling near Cyprus. "
      + "Athens expelled the Libyan ambassador over the deal.";
  static final String PIPELINE = "On Tuesday, the Greek prime minister reasserted the openness of the EastMed gas project, "
      + "a pipeline from the eastern gas fields to the European mainland. "
      + "Israel, Cyprus and Greece signed the pipeline agreement in Athens last week. "
      + "The pipeline is to be finished by 2025 and would cost six billion euros. "
      + "Athens expelled the Libyan ambassador over the deal.";
  static final String SUMMIT_AGAIN = "Foreign ministers of Egypt, Greece, Cyprus and France met in Cairo on Wednesday and denounced the "
      + "border deal Turkey signed with Libya. Italy's foreign minister joined the Cairo talks as an observer.";

  private List<String> brief(List<SourceArticle> articles) {
    return summarizer.summarize(articles, SummaryLength.DEFAULT).sentences().stream().map(SummarySentence::text).toList();
  }

  @Test
  void aGroupedReportOnAnotherSubjectDoesNotEnterTheBrief() {
    List<String> brief = brief(List.of(new SourceArticle("cairo", "Cairo summit denounces Turkish-Libyan border deal", SUMMIT, null, null),
        new SourceArticle("pipe", "Greek prime minister reaffirms EastMed pipeline is open to others", PIPELINE, null, null)));
    assertThat(brief).first().asString().startsWith("On Wednesday, foreign ministers");
    assertThat(brief).noneMatch(s -> s.contains("EastMed") || s.contains("pipeline"));
  }

  @Test
  void aSecondReportOfTheSameEventStillContributes() {
    List<String> brief = brief(List.of(new SourceArticle("cairo", "Cairo summit denounces Turkish-Libyan border deal", SUMMIT, null, null),
        new SourceArticle("again", "Cairo meeting rejects Turkey-Libya border deal", SUMMIT_AGAIN, null, null)));
    assertThat(brief).anyMatch(s -> s.contains("observer"));
  }

  @Test
  void withoutAHeadlineArticleNothingIsOffTheLead() {
    var story = new StoryAnalyzer(new SentenceSplitter(SummarizerResources.english()), SummarizerResources.english())
        .analyze(List.of(new SourceArticle("cairo", "", SUMMIT, null, null), new SourceArticle("pipe", "", PIPELINE, null, null)));
    var off = OffLeadSentences.of(story, -1, 0.1);
    assertThat(story.candidates()).noneMatch(off);
    var withLead = OffLeadSentences.of(story, 0, 0.1);
    assertThat(story.candidates()).filteredOn(c -> c.article() == 0).noneMatch(withLead);
    assertThat(OffLeadSentences.of(story, 0, 0)).as("0 turns it off").matches(p -> story.candidates().stream().noneMatch(p));
  }
}
