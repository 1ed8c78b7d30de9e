package newsdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import newsdesk.text.TermAnalyzer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Interview transcripts are profiled by what they are about, not by how a transcript is laid out. */
class StoryProfilesTest {
  private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
  private final TermAnalyzer analyzer = new TermAnalyzer();
  private final StoryProfiles profiles = new StoryProfiles(analyzer);

  @AfterEach
  void close() {
    analyzer.close();
  }

  static final String ASTRONOMY = """
      Astronomer Jane Roe and colleagues reported signs of a planet forming around a young star.
      ((WN)) How did you find the planet? ((Jane Roe)) : Yeah, so I think we used the telescope in Chile. You know, the spiral arms of the disc were very clear.
      ((WN)) What do you want to do next? ((Jane Roe)) So we will observe the star again, I think, because the planet should move.
      ((WN)) Do you like the work? ((Jane Roe)) Yeah, I really like it, you know, I do.
      """;
  static final String GAMES = """
      Game developer John Doe released a new version of his open-source building game.
      ((WN)) How did you start programming? ((John Doe)) Yeah, so I think I was twelve. You know, I wanted to make games.
      ((WN)) What do you want to do next? ((John Doe)) So I will rewrite the renderer, I think, because it is slow.
      ((WN)) Do you like the work? ((John Doe)) Yeah, I really like it, you know, I do.
      """;

  private StoryProfile profile(String id, String text, List<String> entities) {
    return profiles.profile(id, T0, "eng", id, List.of(text), List.of(id), entities);
  }

  @Test
  void speakerLabelsSpokenFillersAndLabelOnlyEntitiesLeaveTheProfile() {
    StoryProfile p = profile("astronomy", ASTRONOMY, List.of("WN", "Jane Roe", "Yeah", "So", "Chile"));
    assertThat(p.terms()).doesNotContain("wn", "i", "you", "yeah", "so", "think", "know")
        .contains("planet", "telescop", "chile");
    assertThat(p.entities()).containsExactly("Jane Roe", "Chile");
  }

  @Test
  void twoInterviewsOnDifferentSubjectsAreNotRelated() {
    List<StoryProfile> stories = List.of(
        profile("astronomy", ASTRONOMY, List.of("WN", "Jane Roe", "Yeah", "So", "Chile")),
        profile("games", GAMES, List.of("WN", "John Doe", "Yeah", "So")),
        profile("quake1", "An earthquake of magnitude 6.1 struck the coast of Ferrovia on Monday. Rescuers searched the rubble.",
            List.of("Ferrovia")),
        profile("quake2", "Rescuers in Ferrovia pulled survivors from the rubble after Monday's earthquake, of magnitude 6.1.",
            List.of("Ferrovia")),
        profile("budget", "Parliament passed the budget after a long debate over taxes.", List.of()),
        profile("final", "The home side won the cup final with a late goal.", List.of()));
    Map<String, List<RelatedStory>> related = new RelatedStoryFinder().find(stories);
    assertThat(related.get("astronomy")).extracting(RelatedStory::storyId).doesNotContain("games");
    assertThat(related.get("games")).extracting(RelatedStory::storyId).doesNotContain("astronomy");
    assertThat(related.get("quake1")).extracting(RelatedStory::storyId).contains("quake2");
  }
}
