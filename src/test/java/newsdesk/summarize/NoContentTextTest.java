package newsdesk.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * QA (2026-11-30): with only the feed text available, a story's brief was just "Friday, December
 * 25, 2020". A text that is only a dateline or date stamp has no content: no brief paragraph is made
 * of it, and a date line beside real sentences is left out while a sentence that opens with a date
 * stays.
 */
class NoContentTextTest {
  private final Summarizer summarizer = new ExtractiveSummarizer();

  private Brief brief(String text) {
    return summarizer.summarize(List.of(new SourceArticle("a", "Holiday market closes early", text, "Feed", null)),
        SummaryLength.DEFAULT);
  }

  @Test
  void aTextThatIsOnlyADateGivesNoParagraph() {
    for (String date : List.of("Friday, December 25, 2020", "Friday, December 25, 2020.", "December 25, 2020",
        "25 December 2020", "Fri, Dec. 25, 2020 10:30 am EST", "2020-12-25", "Friday", "Friday, December 25, 2020\n\n2020")) {
      Brief brief = brief(date);
      assertThat(brief.paragraphs()).as(date).isEmpty();
      assertThat(brief.headline()).as(date).isEqualTo("Holiday market closes early");
    }
  }

  @Test
  void aDateLineBesideContentIsLeftOutAndASentenceOpeningWithADateStays() {
    String withDate = "Friday, December 25, 2020\n\nThe holiday market in the old town closed two hours early because of the storm.";
    assertThat(brief(withDate).sentences()).extracting(SummarySentence::text)
        .containsExactly("The holiday market in the old town closed two hours early because of the storm.");
    String opening = "December 25, 2020 was the first Christmas without a market in the old town since 1945.";
    assertThat(brief(opening).sentences()).extracting(SummarySentence::text).containsExactly(opening);
  }
}
