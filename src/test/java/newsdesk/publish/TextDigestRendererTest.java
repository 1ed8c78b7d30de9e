package newsdesk.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextDigestRendererTest {
  static List<DigestStory> stories() {
    Instant t = Instant.parse("2020-03-02T00:00:00Z");
    Instant feb28 = Instant.parse("2020-02-28T18:00:00Z");
    Instant corrected = Instant.parse("2020-03-05T10:00:00Z");
    Instant mar1 = Instant.parse("2020-03-01T09:30:00Z");
    DigestStory first = new DigestStory("s-1", "Volcano erupts on island",
        List.of("A volcano erupted on Tuesday. Villages were covered in ash.", "Flights were cancelled."),
        List.of(new DigestStory.Sentence("A volcano erupted on Tuesday.", "a-1", 0, 29, 0)),
        new DigestStory.Link("Wikinews", "https://en.wikinews.org/wiki/Volcano"),
        List.of(new DigestStory.Coverage("Wikinews", "https://en.wikinews.org/wiki/Volcano", "Volcano erupts", t, null, false,
            DigestStory.Coverage.DAY),
            new DigestStory.Coverage("Daily Planet", "https://planet.example/volcano-(update)", "Eruption", t),
            new DigestStory.Coverage("Le Monde", "https://lemonde.example/1", "Éruption", t),
            new DigestStory.Coverage("Le Monde", "https://lemonde.example/2", "Éruption, suite", t),
            new DigestStory.Coverage("Wikinews", "https://en.wikinews.org/wiki/Ash", "Ash falls", t),
            new DigestStory.Coverage(null, "https://nameless.example/", "No outlet name", t)),
        List.of(new DigestStory.Related("s-2", "Second eruption feared", "Scientists warn of another eruption.",
            corrected, feb28),
            new DigestStory.Related("s-3", "Ash closes island schools", "Schools near the volcano closed.", mar1, mar1, true)),
        t, t, null, t);
    // Its newest article is of 28 Feb, one of its articles was corrected on 5 Mar: dated 28 Feb, with a note.
    DigestStory second = new DigestStory("s-2", "Second eruption feared", List.of("Scientists warn of another eruption."),
        List.of(), new DigestStory.Link("Wikinews", "https://en.wikinews.org/wiki/Second"), List.of(), List.of(), feb28,
        corrected, null, feb28);
    // Its only article gives no publication time: dated when newsdesk first read it, and every output says so.
    DigestStory third = new DigestStory("s-3", "Ash closes island schools", List.of("Schools near the volcano closed."),
        List.of(), new DigestStory.Link("Island Radio", "https://radio.example/schools"),
        List.of(new DigestStory.Coverage("Island Radio", "https://radio.example/schools", "Schools closed", null, mar1)),
        List.of(), mar1, mar1, null, mar1);
    return List.of(first, second, third);
  }

  static String golden(String name) throws IOException {
    try (InputStream in = TextDigestRendererTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void rendersCardsWithHeadlineOnTopReadMoreAndEnDashRelatedLines() throws IOException {
    Goldens.assertMatches("digest.golden.txt", new TextDigestRenderer().render(stories()));
  }

  @Test
  void rendersMarkdown() throws IOException {
    Goldens.assertMatches("digest.golden.md", new MarkdownDigestRenderer().render(stories()));
  }

  @Test
  void rendersTheStoryObjectAsJson() throws Exception {
    var json = JsonDigestRenderer.mapper().readTree(new JsonDigestRenderer().render(stories()));
    var story = json.get("stories").get(0);
    assertThat(story.get("id").asText()).isEqualTo("s-1");
    assertThat(story.get("read_more").get("outlet").asText()).isEqualTo("Wikinews");
    assertThat(story.get("sentences").get(0).get("article_id").asText()).isEqualTo("a-1");
    assertThat(story.get("sentences").get(0).get("paragraph").asInt()).isZero();
    assertThat(story.get("published").asText()).isEqualTo("2020-03-02T00:00:00Z");
    assertThat(story.get("related").get(0).get("headline").asText()).isEqualTo("Second eruption feared");
    assertThat(story.get("outlets").get(0).get("name").asText()).isEqualTo("Wikinews");
  }

  @Test
  void alsoCoveredByNamesTheOtherOutletsOnlyAndNeverLinksAnAddressThatIsNotWeb() {
    Instant t = Instant.parse("2020-03-02T00:00:00Z");
    DigestStory.Link readMore = new DigestStory.Link("Wikinews", "https://en.wikinews.org/wiki/A");
    DigestStory alone = new DigestStory("s-3", "One article", List.of("Text."), List.of(), readMore,
        List.of(new DigestStory.Coverage("Wikinews", readMore.url(), "A", t)), List.of(), t, t);
    assertThat(new TextDigestRenderer().render(List.of(alone))).doesNotContain("Also covered by");
    assertThat(new MarkdownDigestRenderer().render(List.of(alone))).doesNotContain("Also covered by");
    DigestStory hostile = new DigestStory("s-4", "Two articles", List.of("Text."), List.of(), readMore,
        List.of(new DigestStory.Coverage("Wikinews", readMore.url(), "A", t),
            new DigestStory.Coverage("Evil [outlet](javascript:x)", "javascript:alert(1)", "B", t)), List.of(), t, t);
    assertThat(new TextDigestRenderer().render(List.of(hostile))).contains("Also covered by: Evil [outlet](javascript:x)\n");
    assertThat(new MarkdownDigestRenderer().render(List.of(hostile)))
        .contains("Also covered by: Evil \\[outlet\\](javascript:x)\n").doesNotContain("(javascript:alert");
  }

  @Test
  void everyCardIsDatedByItsNewestArticleAsTheWebCardIsSoThatTodayInABriefCanBePlaced() {
    // QA: text and Markdown cards had no date while briefs keep "Today, ..." and "Tomorrow, voters ...".
    DigestStory story = new DigestStory("s-5", "Voters go to the polls", List.of("Tomorrow, voters elect a mayor."), List.of(),
        new DigestStory.Link("Wikinews", "https://en.wikinews.org/wiki/Vote"), List.of(), List.of(),
        Instant.parse("2026-11-26T22:00:00Z"), Instant.parse("2026-11-27T23:59:59Z"));
    assertThat(new TextDigestRenderer().render(List.of(story)))
        .startsWith("Voters go to the polls\n2026-11-27\nTomorrow, voters elect a mayor.\n");
    assertThat(new MarkdownDigestRenderer().render(List.of(story)))
        .startsWith("## Voters go to the polls\n\n2026-11-27\n\nTomorrow, voters elect a mayor.\n\n");
    DigestStory undated = new DigestStory("s-6", "Undated", List.of("Text."), List.of(), null, List.of(), List.of(), null, null);
    assertThat(new TextDigestRenderer().render(List.of(undated))).isEqualTo("Undated\nText.\n");
    assertThat(new MarkdownDigestRenderer().render(List.of(undated))).isEqualTo("## Undated\n\nText.\n\n");
  }

  @Test
  void anEmptyDigestRendersAsNothing() {
    assertThat(new TextDigestRenderer().render(List.of())).isEmpty();
  }
}
