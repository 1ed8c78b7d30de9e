package newsdesk.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Briefs of an evolving story (QA, 2026-11-29 night): three outlets report one volcano eruption over
 * a day, the newest with more evacuated and the first deaths (three, after a correction five). The
 * brief tells each figure once, with the newest value; the headline states no figure the brief has
 * superseded; "Read more" links the headline's article; the deaths are in a two-sentence brief.
 */
public class EvolvingStoryTest {
  static final String PLANET = "Mount Kelud on the Indonesian island of Java erupted late on Thursday, forcing 20,000 people to "
      + "evacuate their homes, the national disaster agency said.\n\nThe volcano hurled a column of ash and rock 17 kilometres "
      + "into the sky, and ash fell on towns as far as 200 kilometres away.\n\nThree international airports in Java, including "
      + "those in Surabaya and Yogyakarta, were closed on Friday morning.\n\nAuthorities had raised the alert to its highest "
      + "level on Thursday evening, less than two hours before the eruption.\n\nKelud last erupted in 2007. An eruption in 1990 "
      + "killed more than 30 people.";
  static final String WIRE = "Mount Kelud, one of the most active volcanoes in Indonesia, erupted on Thursday night, forcing about "
      + "20,000 villagers to evacuate and covering much of East Java in grey ash.\n\nSome 20,000 villagers living within 10 "
      + "kilometres of the crater are staying in shelters, officials said.\n\nSeven airports across Java were shut on Friday, "
      + "stranding thousands of travellers.\n\nResidents described a night of thunderous explosions and falling gravel. \"It "
      + "sounded like a war,\" said Sri Wahyuni, a farmer from Sugihwaras.\n\nSoldiers and police were helping to clear roads "
      + "blocked by ash and fallen trees.";

  static String tribune(String dead) {
    return "The number of people evacuated after the eruption of Mount Kelud in East Java has risen to 35,000, the national "
        + "disaster agency said on Friday evening.\n\n" + dead + " people were killed when the roofs of their houses collapsed "
        + "under the weight of wet ash, the agency said.\n\nAsh up to five centimetres thick covered roads and fields, and seven "
        + "airports remained closed.\n\nVolcanologists warned that further eruptions were possible in the coming days.";
  }

  static final Instant MORNING = Instant.parse("2026-11-28T06:00:00Z");

  /** The story as QA saw it: the newest article reports {@code dead} ("Three", or "Five" after its correction). */
  public static List<SourceArticle> kelud(String dead, boolean dated) {
    return List.of(
        new SourceArticle("planet", "Volcano erupts on Mount Kelud, forcing 20,000 to evacuate - Daily Planet", PLANET,
            "Daily Planet", dated ? MORNING : null),
        new SourceArticle("wire", "Mount Kelud volcano erupts in Java, thousands flee | Le Monde Wire", WIRE,
            "Le Monde Wire", dated ? MORNING.plusSeconds(8 * 3600) : null),
        new SourceArticle("tribune", "Mount Kelud eruption: " + dead.toLowerCase(Locale.ROOT) + " dead, 35,000 evacuated",
            tribune(dead), "Java Tribune", dated ? MORNING.plusSeconds(16 * 3600) : null));
  }

  private final Summarizer summarizer = new ExtractiveSummarizer();
  private static final List<SummaryLength> LENGTHS = List.of(SummaryLength.DEFAULT, SummaryLength.words(260),
      SummaryLength.words(120), SummaryLength.sentences(2), SummaryLength.sentences(3), SummaryLength.sentences(5));

  private static List<String> texts(Brief brief) {
    return brief.sentences().stream().map(SummarySentence::text).toList();
  }

  @Test
  void aFigureANewerArticleUpdatesIsToldOnceWithTheNewerValue() {
    for (String dead : List.of("Three", "Five")) {
      for (SummaryLength len : LENGTHS) {
        List<SourceArticle> story = kelud(dead, true);
        Brief brief = summarizer.summarize(story, len);
        SummaryChecks.assertProvenance(brief, story);
        List<String> brief0 = texts(brief);
        assertThat(brief0).as(len + ": " + brief0).anyMatch(s -> s.contains("35,000")).noneMatch(s -> s.contains("20,000"));
      }
    }
  }

