package newsdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import newsdesk.text.Entity;
import newsdesk.text.EntityType;
import org.junit.jupiter.api.Test;

/** Signatures of {@link DocumentVectorizer} and the conflict test of {@link SpecificSignature}. */
class SpecificSignatureTest {
  private static final ClusteringConfig CONFIG = ClusteringConfig.defaults();
  private final SpecificSignature signature = new SpecificSignature(CONFIG);

  /** A document of equally weighted terms whose signature is {@code signature} (heaviest first). */
  private static DocumentVector doc(int[] terms, int... signature) {
    double[] weights = new double[terms.length];
    Arrays.fill(weights, 1 / Math.sqrt(terms.length));
    int[] sorted = terms.clone();
    Arrays.sort(sorted);
    return new DocumentVector(terms, weights, null, signature, sorted);
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

  @Test
  void ownNamesOnBothSidesConflict() {
    // Terms: 1 phone, 2 carrier, 10 "q10", 20 "curve", 21 "8900".
    Story q10 = story(doc(new int[] {1, 2, 10}, 10, 2), doc(new int[] {1, 2, 10}, 10, 2));
    assertThat(signature.conflict(q10, doc(new int[] {1, 2, 20, 21}, 20, 21, 2))).isEqualTo(1);
  }

  @Test
  void aSharedHeaviestNameOrAllDominantNamesPresentIsNoConflict() {
    Story q10 = story(doc(new int[] {1, 2, 10}, 10, 2), doc(new int[] {1, 2, 10}, 10, 2));
    // Heaviest name known to the story: another outlet's report of the same launch.
    assertThat(signature.conflict(q10, doc(new int[] {1, 2, 10, 30}, 10, 30))).isZero();
    // A new name, but the story's own names are all there: a new detail, not another event.
    assertThat(signature.conflict(q10, doc(new int[] {1, 2, 10, 30}, 30, 10, 2))).isZero();
    // No signature (no names, no numbers): nothing to judge.
    assertThat(signature.conflict(q10, doc(new int[] {1, 2}))).isZero();
  }

  @Test
  void onlyNamesMostMembersShareAreDominant() {
    // Term 40 in one signature of four: not dominant (share 0.5), so its absence is no conflict.
    Story s = story(doc(new int[] {1, 10, 40}, 40, 10), doc(new int[] {1, 10}, 10), doc(new int[] {1, 10}, 10),
        doc(new int[] {1, 10}, 10));
    assertThat(s.dominant).containsExactly(10);
    assertThat(signature.conflict(s, doc(new int[] {1, 10, 50}, 50))).isZero();
    assertThat(signature.conflict(s, doc(new int[] {1, 50}, 50))).isEqualTo(1);
  }

  @Test
  void absorbedStoriesAddTheirCounts() {
    Story keep = story(doc(new int[] {1, 10}, 10));
    Story gone = story(doc(new int[] {1, 20}, 20), doc(new int[] {1, 20}, 20));
    keep.size += gone.size;
    gone.centroid.forEach(keep.centroid::add);
    signature.absorbed(keep, gone);
    assertThat(keep.signature.get(20)).isEqualTo(2);
    assertThat(keep.dominant).containsExactly(20); // in 2 of 3 members; term 10 in only one
  }

  private static final java.time.Instant T0 = java.time.Instant.parse("2026-03-01T08:00:00Z");
  private static final String Q7 = "Zeta Mobile will sell the new Nova Q7 smartphone from April, the carrier said on "
      + "Monday. The Nova Q7 has a physical keyboard and a larger battery, and business customers can register for it "
      + "now. Zeta Mobile did not give a price for the Q7.";
  private static final String Q7_AGAIN = "The Nova Q7 is coming to Zeta Mobile: the carrier confirmed on Monday that it "
      + "will carry the keyboard phone, with registration for business customers opening in April. Pricing for the Q7 "
      + "is still to be announced.";
  private static final String CURVE = "Nova Devices announced today that Zeta Mobile will start selling the Nova Curve "
      + "8900 smartphone to its customers next month. The Curve 8900 is the thinnest keyboard phone of the line, with a "
      + "camera, GPS and WiFi, the carrier said.";

  @Test
  void anotherLaunchOfTheSameKindPaysThePenaltyAnotherReportOfTheSameDoesNot() {
    DocumentAnalyzer analyzer = new DocumentAnalyzer();
    DocumentVectorizer vectorizer = new DocumentVectorizer(CONFIG);
    StoryScorer scorer = new StoryScorer(CONFIG);
    Story story = new Story("q7", 0, "eng");
    DocumentVector first = vectorizer.vectorize(analyzer.analyze(new ClusterDocument("a", T0, "Zeta Mobile to carry Nova Q7", Q7)));
    story.normSquared = 1;
    for (int i = 0; i < first.terms().length; i++) story.centroid.add(first.terms()[i], first.weights()[i]);
    story.size = 1;
    scorer.signature().joined(story, first);
    DocumentVector same = vectorizer.vectorize(analyzer.analyze(new ClusterDocument("b", T0, "Zeta Mobile confirms Nova Q7", Q7_AGAIN)));
    DocumentVector other = vectorizer.vectorize(analyzer.analyze(new ClusterDocument("c", T0, "Zeta Mobile to sell Nova Curve 8900", CURVE)));
    assertThat(scorer.signature().conflict(story, same)).isZero();
    assertThat(scorer.signature().conflict(story, other)).isEqualTo(1);
    // The penalty is the only difference from the score without signatures (short texts: no fading).
    StoryScorer plain = new StoryScorer(withoutSignatures(CONFIG));
    assertThat(scorer.score(story, other)).isCloseTo(plain.score(story, other) - CONFIG.conflictPenalty(),
        org.assertj.core.data.Offset.offset(1e-12));
    assertThat(scorer.score(story, same)).isCloseTo(plain.score(story, same), org.assertj.core.data.Offset.offset(1e-12));
  }

  private static ClusteringConfig withoutSignatures(ClusteringConfig d) {
    return Configs.with(d, "signatureTerms=0,signatureShare=0.5,conflictStoryTerms=2,conflictPenalty=0");
  }

  @Test
  void vectorizerSignatureHoldsTheHeaviestNameAndNumberTerms() {
    DocumentVectorizer vectorizer = new DocumentVectorizer(CONFIG);
    AnalyzedDocument d = new AnalyzedDocument("d", null, "eng", List.of("curv", "8900"),
        List.of("phone", "phone", "carrier", "curv", "8900", "rim"), List.of("curv", "rim"),
        List.of(new Entity("RIM", EntityType.ORGANIZATION, 1)));
    DocumentVector v = vectorizer.vectorize(d);
    TermStatistics ids = vectorizer.statistics();
    // curv: title and body, a name (1 + ln 5) x 3; rim: body once, a name, x 3; 8900: 1 + ln 5, no
    // name boost; "phone", the most frequent body word, is neither a name nor a number.
    assertThat(v.signature()).containsExactly(ids.id("curv"), ids.id("rim"), ids.id("8900"));
    assertThat(v.contains(ids.id("phone"))).isTrue();
    assertThat(v.contains(ids.id("nothing"))).isFalse();
  }

  @Test
  void noSignatureWhenSwitchedOff() {
    ClusteringConfig off = withoutSignatures(CONFIG);
    assertThat(off.signatureTerms()).isZero();
    assertThat(off.conflictPenalty()).isZero();
    DocumentVector v = new DocumentVectorizer(off).vectorize(new AnalyzedDocument("d", null, "eng", List.of("q10"),
        List.of("phone"), List.of(), List.of()));
    assertThat(v.signature()).isNull();
  }

  @Test
  void configRejectsBadSignatureSettings() {
    ClusteringConfig d = CONFIG;
    assertThatThrownBy(() -> Configs.with(d, "signatureTerms=5,signatureShare=0,conflictStoryTerms=2,conflictPenalty=0.1"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("signatureShare");
  }
}
