package newsdesk.summarize;

import static newsdesk.summarize.SummaryChecks.assertNoFactTwice;
import static newsdesk.summarize.SummaryChecks.assertParagraphsStandAlone;
import static newsdesk.summarize.SummaryChecks.assertProvenance;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractiveSummarizerTest {
  private final Summarizer summarizer = new ExtractiveSummarizer();

  static final String FIRE = """
      SPRINGFIELD, Ill. -- A fire destroyed a warehouse in Springfield on Tuesday night, officials said.
      No one was injured in the blaze, which started shortly after 9 p.m. in the storage area.
      It took 40 firefighters more than three hours to bring the fire under control.
      However, the cause of the fire remains unknown.
      Scroll down for video
      The warehouse belonged to a furniture company that employs 120 people.
      The owner said the company would rebuild the warehouse as soon as possible.
      Follow us on Twitter for more local news.
      He thanked the firefighters for their quick response on Tuesday.
      Residents reported seeing smoke from several miles away.
      """;

  static final String FIRE_TOO = """
      Fire crews battled a large blaze at a Springfield warehouse late on Tuesday.
      The fire at the furniture warehouse took more than three hours to control, fire officials said.
      Investigators will begin work on Wednesday to find out what caused the fire.
      This is the second warehouse fire in the city this year.
      """;

  private static List<SourceArticle> story() {
    return List.of(new SourceArticle("a", "Warehouse fire in Springfield - Daily Example", FIRE, "Daily Example", null),
        new SourceArticle("b", "Fire crews battle warehouse blaze | Other Outlet", FIRE_TOO, "Other Outlet", null));
  }

  @Test
  void noLengthMeansTheDefault() {
    // Empty input and articles without text are the contract's (SummarizerContract); a null length is this one's.
    assertThat(summarizer.summarize(story(), null)).isEqualTo(summarizer.summarize(story(), SummaryLength.DEFAULT));
  }

  @Test
  void exactSentenceCountWithProvenanceAndCoherence() {
    for (int n = 1; n <= 6; n++) {
      Brief brief = summarizer.summarize(story(), SummaryLength.sentences(n));
      assertThat(brief.sentences()).as("n=%d", n).hasSize(n);
      assertProvenance(brief, story());
      assertNoFactTwice(brief);
      assertParagraphsStandAlone(brief, story());
    }
  }

  @Test
  void fewerSentencesOnlyWhenTheInputHasFewer() {
    var tiny = List.of(new SourceArticle("t", "", "One fact here. Another fact there.", null, null));
    assertThat(summarizer.summarize(tiny, SummaryLength.sentences(5)).sentences()).hasSize(2);
  }

  @Test
  void aStoryToldInShortSentencesStillGetsASummaryUnderAWordBudget() {
    var shortOnes = List.of(new SourceArticle("v", "Volcano erupts",
        "A volcano erupted on Monday. Ash covered the village. Residents were evacuated.", null, null));
    Brief brief = summarizer.summarize(shortOnes, SummaryLength.DEFAULT);
    assertThat(brief.sentences()).extracting(SummarySentence::text)
        .containsExactly("A volcano erupted on Monday.", "Ash covered the village.", "Residents were evacuated.");
  }

  @Test
  void wordCapIsNeverExceededAndWholeSentencesAreKept() {
    for (int cap : new int[] {5, 12, 20, 40, 80, 260}) {
      Brief brief = summarizer.summarize(story(), SummaryLength.words(cap));
      assertThat(SummaryChecks.words(brief)).as("cap %d", cap).isLessThanOrEqualTo(cap);
      assertProvenance(brief, story());
      assertNoFactTwice(brief);
      assertParagraphsStandAlone(brief, story());
    }
    assertThat(summarizer.summarize(story(), SummaryLength.words(40)).sentences()).isNotEmpty();
  }

  @Test
  void dropsDatelinesBylinesAndPageFurniture() {
    Brief brief = summarizer.summarize(story(), SummaryLength.words(400));
    assertThat(brief.sentences()).extracting(SummarySentence::text)
        .noneMatch(t -> t.startsWith("SPRINGFIELD"))
        .noneMatch(t -> t.contains("Scroll down"))
        .noneMatch(t -> t.contains("Follow us"));
    // Alone (the other outlet's "Fire crews battled a large blaze at a Springfield warehouse late on
    // Tuesday" states the same fact and may stand in for it in the two-outlet story).
    Brief alone = summarizer.summarize(story().subList(0, 1), SummaryLength.words(400));
    assertThat(alone.sentences()).extracting(SummarySentence::text)
        .noneMatch(t -> t.startsWith("SPRINGFIELD"))
        .contains("A fire destroyed a warehouse in Springfield on Tuesday night, officials said.");
  }

  @Test
  void danglingSentencesOnlyFollowTheirPredecessor() {
    Brief brief = summarizer.summarize(story(), SummaryLength.words(400));
    List<SummarySentence> ss = brief.sentences();
    for (int i = 0; i < ss.size(); i++) {
      if (ss.get(i).text().startsWith("However") || ss.get(i).text().startsWith("He thanked")) {
        assertThat(i).isPositive();
        SummarySentence prev = ss.get(i - 1);
        assertThat(prev.articleId()).isEqualTo(ss.get(i).articleId());
        assertThat(prev.end()).isLessThan(ss.get(i).start());
      }
    }
  }

  @Test
  void drawsOnEveryArticleOfAStoryAndKeepsParagraphsShort() {
    Brief brief = summarizer.summarize(story(), SummaryLength.DEFAULT);
    assertThat(brief.sentences()).extracting(SummarySentence::articleId).contains("a", "b");
    // Two sentences a paragraph, plus the continuations that may not open one.
    assertThat(brief.paragraphs()).allSatisfy(p -> assertThat(p.size()).isBetween(1, 4));
    assertThat(SummaryChecks.words(brief)).isLessThanOrEqualTo(SummaryLength.DEFAULT.words());
  }

  @Test
  void headlineComesFromTheTitlesWithoutSiteSuffix() {
    Brief brief = summarizer.summarize(story(), SummaryLength.sentences(2));
    assertThat(brief.headline()).isIn("Warehouse fire in Springfield", "Fire crews battle warehouse blaze");
  }

  @Test
  void theBriefOpensWithTheLeadOfTheArticleWhoseTitleIsTheHeadline() {
    // The update's sentences score best (they repeat the others' words), but the headline names the
    // flood itself: a brief that opened on the river receding would read out of order.
    List<SourceArticle> flood = List.of(
        new SourceArticle("first", "Floods force 3,000 from homes in Riverton", "Floodwaters from the swollen Marrow River "
            + "forced about 3,000 residents of Riverton from their homes on Saturday, after two days of heavy rain. The river "
            + "rose to 9.4 metres at the town bridge, its highest level since 1998, the regional water agency said. Emergency "
            + "shelters were opened at two schools and the sports hall. Insurance assessors are expected in the town from "
            + "Tuesday.", "Valley News", null),
        new SourceArticle("mayor", "Riverton mayor declares emergency as river rises", "The mayor of Riverton has declared a "
            + "state of emergency as the Marrow River burst its banks. Riverton mayor Helen Okafor said the water had reached "
            + "parts of the town that had never flooded before. About 3,000 people have left their homes, officials said.",
            "County Post", null),
        new SourceArticle("update", "Marrow River begins to recede in Riverton, residents allowed back", "The Marrow River "
            + "began to recede on Monday, falling to 8.1 metres at the Riverton bridge, and the first residents of Riverton "
            + "were allowed back to their homes. Officials warned that some streets would stay closed while engineers "
            + "checked bridges and roads. Insurance assessors are expected in the town from Tuesday.", "Radio Marrow", null));
    Brief brief = summarizer.summarize(flood, SummaryLength.DEFAULT);
    assertThat(brief.headline()).isEqualTo("Floods force 3,000 from homes in Riverton");
    SummarySentence opening = brief.paragraphs().getFirst().getFirst();
    assertThat(opening.articleId()).isEqualTo("first");
    assertThat(opening.start()).isZero();
    assertProvenance(brief, flood);
  }

  @Test
  void anAcronymOrAnAnticipatoryItOpensABriefLikeAnyLead() {
    String rest = " Day made many studio albums and was awarded the Presidential Medal of Freedom.\n\n"
        + "Her animal foundation said she had been in excellent health for her age but had recently had pneumonia.\n\n"
        + "Day was born Doris Mary Ann Kappelhoff in Cincinnati, Ohio in 1922.";
    for (String lead : List.of("US singer and actor Doris Day died on Monday at her home in Carmel Valley, California.",
        "It was reported on Saturday that Doris Day died at her home in Carmel Valley, California.")) {
      List<SourceArticle> story = List.of(new SourceArticle("day", "Actor Doris Day dies at 97", lead + rest, "Wire", null));
      Brief brief = summarizer.summarize(story, SummaryLength.sentences(2));
      assertThat(brief.paragraphs().getFirst().getFirst().text()).as(lead).isEqualTo(lead);
    }
  }

  @Test
  void aFollowUpSharingTheHeadlineArticlesNamesNeverReplacesItsLead() {
    List<SourceArticle> pact = List.of(
        new SourceArticle("signed", "U.S. and Saudi Arabia sign defence pact at White House", "The U.S. and Saudi Arabia "
            + "signed a defence agreement at the White House on Sunday.\n\nCrown Prince Mohammed bin Salman met the "
            + "president for two hours before the signing.\n\nThe agreement must still be approved by the Senate.",
            "Capital Times", null),
        new SourceArticle("doubts", "Senators question United States guarantee to Riyadh", "Several senators questioned on "
            + "Sunday the guarantee the United States gave Saudi Arabia in the new defence pact at the White House.\n\n"
            + "The Senate foreign relations committee will hold hearings on the pact in December.", "Hill Daily", null));
    Brief brief = summarizer.summarize(pact, SummaryLength.DEFAULT);
    assertThat(brief.paragraphs().getFirst().getFirst().text())
        .isEqualTo("The U.S. and Saudi Arabia signed a defence agreement at the White House on Sunday.");
    assertProvenance(brief, pact);
  }

  @Test
  void aQuotationOpenedInAChosenSentenceIsClosedInTheBrief() {
    String text = "The mayor of Springfield resigned on Monday after a corruption inquiry found she had misused city funds. "
        + "Speaking outside city hall, the mayor said: \"I have decided to resign as mayor of Springfield today because the "
        + "inquiry into city funds has made my work impossible. I will fight to clear my name.\" "
        + "Her deputy will lead the city until an election is held in the spring. "
        + "The inquiry into the city funds was opened last year by the state attorney.";
    List<SourceArticle> story = List.of(new SourceArticle("m", "Springfield mayor resigns", text, "Gazette", null));
    for (SummaryLength length : List.of(SummaryLength.sentences(2), SummaryLength.sentences(3), SummaryLength.words(60))) {
      Brief brief = summarizer.summarize(story, length);
      assertProvenance(brief, story);
      for (List<SummarySentence> paragraph : brief.paragraphs()) {
        String joined = String.join(" ", paragraph.stream().map(SummarySentence::text).toList());
        assertThat(joined.chars().filter(ch -> ch == '"').count() % 2).as("%s: %s", length, joined).isZero();
      }
    }
  }

  @Test
  void aFactWithoutNamesOrNumbersIsToldOnceToo() {
    List<SourceArticle> flood = List.of(
        new SourceArticle("a", "Hundreds evacuated as Riverton floods", "Riverton was flooded on Sunday when the Maple River "
            + "overtopped its banks after heavy rain, forcing hundreds of people from their homes.\n\nFire crews used boats "
            + "to rescue families stranded in the Eastside district, the county fire service said.\n\nThe town hall has been "
            + "turned into an emergency shelter for evacuated residents.", "Valley News", null),
        new SourceArticle("b", "Storm floods Riverton as Maple River bursts its banks", "A powerful storm flooded the town of "
            + "Riverton on Sunday morning after the Maple River burst its banks following two days of torrential rain.\n\n"
            + "Hundreds of residents were evacuated from low-lying streets near the river, and the town hall opened as an "
            + "emergency shelter.\n\nForecasters said more rain was expected later in the week.", "County Post", null));
    Brief brief = summarizer.summarize(flood, SummaryLength.DEFAULT);
    assertThat(brief.sentences()).filteredOn(s -> s.text().contains("emergency shelter")).hasSize(1);
    assertProvenance(brief, flood);
  }
}
