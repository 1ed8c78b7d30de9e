package newsdesk.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Briefs of an evolving story (QA, 2026-11-29 night): three outlets report one volcano eruption over
 * a day, the newest with more evacuated and the first deaths (three, after a correction five). The
 * brief tells each figure once, with the newest value; the headline states no figure the brief has
 * superseded; "Read more" links the headline's article.
 */
class EvolvingStoryTest {
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
  static List<SourceArticle> kelud(String dead, boolean dated) {
    return List.of(
        new SourceArticle("planet", "Volcano erupts on Mount Kelud, forcing 20,000 to evacuate - Daily Planet", PLANET,
            "Daily Planet", dated ? MORNING : null),
        new SourceArticle("wire", "Mount Kelud volcano erupts in Java, thousands flee | Le Monde Wire", WIRE,
            "Le Monde Wire", dated ? MORNING.plusSeconds(8 * 3600) : null),
        new SourceArticle("tribune", "Mount Kelud eruption: " + dead.toLowerCase(java.util.Locale.ROOT) + " dead, 35,000 evacuated",
            tribune(dead), "Java Tribune", dated ? MORNING.plusSeconds(16 * 3600) : null));
  }

  @Test
  void debugScores() {
    var resources = SummarizerResources.english();
    var analyzer = new StoryAnalyzer(new SentenceSplitter(resources), resources);
    var story = analyzer.analyze(kelud("Five", true));
    var config = SummarizerSettings.defaults().forStory(3);
    double[] s = new SentenceScorer(config).score(story);
    for (int i = 0; i < s.length; i++) {
      Candidate c = story.candidates().get(i);
      System.out.printf("%.3f %d/%d %s%n", s[i], c.article(), c.index(), kelud("Five", true).get(c.article()).text().substring(c.start(), c.end()));
    }
    var hw = HeadlineWriter.english();
    System.out.println("title " + hw.titleArticle(kelud("Five", true)) + " " + hw.titleArticle(kelud("Three", true)));
  }
}
