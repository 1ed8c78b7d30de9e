package newsdesk.summarize;

import static newsdesk.summarize.SummaryChecks.assertProvenance;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A fact told by two outlets in other words appears once in the brief (the fuller version when one says more); an
 * interview transcript gives a brief without speaker labels, questions or answers that need their
 * question ("Yes, ...", "No, I think ...").
 */
class RedundancyAndTranscriptTest {
  private final Summarizer summarizer = new ExtractiveSummarizer();
  /** The same five facts, told by two outlets in other words (pairs by index). */
  static final List<String> OUTLET_A = List.of(
      "Mount Kelvara erupted on Tuesday morning, sending a column of ash high above the town of Sorvik.",
      "Authorities evacuated 4,200 residents from villages on the slopes of the mountain.",
      "Regional governor Anna Lintu said no injuries had been reported.",
      "The volcano last erupted in 1987.",
      "Nordair cancelled all flights to Sorvik airport because of the ash cloud.");
  static final List<String> OUTLET_B = List.of(
      "A volcanic eruption shook Sorvik on Tuesday as Kelvara threw ash kilometres into the sky.",
      "Some 4,200 people were moved out of their homes around the volcano, officials said.",
      "Nobody was hurt, according to governor Anna Lintu.",
      "Its previous eruption was in 1987, when lava reached the coast.",
      "Flights in and out of Sorvik were cancelled by Nordair as ash drifted over the airport.");
  static final List<String> ONLY_A = List.of(
      "Schools in the region will stay closed until Friday.",
      "Geologists have installed three new seismometers on the northern flank.",
      "Farmers fear that the ash will damage this year's barley harvest.",
      "The town's mayor asked residents to wear masks outdoors.",
      "Shelters have been set up in two sports halls in the capital.",
      "Tourism accounts for a third of the island's income.");
  static final List<String> ONLY_B = List.of(
      "Road 12 to the harbour was closed after a lava flow crossed it.",
      "The national weather office expects the wind to turn east overnight.",
      "Local hotels reported a wave of cancellations.",
      "A team of volcanologists flew in from the mainland by helicopter.",
      "Water samples are being tested for fluoride.",
      "The island has about 30,000 inhabitants.");

  private static List<SourceArticle> eruption(List<String> a, List<String> b) {
    return List.of(
        new SourceArticle("a", "Mount Kelvara erupts, thousands evacuated", String.join(" ", a), "Outlet A", null),
        new SourceArticle("b", "Sorvik volcano eruption forces evacuation", String.join(" ", b), "Outlet B", null));
  }

  /** How often the brief states each of the five shared facts. */
  private static int[] factCounts(Brief brief) {
    int[] counts = new int[OUTLET_A.size()];
    for (SummarySentence s : brief.sentences()) {
      for (int f = 0; f < counts.length; f++) {
        if (s.text().equals(OUTLET_A.get(f)) || s.text().equals(OUTLET_B.get(f))) counts[f]++;
      }
    }
    return counts;
  }

  @Test
  void twoOutletsTellingTheSameFactsGiveEachFactOnce() {
    List<SourceArticle> story = eruption(OUTLET_A, OUTLET_B);
    Brief brief = summarizer.summarize(story, SummaryLength.sentences(10));
    assertThat(factCounts(brief)).containsOnly(1);
    assertThat(brief.sentences()).hasSize(5);
    assertProvenance(brief, story);
  }

  @Test
  void withOtherSentencesToChooseFromEachSharedFactStillComesOnceAndBothOutletsAreUsed() {
    List<String> a = new ArrayList<>(OUTLET_A.subList(0, 3));
    a.addAll(ONLY_A.subList(0, 3));
    a.addAll(OUTLET_A.subList(3, 5));
    a.addAll(ONLY_A.subList(3, 6));
    List<String> b = new ArrayList<>(OUTLET_B.subList(0, 2));
    b.addAll(ONLY_B.subList(0, 3));
    b.addAll(OUTLET_B.subList(2, 5));
    b.addAll(ONLY_B.subList(3, 6));
    List<SourceArticle> story = eruption(a, b);
    for (SummaryLength length : List.of(SummaryLength.sentences(10), SummaryLength.DEFAULT, SummaryLength.words(120))) {
      Brief brief = summarizer.summarize(story, length);
      assertThat(java.util.Arrays.stream(factCounts(brief)).max().orElse(0)).as("%s", length).isLessThanOrEqualTo(1);
      assertThat(brief.sentences()).as("%s", length).extracting(SummarySentence::articleId).contains("a", "b");
      assertProvenance(brief, story);
    }
    assertThat(summarizer.summarize(story, SummaryLength.sentences(10)).sentences()).hasSize(10);
  }

