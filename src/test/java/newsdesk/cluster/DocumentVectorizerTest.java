package newsdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import newsdesk.text.Entity;
import newsdesk.text.EntityType;
import org.junit.jupiter.api.Test;

/** The sub-vectors (lead, whole names) and the term-frequency form of {@link DocumentVectorizer}. */
class DocumentVectorizerTest {
  private static ClusteringConfig config(int leadTerms, double leadShare, double nameShare) {
    return Configs.with(ClusteringConfig.defaults(), "leadTerms=" + leadTerms + ",leadShare=" + leadShare
        + ",nameShare=" + nameShare);
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
    DocumentVectorizer vectorizer = new DocumentVectorizer(config(3, 0.2, 0));
    List<String> body = List.of("alpha", "beta", "gamma", "delta", "epsilon");
    DocumentVector v = vectorizer.vectorize(doc(List.of("quake"), body, List.of()));
    TermStatistics ids = vectorizer.statistics();
    assertThat(v.lead().terms()).containsExactly(ids.id("quake"), ids.id("alpha"), ids.id("beta"), ids.id("gamma"));
    assertThat(v.size()).isEqualTo(6);
    assertThat(squares(v.lead())).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(v.names()).isNull(); // not asked for
  }

  @Test
  void namesAreWholeNamesNotTheirWords() {
    DocumentVectorizer vectorizer = new DocumentVectorizer(config(60, 0, 0.2));
    List<Entity> entities = List.of(new Entity("Tony  Thompson", EntityType.PERSON, 3), new Entity("Bern", EntityType.LOCATION, 1));
    DocumentVector v = vectorizer.vectorize(doc(List.of(), List.of("tony", "thompson", "bern"), entities));
    assertThat(v.names().size()).isEqualTo(2);
    assertThat(v.names().terms()).doesNotContain(vectorizer.statistics().id("thompson"));
    // More mentions weigh more (both names are equally rare).
    assertThat(v.names().weights()[0]).isGreaterThan(v.names().weights()[1]);
    DocumentVector none = vectorizer.vectorize(doc(List.of(), List.of("rain"), List.of()));
    assertThat(none.names().isEmpty()).isTrue();
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
  void configRejectsSharesAboveOne() {
    assertThatThrownBy(() -> config(60, 0.7, 0.4)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("leadShare");
  }
}
