package newsdesk.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Defects a QA reading of the briefs found (2026-11-29 evening): a fact two outlets tell in one and
 * in two sentences, a "He said" with nobody to refer to, a "this event" opening the brief, and
 * interview lines presented as narration.
 */
class QaBriefDefectsTest {
  private final Summarizer summarizer = new ExtractiveSummarizer();
  private final SummarizerResources resources = SummarizerResources.english();

  static final String FLOOD_A = "Heavy rain flooded large parts of Springfield on Tuesday night, forcing more than 2,000 residents "
      + "to leave their homes, Governor Maria Lopez said on Wednesday.\n\nThe Millbrook River rose four metres above its normal "
      + "level within six hours, the regional water authority reported. Emergency crews rescued 140 people from rooftops and cars.\n\n"
      + "Lopez declared a state of emergency for Springfield and three neighbouring towns. She said the state would ask the federal "
      + "government for disaster aid.\n\n\"We have never seen water rise this fast,\" said fire chief Tom Becker. \"Our crews worked "
      + "through the night.\"\n\nThe town hall opened as an emergency shelter for evacuated residents, and schools will remain closed "
      + "until Friday.\n\nForecasters expect more rain on Thursday, and the water authority warned that the river could rise again.";
  static final String FLOOD_B = "Floodwaters swept through Springfield overnight Tuesday after record rainfall, and about 2,000 people "
      + "were evacuated, according to Governor Maria Lopez.\n\nRescue teams pulled 140 residents from flooded homes and vehicles as the "
      + "Millbrook River burst its banks, officials said.\n\nHe said the damage would run into millions of dollars.\n\nThe governor has "
      + "declared a state of emergency in Springfield and nearby towns and plans to request federal disaster assistance.\n\nThe town "
      + "hall has been turned into an emergency shelter for evacuated residents.\n\nIt was the worst flooding in the region since 1998, "
      + "when the river rose three metres.";

  private static List<SourceArticle> flood() {
    return List.of(new SourceArticle("a", "Springfield floods force 2,000 from their homes", FLOOD_A, null, null),
        new SourceArticle("b", "Thousands evacuated as floods hit Springfield", FLOOD_B, null, null));
  }

  private static List<String> texts(Brief brief) {
    return brief.sentences().stream().map(SummarySentence::text).toList();
  }

  @Test
  void aFactOneOutletTellsInTwoSentencesAndAnotherInOneIsToldOnce() {
    for (var len : List.of(SummaryLength.DEFAULT, SummaryLength.words(260), SummaryLength.words(120))) {
      List<String> brief = texts(summarizer.summarize(flood(), len));
      assertThat(brief.stream().filter(s -> s.contains("state of emergency")).count()).as(len + ": " + brief).isLessThanOrEqualTo(1);
      assertThat(brief.stream().filter(s -> s.contains("federal")).count()).as(len + ": " + brief).isLessThanOrEqualTo(1);
    }
  }

  @Test
  void theUnionOfTwoSignaturesHoldsTheTermsOfBoth() {
    List<FactSignature> f = FactSignatures.of(resources.stopwords(), resources.numberWords(), List.of(
        "Lopez declared a state of emergency for Springfield.", "She said the state would ask for 1,200 beds.",
        "The governor declared a state of emergency in Springfield and asked for 1,200 beds."));
    FactSignature pair = f.get(0).union(f.get(1));
    assertThat(pair.terms()).isSorted().doesNotHaveDuplicates();
    assertThat(pair.terms().length).isEqualTo(java.util.stream.IntStream.concat(
        java.util.Arrays.stream(f.get(0).terms()), java.util.Arrays.stream(f.get(1).terms())).distinct().count());
    assertThat(pair.specific()).isEqualTo(f.get(1).specific());
    assertThat(pair.coveredBy(f.get(2), 2.5)).isGreaterThan(f.get(0).coveredBy(f.get(2), 2.5));
  }