  @Test
  void whenTwoOutletsTellOneFactTheVersionWithMoreInformationIsKept() {
    String shortA = "Mount Kelvara erupted on Tuesday near Sorvik.";
    String richB = "Kelvara erupted near Sorvik on Tuesday afternoon, burying the harbour road under ash "
        + "and forcing the closure of the airport for two days.";
    List<SourceArticle> story = List.of(
        new SourceArticle("a", "Kelvara erupts", shortA + " " + String.join(" ", ONLY_A), "Outlet A", null),
        new SourceArticle("b", "Kelvara eruption closes airport", richB + " " + String.join(" ", ONLY_B), "Outlet B", null));
    for (SummaryLength length : List.of(SummaryLength.sentences(4), SummaryLength.DEFAULT, SummaryLength.words(80))) {
      Brief brief = summarizer.summarize(story, length);
      assertThat(brief.sentences()).as("%s", length).extracting(SummarySentence::text).contains(richB).doesNotContain(shortA);
      assertProvenance(brief, story);
      if (length.words() > 0) {
        assertThat(brief.sentences().stream().mapToInt(x -> x.text().split(" ").length).sum()).isLessThanOrEqualTo(length.words());
      }
      if (length.sentences() > 0) assertThat(brief.sentences()).hasSize(length.sentences());
    }
    Summarizer refusing = new ExtractiveSummarizer(SummarizerSettings.defaults().with(java.util.Map.of("factKeepRicher", "0")),
        SummarizerResources.english(), HeadlineWriter.english());
    assertThat(refusing.summarize(story, SummaryLength.sentences(4)).sentences()).extracting(SummarySentence::text)
        .as("without the replacement the first-chosen, shorter version stays").contains(shortA).doesNotContain(richB);
  }

  static final String INTERVIEW = """
      Jane Roe, a candidate in the Lakeside by-election, spoke to our reporter about her campaign.
      The by-election was called after the sitting member resigned in March.
      ((WN)) : Why are you running to be the local MP?
      ((Jane Roe)) : I grew up in Lakeside and I have run a bakery in the high street for twenty years. Our town needs a new hospital.
      ((WN)) What is the most important issue in Lakeside? ((Jane Roe)) The hospital waiting lists have doubled since 2015.
      : How will you campaign?
      ((WN))
      ((Jane Roe)) I will knock on every door in the district before polling day.
      """;

  @Test
  void anInterviewBriefShowsNoSpeakerLabelAndNoQuestionAndStaysTraceable() {
    List<SourceArticle> story = List.of(new SourceArticle("i", "Jane Roe talks about her campaign", INTERVIEW, null, null));
    for (SummaryLength length : List.of(SummaryLength.sentences(6), SummaryLength.DEFAULT, SummaryLength.words(400))) {
      Brief brief = summarizer.summarize(story, length);
      assertThat(brief.sentences()).as("%s", length).isNotEmpty().allSatisfy(s -> {
        assertThat(s.text()).doesNotContain("((", "))").doesNotStartWith(":").doesNotEndWith("?");
      });
      assertProvenance(brief, story);
    }
    // Interview lines fill a brief only when its narration is used up: a sentence count reaches them.
    Brief all = summarizer.summarize(story, SummaryLength.sentences(6));
    SummarySentence answer = all.sentences().stream()
        .filter(s -> s.text().startsWith("The hospital waiting lists")).findFirst().orElseThrow();
    assertThat(answer.start()).isEqualTo(INTERVIEW.indexOf("The hospital waiting lists"));
    assertThat(answer.text()).isEqualTo("The hospital waiting lists have doubled since 2015.");
  }

