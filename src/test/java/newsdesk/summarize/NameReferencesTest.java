package newsdesk.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Demo digest reading (2026-11-30): briefs said "Gammon withdrew ...", "Vesey also indicated ...",
 * "Chetwynd also praised ..." without the sentence that introduced C.L. Gammon, Andy Vesey or Phil
 * Chetwynd, and a quote ending ", he added." whose speaker was named only in a sentence left out.
 */
class NameReferencesTest {
  private final Summarizer summarizer = new ExtractiveSummarizer();
  private final NameReferences refs = new NameReferences(Set.of("he", "she"),
      NameReferences.lowerCaseWords(List.of("in the party said he would run and she agreed; police and previously")));

  @Test
  void namesAreRunsOfCapitalisedWordsTheStoryNeverWritesInLowerCase() {
    assertThat(refs.names("In November 2018, the party nominated Bill Bayes and C.L. Gammon."))
        .containsExactly("november", "bill bayes", "c l gammon");
    assertThat(refs.names("Police said Gloria La Riva and Christine O'Donnell spoke to AP.")).containsExactly("gloria la riva", "christine o donnell");
    assertThat(refs.names("Previously, Gammon withdrew.")).containsExactly("gammon");
  }

  @Test
  void aShortFormOfAnEarlierLongerNameNeedsIntroducing() {
    Set<String> earlier = NameReferences.properEnds(List.of("c l gammon", "gloria la riva", "white house", "fourth of july"));
    assertThat(NameReferences.shortNames(refs.names("Gammon withdrew and La Riva agreed."), earlier)).containsExactly("gammon", "la riva");
    assertThat(NameReferences.shortNames(refs.names("Andy Gammon met Gammon."), earlier)).as("introduced in the sentence itself").isEmpty();
    assertThat(NameReferences.shortNames(refs.names("The House met."), earlier)).as("an institution, no person").isEmpty();
  }

  @Test
  void aPronounBeforeAnyNameOutsideTheQuotationLeansOnAnEarlierSentence() {
    assertThat(refs.leansOnPronoun("\"The agreement assumes that Crete has no zone\", he added.", false)).isTrue();
    assertThat(refs.leansOnPronoun("He also noted that the House did not ratify it.", false)).isTrue();
    assertThat(refs.leansOnPronoun("Murphy said she was never pressured.", false)).isFalse();
    assertThat(refs.leansOnPronoun("Police said he was arrested.", false)).as("'police' is written in lower case").isTrue();
    assertThat(refs.leansOnPronoun("the rest of a quote he began\", Mitsotakis said.", true)).isFalse();
  }

  static final String FIRM = "A helicopter under contract to a power company struck power lines and crashed near Fairfield on Tuesday. "
      + "Three occupants of the helicopter died and three firefighters were injured in an ensuing wildfire. "
      + "In a letter published on Monday, the company's chief executive Andy Vesey said the firm was installing stronger poles. "
      + "Vesey also indicated equipment is being added to lines to aid in shutdowns. "
      + "The company said power was restored by the evening after delays caused by warm weather.";

  @Test
  void aSentenceNamingSomeoneTheBriefNeverIntroducedIsLeftOut() {
    for (int words : new int[] {45, 60, 80}) {
      List<String> brief = new ExtractiveSummarizer().summarize(
          List.of(new SourceArticle("a", "Helicopter crashes near Fairfield", FIRM, null, null)), SummaryLength.words(words))
          .sentences().stream().map(SummarySentence::text).toList();
      boolean introduced = brief.stream().anyMatch(s -> s.contains("Andy Vesey"));
      assertThat(introduced || brief.stream().noneMatch(s -> s.startsWith("Vesey"))).as(words + ": " + brief).isTrue();
    }
  }

  @Test
  void aSentenceWithAShortNameComesWithTheSentenceThatIntroducesIt() {
    String text = "Fire crews contained the Fairfield wildfire on Sunday after four days of fighting it. "
        + "Residents were allowed to return home on Monday morning. "
        + "Officials thanked volunteers from nearby towns for their help. "
        + "A charity concert is planned for the end of the month. "
        + "Maria Okafor has led the county fire service since 2015. "
        + "Okafor said the wildfire burned 3,000 acres of forest and destroyed 40 homes in the Fairfield hills.";
    List<SourceArticle> story = List.of(new SourceArticle("a", "Fairfield wildfire contained", text, null, null));
    // Without the lead prior the "Okafor said" sentence is the best after the lead, but it needs introducing.
    java.util.function.Function<String, List<String>> brief = introducers -> new ExtractiveSummarizer(
        SummarizerSettings.defaults().with(java.util.Map.of("positionWeight", "0", "introducers", introducers)),
        SummarizerResources.english(), HeadlineWriter.english())
        .summarize(story, SummaryLength.words(50)).sentences().stream().map(SummarySentence::text).toList();
    List<String> along = brief.apply("1");
    int introducer = along.indexOf("Maria Okafor has led the county fire service since 2015.");
    assertThat(introducer).as("%s", along).isNotNegative();
    assertThat(along.get(introducer + 1)).startsWith("Okafor said the wildfire burned");
    assertThat(brief.apply("0")).as("held back without its introducer").noneMatch(s -> s.startsWith("Okafor said"));
  }

  @Test
  void theHeadlineIntroducesItsNames() {
    String text = "The party held its convention on Saturday. Vesey won the nomination on the second ballot. "
        + "Andy Vesey had led the polls for months. The party was founded in 1991.";
    List<String> brief = summarizer.summarize(List.of(new SourceArticle("a", "Party nominates Andy Vesey for president", text, null, null)),
        SummaryLength.sentences(2)).sentences().stream().map(SummarySentence::text).toList();
    assertThat(brief).contains("Vesey won the nomination on the second ballot.");
  }

  @Test
  void theDemoSummitBriefNamesWhoeverItsQuotesAndPronounsReferTo() throws java.io.IOException {
    var corpus = DemoBriefsGoldenTest.demoArticles();
    List<SourceArticle> story = DemoBriefsGoldenTest.story(corpus, DemoBriefsGoldenTest.STORIES.get(0));
    List<String> brief = summarizer.summarize(story, SummaryLength.DEFAULT).sentences().stream().map(SummarySentence::text).toList();
    int quote = brief.indexOf(brief.stream().filter(s -> s.endsWith("he added.")).findFirst().orElse(null));
    if (quote >= 0) assertThat(brief.subList(0, quote)).as(brief.toString()).anyMatch(s -> s.contains("Mitsotakis"));
  }
}