  @Test
  void aHeOrSheAfterAPluralSpeakerHasNobodyToReferToAndIsLeftOut() {
    for (var len : List.of(SummaryLength.DEFAULT, SummaryLength.words(400))) {
      assertThat(texts(summarizer.summarize(flood(), len))).doesNotContain("He said the damage would run into millions of dollars.");
    }
    List<Candidate> cs = analyze("Crews pulled 140 residents from their homes, officials said. He said the damage was large. "
        + "Mayor Tom Reed visited the shelter, police said. She said more rain was due. "
        + "Mayor Tom Reed said the town would rebuild. He said the cost was unknown. "
        + "The dam held, according to engineers. She said that was lucky.");
    assertThat(cs).extracting(Candidate::orphan).containsExactly(false, true, false, true, false, false, false, true);
  }

  @Test
  void aThisOrTheseNounReferenceIsMarkedUnlessItPointsAtTheTimeOfWriting() {
    List<Candidate> cs = analyze("This event opened the festival in the old town. The railway launched this event on Monday. "
        + "Sales rose this year and this week. These rats were calmer. Prices fell in the shops.");
    assertThat(cs).extracting(Candidate::demonstrative).containsExactly(false, true, false, false, false);
  }

  @Test
  void aDemonstrativeReferenceNeverOpensTheBrief() throws IOException {
    Brief brief = summarizer.summarize(demoStory("Tippu Express"), SummaryLength.DEFAULT);
    assertThat(brief.sentences()).isNotEmpty();
    List<Candidate> cs = analyze(brief.sentences().get(0).text());
    assertThat(cs.get(0).demonstrative()).as(brief.sentences().get(0).text()).isFalse();
    assertThat(brief.sentences().get(0).text()).doesNotContain("this event");
  }

  @Test
  void interviewLinesAreNotPresentedAsNarration() throws IOException {
    for (String story : List.of("Tippu Express", "empathy and harm aversion", "talks about Minetest")) {
      for (var len : List.of(SummaryLength.DEFAULT, SummaryLength.words(260))) {
        List<String> brief = texts(summarizer.summarize(demoStory(story), len));
        assertThat(brief).as(story).isNotEmpty();
        assertThat(String.join("\n", brief)).as(story + " " + len)
            .doesNotContain("Allow me to congratulate", "As I told you", "Tell us more about", "Looks like we have 13",
                "you can't beat that", "Good afternoon");
      }
    }
  }

  @Test
  void anArticleWithoutLabelsOrManyQuestionsHasNoInterviewLines() {
    List<Candidate> cs = analyze("Why did the river rise? Forecasters had warned of rain.\n\nThe dam held. Crews worked all night. "
        + "Schools stay closed. The mayor thanked volunteers.");
    assertThat(cs).noneMatch(Candidate::interview);
    List<Candidate> transcript = analyze("The minister spoke to us on Friday.\n\n((WN)) Tell us more about the plan.\n\n"
        + "((Jane Roe)) We will build two bridges. Looks like we start in May.");
    assertThat(transcript).extracting(Candidate::interview).containsExactly(false, true, true, true);
  }

  private List<Candidate> analyze(String text) {
    var story = new StoryAnalyzer(new SentenceSplitter(resources), resources)
        .analyze(List.of(new SourceArticle("t", "", text, null, null)));
    return new TranscriptDetector(SummarizerConfig.defaults()).markInterviewLines(story).candidates();
  }

  /** The demo corpus's articles whose text or title contains {@code key}: the stories QA read. */
  private static List<SourceArticle> demoStory(String key) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<SourceArticle> out = new ArrayList<>();
    try (InputStream in = QaBriefDefectsTest.class.getResourceAsStream("/newsdesk/demo/wikinews-2019-2020.jsonl")) {
      assertThat(in).as("demo corpus on the class path").isNotNull();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.contains(key)) continue;
        JsonNode n = json.readTree(line);
        out.add(new SourceArticle(n.get("id").asText(), n.get("title").asText(), n.get("text").asText(), null, null));
      }
    }
    assertThat(out).as(key).isNotEmpty();
    return out;
  }
}