  @Test
  void theCorrectedDeathTollIsInEveryBriefEvenOfTwoSentences() {
    for (SummaryLength len : LENGTHS) {
      assertThat(texts(summarizer.summarize(kelud("Five", true), len))).as(len.toString())
          .anyMatch(s -> s.startsWith("Five people were killed")).noneMatch(s -> s.startsWith("Three people were killed"));
      assertThat(texts(summarizer.summarize(kelud("Three", true), len))).as(len.toString())
          .anyMatch(s -> s.startsWith("Three people were killed"));
    }
  }

  @Test
  void theHeadlineIsTheNewestWellSupportedTitleAndStatesNoSupersededFigure() {
    for (String dead : List.of("Three", "Five")) {
      Brief brief = summarizer.summarize(kelud(dead, true), SummaryLength.DEFAULT);
      assertThat(brief.headline()).isEqualTo("Mount Kelud eruption: " + dead.toLowerCase(Locale.ROOT) + " dead, 35,000 evacuated");
      assertThat(brief.headlineArticleId()).isEqualTo("tribune");
      assertThat(brief.sentences().getFirst().articleId()).as("the brief opens on the headline's article").isEqualTo("tribune");
    }
  }

  @Test
  void readMoreLinksTheHeadlinesArticle() {
    List<SourceArticle> story = kelud("Five", true);
    Brief brief = summarizer.summarize(story, SummaryLength.DEFAULT);
    String lead = brief.sentences().getFirst().articleId();
    assertThat(BestOriginal.english().chooseArticle(story, brief.headlineArticleId(), lead)).map(SourceArticle::outlet)
        .contains("Java Tribune");
  }

  @Test
  void withoutPublicationTimesTheDateRulesDoNothing() {
    var off = new ExtractiveSummarizer(SummarizerSettings.defaults().with(Map.of("figureUpdates", "0", "updateWeight", "0")),
        SummarizerResources.english(), HeadlineWriter.english());
    for (SummaryLength len : LENGTHS) {
      assertThat(summarizer.summarize(kelud("Five", false), len)).isEqualTo(off.summarize(kelud("Five", false), len));
    }
  }

  private static List<FactSignature> signatures(String... sentences) {
    var r = SummarizerResources.english();
    return FactSignatures.of(r.stopwords(), r.numberWords(), List.of(sentences));
  }

  @Test
  void aFigureIsUpdatedOnlyByTheSameCountWithAnotherValue() {
    List<FactSignature> f = signatures(
        "Mount Kelud erupted late on Thursday, forcing 20,000 people to evacuate their homes, the agency said.",
        "The number of people evacuated after the eruption of Mount Kelud has risen to 35,000, the agency said.",
        "An eruption in 1990 killed more than 30 people.",
        "Five people were killed when the roofs of their houses collapsed.",
        "Ash up to five centimetres thick covered roads and fields.",
        "Mount Kelud erupted, forcing about 20,000 villagers to evacuate and covering roads in ash.",
        "The number of people evacuated has risen from 20,000 to 35,000.",
        "Three people were killed when roofs collapsed.",
        "3 people were killed when roofs collapsed.");
    assertThat(f.get(1).updates(f.get(0), 2)).containsExactly("20000");
    assertThat(f.get(3).updates(f.get(2), 2)).as("a clause naming a year tells history").isEmpty();
    assertThat(f.get(4).updates(f.get(5), 2)).as("five centimetres of ash are no count of evacuees").isEmpty();
    assertThat(f.get(6).updates(f.get(0), 2)).as("a sentence with both values updates nothing").isEmpty();
    assertThat(f.get(3).updates(f.get(7), 2)).containsExactly("3");
    assertThat(f.get(8).updates(f.get(7), 2)).as("'3' and 'three' are one value").isEmpty();
  }

  @Test
  void aTitleWithAnUpdatedFigureLosesAndTheNewestWellSupportedTitleWins() {
    HeadlineWriter writer = HeadlineWriter.english();
    List<SourceArticle> story = kelud("Five", true);
    assertThat(writer.titleArticle(story, t -> t.contains("20,000"))).isEqualTo(2);
    assertThat(writer.titleArticle(story, t -> t.contains("35,000"))).as("an outdated title comes last").isNotEqualTo(2);
    assertThat(writer.titleArticle(kelud("Five", false))).as("undated: the best-supported title").isEqualTo(0);
  }
}
