package newsdesk.summarize;

import static newsdesk.summarize.SummaryChecks.assertProvenance;
import static newsdesk.summarize.SummaryChecks.assertQuotationsClosed;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A brief never ends a paragraph inside a quotation: "He added, \"With the campaign over, ..." whose
 * closing mark lies in a sentence the brief left out. The opener comes with the sentences that close
 * it, or is left for another sentence; every sentence stays a span of its source.
 */
class OpenQuotationBriefTest {
  private final Summarizer summarizer = new ExtractiveSummarizer();

  private static final String LONG_QUOTE = "Flood waters forced the evacuation of the riverside town of Millbrook on Sunday. "
      + "Mayor Ana Ruiz told residents at the evacuation centre: \"We will rebuild every house that the water destroyed. "
      + "It will take years. We will need help from the state. We will need help from "
      + "our neighbours. We will need patience. Nobody will be left behind. And we will come back stronger than before,\" the "
      + "mayor said.\n\nThe river rose two metres in six hours after three days of heavy rain in the hills above the town.\n\n"
      + "Emergency crews rescued forty residents from their roofs by boat before dawn on Sunday.";

  @Test
  void anOpenerWhoseQuotationRunsTooLongIsLeftForOtherSentences() {
    List<SourceArticle> story = List.of(new SourceArticle("f", "Millbrook evacuated as river floods", LONG_QUOTE, "Gazette", null));
    for (SummaryLength length : List.of(SummaryLength.sentences(2), SummaryLength.sentences(3), SummaryLength.words(40),
        SummaryLength.words(70), SummaryLength.DEFAULT)) {
      Brief brief = summarizer.summarize(story, length);
      assertProvenance(brief, story);
      assertQuotationsClosed(brief);
      assertThat(brief.sentences()).as("%s", length).noneMatch(s -> s.text().contains("We will rebuild every house"));
    }
    // The rule is what keeps it out: without it the opener is taken alone and the brief ends inside the quotation.
    Summarizer without = new ExtractiveSummarizer(SummarizerSettings.defaults().with(java.util.Map.of("openQuotes", "0")),
        SummarizerResources.english(), HeadlineWriter.english());
    assertThat(without.summarize(story, SummaryLength.DEFAULT).sentences()).anyMatch(s -> s.text().contains("We will rebuild every house"));
  }

  @Test
  void anOpenerWhoseClosingFitsComesWithIt() {
    String text = "Flood waters forced the evacuation of the riverside town of Millbrook on Sunday. "
        + "Mayor Ana Ruiz told residents at the evacuation centre: \"We will rebuild every house that the water destroyed. "
        + "Nobody will be left behind,\" the mayor said.\n\n"
        + "The river rose two metres in six hours after three days of heavy rain in the hills above the town.";
    List<SourceArticle> story = List.of(new SourceArticle("f", "Millbrook evacuated as river floods", text, "Gazette", null));
    Brief brief = summarizer.summarize(story, SummaryLength.words(80));
    assertProvenance(brief, story);
    assertQuotationsClosed(brief);
    List<String> sentences = brief.sentences().stream().map(SummarySentence::text).toList();
    int opener = sentences.indexOf(sentences.stream().filter(s -> s.contains("We will rebuild")).findFirst().orElseThrow());
    assertThat(sentences.get(opener + 1)).isEqualTo("Nobody will be left behind,\" the mayor said.");
  }

  @Test
  void aQuotationWhoseClosingMarkTheTextLostWaitsUntilNothingElseIsLeft() {
    String text = "Police arrested the founder of an online drug market in San Francisco on Tuesday. "
        + "Ross Ulbricht, known online by the pseudonym \"Dread Pirate Roberts, was arrested at a public library in the city.\n\n"
        + "The FBI seized the website and took bitcoins worth millions of dollars.\n\n"
        + "Ulbricht appeared in federal court in San Francisco on Wednesday afternoon.";
    List<SourceArticle> story = List.of(new SourceArticle("s", "Online drug market founder arrested", text, "Gazette", null));
    for (SummaryLength length : List.of(SummaryLength.sentences(3), SummaryLength.words(60))) {
      Brief brief = summarizer.summarize(story, length);
      assertQuotationsClosed(brief);
      assertThat(brief.sentences()).noneMatch(s -> s.text().contains("Dread Pirate Roberts"));
    }
    // Four sentences of a four-sentence story: the brief takes it rather than come up short.
    assertThat(summarizer.summarize(story, SummaryLength.sentences(4)).sentences()).hasSize(4);
  }

  @Test
  void aCaptionBetweenTwoParagraphsOfOneQuotationDoesNotEndIt() {
    String text = "A Welsh forklift driver swam across the reservoir below the Hoover Dam while on a stag trip in Las Vegas. "
        + "Arron Hughes told the Daily Post: \"It was around 45 degrees outside and we were on a stag do in Vegas.\n\n"
        + "(Image: Arron Hughes)\n\n"
        + "\"I literally just turned to the lads and swam across the reservoir,\" Hughes said.\n\n"
        + "Police officers arrested Hughes when he climbed out of the water and fined him 330 dollars.";
    List<SourceArticle> story = List.of(new SourceArticle("h", "Welshman swims Hoover Dam reservoir", text, "Post", null));
    Brief brief = summarizer.summarize(story, SummaryLength.words(80));
    assertQuotationsClosed(brief);
    List<String> sentences = brief.sentences().stream().map(SummarySentence::text).toList();
    int opener = sentences.indexOf(sentences.stream().filter(s -> s.contains("45 degrees")).findFirst().orElseThrow());
    assertThat(sentences.get(opener + 1)).startsWith("\"I literally just turned");
  }
}
