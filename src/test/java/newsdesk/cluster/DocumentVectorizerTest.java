package newsdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import newsdesk.text.Entity;
import org.junit.jupiter.api.Test;

/** The lead sub-vector and the term-frequency form of {@link DocumentVectorizer}. */
class DocumentVectorizerTest {
  private static ClusteringConfig config(int leadTerms, double leadShare) {
    return Configs.with(ClusteringConfig.defaults(), "leadTerms=" + leadTerms + ",leadShare=" + leadShare);
  }

  private static AnalyzedDocument doc(List<String> title, List<String> body, List<Entity> entities) {
    return new AnalyzedDocument("d", null, "eng", title, body, List.of(), entities);
  }

  private static double squares(DocumentVector v) {
    double s = 0;
    for (double w : v.weights()) s += w * w;
    return s;
  }

  @Test
  void leadHoldsTheHeadlineAndOnlyTheFirstBodyTerms() {
    DocumentVectorizer vectorizer = new DocumentVectorizer(config(3, 0.2));
    List<String> body = List.of("alpha", "beta", "gamma", "delta", "epsilon");
    DocumentVector v = vectorizer.vectorize(doc(List.of("quake"), body, List.of()));
    TermStatistics ids = vectorizer.statistics();
    assertThat(v.lead().terms()).containsExactly(ids.id("quake"), ids.id("alpha"), ids.id("beta"), ids.id("gamma"));
    assertThat(v.size()).isEqualTo(6);
    assertThat(squares(v.lead())).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void repetitionCountsSublinearly() {
    List<String> body = new ArrayList<>();
    for (int i = 0; i < 50; i++) body.add("often");
    body.add("once");
    DocumentVector v = new DocumentVectorizer(ClusteringConfig.defaults()).vectorize(doc(List.of(), body, List.of()));
    // Same idf for both terms (each in the one document): the ratio is the tf form's, 1 + ln(tf).
    assertThat(v.weights()[0] / v.weights()[1]).isCloseTo(1 + Math.log(50), org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void configRejectsLeadSharesOutsideZeroToOne() {
    assertThatThrownBy(() -> config(60, 1.1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("leadShare");
    assertThatThrownBy(() -> config(60, -0.1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("leadShare");
  }

  @Test
  void bodyTermsAfterTheLeadCountLess() {
    // Defaults: from body position 150 on an occurrence counts 0.3. "lead" and "tail" occur once
    // each, one in the lead and one in the tail; "filler" pads the lead to 150 positions.
    List<String> body = new ArrayList<>();
    body.add("lead");
    for (int i = 1; i < 150; i++) body.add("filler");
    body.add("tail");
    DocumentVectorizer vectorizer = new DocumentVectorizer(ClusteringConfig.defaults());
    DocumentVector v = vectorizer.vectorize(doc(List.of(), body, List.of()));
    // One document: every term has the same idf, so weights compare as term frequencies.
    assertThat(v.weights()[2] / v.weights()[0]).isCloseTo(0.3, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void leadTermRepeatedInTheTailGainsLessThanInTheLead() {
    List<String> body = new ArrayList<>();
    body.add("event");
    body.add("other");
    for (int i = 2; i < 150; i++) body.add("filler");
    for (int i = 0; i < 10; i++) body.add("event");
    DocumentVector v = new DocumentVectorizer(ClusteringConfig.defaults()).vectorize(doc(List.of(), body, List.of()));
    // "event": 1 + 10 x 0.3 = 4 occurrences' worth, so 1 + ln 4 against "other"'s 1.
    assertThat(v.weights()[0] / v.weights()[1]).isCloseTo(1 + Math.log(4), org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void everyPositionCountsFullyWhenTheTailStartIsZero() {
    List<String> body = new ArrayList<>();
    body.add("lead");
    for (int i = 1; i < 300; i++) body.add("filler");
    body.add("tail");
    ClusteringConfig all = Configs.with(ClusteringConfig.defaults(), "bodyTailStart=0");
    DocumentVector v = new DocumentVectorizer(all).vectorize(doc(List.of(), body, List.of()));
    assertThat(v.weights()[2]).isCloseTo(v.weights()[0], org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void configRejectsTailWeightsOutsideZeroToOne() {
    assertThatThrownBy(() -> Configs.with(ClusteringConfig.defaults(), "bodyTailWeight=0"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bodyTailWeight");
    assertThatThrownBy(() -> Configs.with(ClusteringConfig.defaults(), "bodyTailWeight=1.5"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bodyTailWeight");
  }
}
