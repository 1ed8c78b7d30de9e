package newsdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import newsdesk.text.Entity;
import newsdesk.text.EntityType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The headline signature of {@link DocumentVectorizer} and {@link SpecificSignature#headlineConflict}. */
class HeadlineConflictTest {
  private static final ClusteringConfig CONFIG = ClusteringConfig.defaults();
  private final SpecificSignature signature = new SpecificSignature(CONFIG);

  // Terms: 1 "endorse", 2 "biden", 3 "election", 10 "sanders", 20 "warren", 30 "klobuchar".

  /** A document with the given term weights (not normalised: the test reads them as they are). */
  private static DocumentVector doc(int[] terms, double[] weights, int... headline) {
    int[] sorted = terms.clone();
    Arrays.sort(sorted);
    return new DocumentVector(terms, weights, null, new int[0], sorted, headline);
  }

  private Story story(DocumentVector... members) {
    Story s = new Story("s", 0, "eng");
    for (DocumentVector v : members) {
      for (int i = 0; i < v.terms().length; i++) s.centroid.add(v.terms()[i], v.weights()[i]);
      s.size++;
      signature.joined(s, v);
    }
    return s;
  }

  private static final DocumentVector SANDERS = doc(new int[] {1, 2, 3, 10, 20}, new double[] {0.3, 0.4, 0.2, 0.8, 0.05}, 10, 2);
  private static final DocumentVector WARREN = doc(new int[] {1, 2, 3, 20, 10}, new double[] {0.3, 0.4, 0.2, 0.8, 0.05}, 20, 2);

  @Test
  void headlinesNamingEachTheirOwnSubjectConflictEvenWhenTheBodiesMentionBoth() {
    assertThat(signature.headlineConflict(story(SANDERS), WARREN)).isEqualTo(1);
    assertThat(signature.headlineConflict(story(WARREN), SANDERS)).isEqualTo(1);
  }

  @Test
  void aSharedSubjectOrANameTheOtherSideStressesIsNoConflict() {
    Story sanders = story(SANDERS);
    // A follow-up on the same subject: its headline names Sanders again.
    DocumentVector followUp = doc(new int[] {1, 2, 10, 30}, new double[] {0.2, 0.3, 0.8, 0.4}, 10, 30);
    assertThat(signature.headlineConflict(sanders, followUp)).isZero();
    // A new headline name, but the story's own subject carries weight in the document too.
    DocumentVector both = doc(new int[] {1, 2, 20, 10}, new double[] {0.3, 0.4, 0.8, 0.5}, 20, 2);
    assertThat(signature.headlineConflict(sanders, both)).isZero();
    // The document's headline name is strong in the story already: not the document's own.
    Story mentionsWarren = story(doc(new int[] {1, 2, 10, 20}, new double[] {0.3, 0.4, 0.8, 0.6}, 10, 2));
    assertThat(signature.headlineConflict(mentionsWarren, WARREN)).isZero();
    // No headline names on one side: nothing to judge.
    assertThat(signature.headlineConflict(sanders, doc(new int[] {1, 2, 20}, new double[] {0.3, 0.4, 0.8}))).isZero();
    assertThat(signature.headlineConflict(story(doc(new int[] {1, 2, 10}, new double[] {0.3, 0.4, 0.8})), WARREN)).isZero();
  }

  @Test
  void vectorizerHeadlineSignatureHoldsOnlyTheHeadlinesNamesHeaviestFirst() {
    DocumentVectorizer vectorizer = new DocumentVectorizer(CONFIG);
    AnalyzedDocument d = new AnalyzedDocument("d", null, "eng", List.of("warren", "endors", "biden"),
        List.of("warren", "endors", "biden", "biden", "sander", "primari"), List.of("warren", "biden", "sander"),
        List.of(new Entity("Elizabeth Warren", EntityType.PERSON, 1)));
    DocumentVector v = vectorizer.vectorize(d);
    TermStatistics ids = vectorizer.statistics();
    // "sander" is a name but not in the headline; "endors" is in the headline but no name.
    assertThat(v.headlineSignature()).containsExactlyInAnyOrder(ids.id("biden"), ids.id("warren"));
    assertThat(v.headlineSignature()[0]).isEqualTo(ids.id("biden")); // twice in the body: heavier
    DocumentVector off = new DocumentVectorizer(Configs.with(CONFIG, "headlineNames=0")).vectorize(d);
    assertThat(off.headlineSignature()).isEmpty();
  }

  @Test
  void configRejectsBadHeadlineSettings() {
    assertThatThrownBy(() -> Configs.with(CONFIG, "headlineConflictPenalty=-1"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("headlineConflictPenalty");
  }

  private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
  private static DocumentAnalyzer analyzer;

  @BeforeAll
  static void load() {
    analyzer = new DocumentAnalyzer();
  }

  private static final String HOLM = "Senator Margit Holm endorsed Governor Tobias Brandt for president on Monday, "
      + "a day after leaving the race. Holm said Brandt would unite the party before the convention in Lindhaven, "
      + "and asked her delegates to back the governor.";
  private static final String VARGA = "Senator Anja Varga endorsed Governor Tobias Brandt for president on Tuesday, "
      + "a week after leaving the race. Varga said Brandt would unite the party before the convention in Lindhaven, "
      + "and asked her delegates to back the governor.";
  private static final String HOLM_AGAIN = "Margit Holm, who endorsed Governor Tobias Brandt for president on Monday "
      + "after leaving the race, said on Tuesday that Brandt would unite the party before the convention in Lindhaven.";

  private static String storyOf(OnlineStoryClusterer c, String id, int hours, String title, String text, String outlet) {
    return c.add(new ClusterDocument(id, T0.plusSeconds(3600L * hours), title, text, outlet)).storyId();
  }

  @Test
  void anOutletsHeadlinesNamingDifferentSubjectsAreTwoStoriesOtherOutletsPayNothing() {
    // No outlet penalty and a prohibitive headline penalty: the headline test alone decides.
    ClusteringConfig strict = Configs.with(CONFIG, "sameOutletPenalty=0,headlineConflictPenalty=5");
    OnlineStoryClusterer sameOutlet = new OnlineStoryClusterer(analyzer, strict);
    String holm = storyOf(sameOutlet, "a", 0, "Margit Holm endorses Tobias Brandt", HOLM, "Daily Post");
    String varga = storyOf(sameOutlet, "b", 24, "Anja Varga endorses Tobias Brandt", VARGA, "Daily Post");
    String again = storyOf(sameOutlet, "c", 25, "Margit Holm defends Tobias Brandt", HOLM_AGAIN, "Daily Post");
    assertThat(varga).as("one outlet, headlines name different senators").isNotEqualTo(holm);
    assertThat(again).as("one outlet, the same subject in the headline").isEqualTo(holm);

    OnlineStoryClusterer twoOutlets = new OnlineStoryClusterer(analyzer, strict);
    holm = storyOf(twoOutlets, "a", 0, "Margit Holm endorses Tobias Brandt", HOLM, "Daily Post");
    varga = storyOf(twoOutlets, "b", 24, "Anja Varga endorses Tobias Brandt", VARGA, "Evening Star");
    assertThat(varga).as("the words alone join them; another outlet pays nothing").isEqualTo(holm);
  }
}