  static final String REPLIES = """
      Jane Roe, a candidate in the Lakeside by-election, spoke to our reporter about the new hospital.
      ((WN)) : Will the hospital be built before the next election?
      ((Jane Roe)) : Yes, the council has promised the money for the hospital before the election.
      ((WN)) Is the hospital plan too expensive for the council?
      ((Jane Roe)) No, I think the hospital plan will save the council money within ten years.
      ((WN)) So the hospital will open in Lakeside in 2027?
      ((Jane Roe)) That's right, the hospital will open in Lakeside in 2027 with two hundred beds.
      ((WN)) Will you campaign on the hospital?
      ((Jane Roe)) "Absolutely, the hospital is the reason I am standing in Lakeside."
      The hospital waiting lists in Lakeside have doubled since 2015.
      The by-election will be held on the first Thursday of May.
      """;

  @Test
  void anAnswerThatOpensWithAReplyIsTakenOnlyWhenNothingElseIsLeft() {
    List<SourceArticle> story = List.of(new SourceArticle("r", "Jane Roe on the hospital", REPLIES, null, null));
    for (SummaryLength length : List.of(SummaryLength.sentences(3), SummaryLength.DEFAULT, SummaryLength.words(400))) {
      Brief brief = summarizer.summarize(story, length);
      assertThat(brief.sentences()).as("%s", length).isNotEmpty().extracting(SummarySentence::text)
          .noneMatch(t -> t.matches("(?s)\"?(Yes|No|That's right|Absolutely),.*"));
      assertProvenance(brief, story);
    }
    List<String> all = summarizer.summarize(story, SummaryLength.sentences(20)).sentences().stream()
        .map(SummarySentence::text).toList();
    assertThat(all).as("a sentence count is still met, replies before questions")
        .contains("Yes, the council has promised the money for the hospital before the election.");
  }

  @Test
  void replyCuesNeedTheirPunctuation() {
    var resources = SummarizerResources.english();
    var analyzer = new StoryAnalyzer(new SentenceSplitter(resources), resources);
    java.util.Map<String, Boolean> cases = new java.util.LinkedHashMap<>();
    cases.put("Yes, the council has approved the plan for the bridge.", true);
    cases.put("No, I think the council made a mistake with the bridge.", true);
    cases.put("That's right, the plan was approved in May by the council.", true);
    cases.put("\u201cAbsolutely, we are ready for the vote on the bridge,\u201d she said.", true);
    cases.put("Well, the bridge was never going to be cheap for the town.", true);
    cases.put("Thank you for agreeing to this interview about the bridge.", true);
    cases.put("Uhh... because the old bridge was never safe for heavy lorries.", true);
    cases.put("Ahmed Khan, the engineer, inspected the old bridge on Monday.", false);
    cases.put("No one was injured when the old bridge collapsed on Monday.", false);
    cases.put("Yesterday the council voted to rebuild the old bridge.", false);
    cases.put("Well-known engineer Jane Roe will lead the work on the bridge.", false);
    cases.put("Right-wing councillors voted against the plan for the bridge.", false);
    cases.put("Sure enough the repairs to the bridge took longer than planned.", false);
    cases.forEach((sentence, reply) -> {
      List<Candidate> cs = analyzer.analyze(List.of(new SourceArticle("x", "", sentence, null, null))).candidates();
      assertThat(cs).as(sentence).hasSize(1);
      assertThat(cs.get(0).reply()).as(sentence).isEqualTo(reply);
    });
  }

  @Test
  void questionsAreTakenOnlyWhenNothingElseIsLeft() {
    String text = "Why did the city council decide to close the old bridge over the river on Monday morning? "
        + "Engineers found deep cracks in two of the bridge's supports last week. "
        + "When will the old bridge over the river open again for cars and buses? "
        + "Who will pay for the repairs to the bridge over the river?";
    List<SourceArticle> story = List.of(new SourceArticle("q", "Bridge closed", text, null, null));
    assertThat(summarizer.summarize(story, SummaryLength.sentences(1)).sentences()).extracting(SummarySentence::text)
        .containsExactly("Engineers found deep cracks in two of the bridge's supports last week.");
    assertThat(summarizer.summarize(story, SummaryLength.DEFAULT).sentences()).extracting(SummarySentence::text)
        .containsExactly("Engineers found deep cracks in two of the bridge's supports last week.");
    assertThat(summarizer.summarize(story, SummaryLength.sentences(3)).sentences()).hasSize(3);
    List<SourceArticle> onlyQuestions = List.of(new SourceArticle("o", "", "Why did the council close the bridge over the river?", null, null));
    assertThat(summarizer.summarize(onlyQuestions, SummaryLength.DEFAULT).sentences()).hasSize(1);
  }
}
