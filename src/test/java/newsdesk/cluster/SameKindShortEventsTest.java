package newsdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import newsdesk.text.MiniLmSentenceEmbedder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two events of one kind in short documents (headlines, 60-word items) stay two stories with the
 * default configuration and the real sentence-embedding model, whose cosines between two such
 * headlines are as high as between two of one event; follow-ups that name the event's place or
 * figure still join. Invented texts.
 */
class SameKindShortEventsTest {
  private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");
  private static DocumentAnalyzer analyzer;

  @BeforeAll
  static void loadModel() {
    analyzer = new DocumentAnalyzer(MiniLmSentenceEmbedder.load(), ClusteringConfig.defaults());
  }

  private static ClusterDocument doc(String id, int hour, String title, String text) {
    return new ClusterDocument(id, T0.plusSeconds(3600L * hour), title, text);
  }

  private static String add(OnlineStoryClusterer c, ClusterDocument d) {
    return c.add(d).storyId();
  }

  @Test
  void twoEarthquakesAndTwoBusCrashesInHeadlinesAreFourStoriesAndTheFollowUpJoinsItsOwn() {
    OnlineStoryClusterer c = new OnlineStoryClusterer(analyzer, ClusteringConfig.defaults());
    String chile = add(c, doc("chile", 0, "Magnitude 6.8 earthquake hits northern Chile", ""));
    String italy = add(c, doc("italy", 1, "Magnitude 5.1 earthquake hits central Italy", ""));
    String peru = add(c, doc("peru", 2, "Bus crash in Peru kills 20", ""));
    String nepal = add(c, doc("nepal", 3, "Bus crash in Nepal kills 12", ""));
    String followUp = add(c, doc("chile2", 4, "Chile earthquake: no tsunami warning after 6.8 quake", ""));

    assertThat(italy).isNotEqualTo(chile);
    assertThat(nepal).isNotEqualTo(peru);
    assertThat(peru).isNotIn(chile, italy);
    assertThat(followUp).isEqualTo(chile);
  }

  @Test
  void embeddingsAloneNoLongerJoinHeadlinesWhoseNamesConflict() {
    // With the old headline penalty the Italy headline's TF-IDF margin is negative; only the
    // embedding carried it into the Chile story.
    ClusteringConfig oldPenalty = Configs.with(ClusteringConfig.defaults(), "shortConflictPenalty=0.11");
    OnlineStoryClusterer c = new OnlineStoryClusterer(analyzer, oldPenalty);
    String chile = add(c, doc("chile", 0, "Magnitude 6.8 earthquake hits northern Chile", ""));
    assertThat(add(c, doc("italy", 1, "Magnitude 5.1 earthquake hits central Italy", ""))).isNotEqualTo(chile);
  }

  @Test
  void twoBusCrashReportsOfSixtyWordsStayApartAndTheDeathTollUpdateJoinsItsCrash() {
    OnlineStoryClusterer c = new OnlineStoryClusterer(analyzer, ClusteringConfig.defaults());
    String peru = add(c, doc("peru", 0, "Bus crash in Peru kills 20",
        "A bus carrying passengers from Lima plunged into a ravine in the Andes on Saturday, killing at least 20 people"
            + " and injuring 15, police said. The bus fell 200 metres near the town of Huancayo after the driver lost"
            + " control on a sharp curve. Rescue workers recovered bodies through the night. Road accidents are common"
            + " in Peru's mountains."));
    String nepal = add(c, doc("nepal", 4, "Bus crash in Nepal kills 12",
        "A bus carrying passengers from Kathmandu plunged into a river in western Nepal on Saturday, killing at least"
            + " 12 people and injuring 20, police said. The bus fell 100 metres near the town of Pokhara after the"
            + " driver lost control on a narrow mountain road. Rescue workers recovered bodies through the night. Road"
            + " accidents are common in Nepal's mountains."));
    String update = add(c, doc("peru2", 8, "Peru bus accident death toll rises to 24",
        "The death toll from Saturday's bus crash near Huancayo in Peru rose to 24 on Sunday, the health ministry"
            + " said, as four injured passengers died in hospital."));

    assertThat(nepal).isNotEqualTo(peru);
    assertThat(update).isEqualTo(peru);
  }

  @Test
  void aHeadlinePaysTheShortConflictPenaltyLongerDocumentsTheFadingOne() {
    ClusteringConfig config = ClusteringConfig.defaults();
    LengthScale scale = new LengthScale(config);
    assertThat(scale.conflictPenalty(config.shortTerms())).isEqualTo(config.shortConflictPenalty());
    assertThat(scale.conflictPenalty(config.shortTerms() + 1)).isEqualTo(config.conflictPenalty());
    assertThat(scale.conflictPenalty(config.veryLongTerms())).isZero();
    ClusteringConfig off = Configs.with(config, "conflictPenalty=0");
    assertThat(new LengthScale(off).conflictPenalty(1)).isZero();
  }
}
