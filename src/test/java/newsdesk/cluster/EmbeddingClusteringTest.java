package newsdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How {@link OnlineStoryClusterer} uses sentence embeddings: they decide between stories the term
 * index proposes, only when document and story both have one, and never across languages.
 */
class EmbeddingClusteringTest {
  private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
  private static final float[] STORM = unit(1, 0, 0);
  private static final float[] STORM_TOO = unit(0.95f, 0.3f, 0);
  private static final float[] FOOTBALL = unit(0, 0, 1);

  private static float[] unit(float... v) {
    float[] out = new float[384];
    double n = 0;
    for (float x : v) n += x * x;
    for (int i = 0; i < v.length; i++) out[i] = (float) (v[i] / Math.sqrt(n));
    return out;
  }

  /** A headline of eight terms; the two headlines of each test share one term only (TF-IDF cosine < 1/8). */
  private static AnalyzedDocument headline(String id, String language, float[] embedding, String... terms) {
    return new AnalyzedDocument(id, T0, language, List.of(terms), List.of(), List.of(), List.of(), embedding);
  }

  /** Adds the coast headline with {@code embedding}; returns its story. */
  private static String coast(OnlineStoryClusterer c, String language, float[] embedding) {
    return c.add(headline("a", language, embedding, "storm", "lash", "coast", "ferri", "halt", "port", "wind", "gale")).storyId();
  }

  /** Adds the flood headline (one term shared with the coast headline); returns its story. */
  private static String flood(OnlineStoryClusterer c, String language, float[] embedding) {
    return c.add(headline("b", language, embedding, "storm", "flood", "villag", "evacu", "roof", "river", "bank", "burst")).storyId();
  }

  private static OnlineStoryClusterer clusterer() {
    return new OnlineStoryClusterer(new DocumentAnalyzer(), ClusteringConfig.defaults());
  }

  @Test
  void headlinesSharingOneWordJoinWhenTheirMeaningsAreClose() {
    OnlineStoryClusterer c = clusterer();
    String first = coast(c, "eng", STORM);
    String second = flood(c, "eng", STORM_TOO);
    assertThat(second).isEqualTo(first);
  }

  @Test
  void withoutEmbeddingsOrWithDistantOnesTheSameHeadlinesStayApart() {
    OnlineStoryClusterer plain = clusterer();
    String first = coast(plain, "eng", null);
    assertThat(flood(plain, "eng", null)).isNotEqualTo(first);

    OnlineStoryClusterer distant = clusterer();
    first = coast(distant, "eng", STORM);
    assertThat(flood(distant, "eng", FOOTBALL)).isNotEqualTo(first);
  }

  @Test
  void embeddingsCountOnlyWhenTheStoryHasOneToo() {
    OnlineStoryClusterer c = clusterer();
    String first = coast(c, "eng", null);
    assertThat(flood(c, "eng", STORM)).isNotEqualTo(first);
  }

  @Test
  void turnedOffTheEmbeddingSignalChangesNothing() {
    OnlineStoryClusterer c = new OnlineStoryClusterer(new DocumentAnalyzer(), ClusteringConfig.defaults().withoutEmbeddings());
    String first = coast(c, "eng", STORM);
    assertThat(flood(c, "eng", STORM)).isNotEqualTo(first);
  }

  @Test
  void identicalEmbeddingsNeverJoinAcrossLanguages() {
    OnlineStoryClusterer c = clusterer();
    String first = coast(c, "eng", STORM);
    assertThat(c.add(headline("b", "deu", STORM, "storm", "lash", "coast", "ferri", "halt", "port", "wind", "gale")).storyId()).isNotEqualTo(first);
  }

  @Test
  void restoredMembersBringTheirEmbeddings() {
    OnlineStoryClusterer c = clusterer();
    String a = c.add(headline("a", "eng", STORM, "storm", "lash", "coast")).storyId();
    c.restore(headline("r", "eng", STORM, "storm", "lash", "coast"), a);
    assertThat(flood(c, "eng", STORM_TOO)).isEqualTo(a);
  }

  @Test
  void embeddingsOfAnotherSizeAreRejected() {
    OnlineStoryClusterer c = clusterer();
    c.add(headline("a", "eng", STORM, "storm", "lash", "coast", "ferri", "halt", "port", "wind", "gale"));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> c.add(headline("b", "eng", new float[] {1, 0}, "storm", "lash", "coast", "ferri", "halt", "port", "wind", "gale")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one embedder per clusterer");
  }

  @Test
  void analyzerWithoutEmbedderLeavesTheEmbeddingOut() {
    AnalyzedDocument d = new DocumentAnalyzer().analyze(new ClusterDocument("x", T0, "Storm hits coast", "Ferries halted."));
    assertThat(d.embedding()).isNull();
    assertThat(d.hasEmbedding()).isFalse();
  }

  @Test
  void analyzerWithEmbedderEmbedsHeadlineAndBody() {
    String[] seen = new String[1];
    newsdesk.text.SentenceEmbedder fake = new newsdesk.text.SentenceEmbedder() {
      @Override public int dimensions() { return 384; }
      @Override public float[] embed(String text) { seen[0] = text; return STORM; }
    };
    AnalyzedDocument d = new DocumentAnalyzer(fake).analyze(new ClusterDocument("x", T0, "Storm hits coast", "Ferries halted."));
    assertThat(seen[0]).isEqualTo("Storm hits coast\nFerries halted.");
    assertThat(d.embedding()).isSameAs(STORM);
    assertThat(new DocumentAnalyzer(fake).analyze(new ClusterDocument("e", T0, "", "")).embedding()).isNull();
  }

  @Test
  void theAnalyzerEmbedsOnlyDocumentsShortEnoughForTheEmbeddingToCount() {
    java.util.concurrent.atomic.AtomicInteger runs = new java.util.concurrent.atomic.AtomicInteger();
    newsdesk.text.SentenceEmbedder counting = new newsdesk.text.SentenceEmbedder() {
      @Override public int dimensions() { return 384; }
      @Override public float[] embed(String text) { runs.incrementAndGet(); return STORM; }
    };
    ClusteringConfig config = ClusteringConfig.defaults();
    assertThat(config.embeddingTermLimit()).isEqualTo(config.longTerms());
    DocumentAnalyzer analyzer = new DocumentAnalyzer(counting, config);
    StringBuilder longText = new StringBuilder();
    for (int i = 0; i < config.longTerms() + 20; i++) longText.append("word").append((char) ('a' + i % 26)).append((char) ('a' + i / 26)).append(' ');
    AnalyzedDocument headline = analyzer.analyze(new ClusterDocument("h", null, "Storm lashes the coast", ""));
    AnalyzedDocument article = analyzer.analyze(new ClusterDocument("l", null, "Storm", longText.toString()));
    assertThat(headline.hasEmbedding()).isTrue();
    assertThat(article.hasEmbedding()).as("long article").isFalse();
    assertThat(runs).hasValue(1);
    assertThat(ClusteringConfig.defaults().withoutEmbeddings().embeddingTermLimit()).isEqualTo(1);
  }

  @Test
  void aFailingEmbedderTurnsEmbeddingsOffInsteadOfLosingTheDocument() {
    java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
    newsdesk.text.SentenceEmbedder broken = new newsdesk.text.SentenceEmbedder() {
      @Override public int dimensions() { return 384; }
      @Override public float[] embed(String text) {
        calls.incrementAndGet();
        throw new UnsatisfiedLinkError("no onnxruntime for this platform");
      }
    };
    DocumentAnalyzer analyzer = new DocumentAnalyzer(broken, ClusteringConfig.defaults());
    AnalyzedDocument first = analyzer.analyze(new ClusterDocument("a", null, "Storm lashes the coast", ""));
    AnalyzedDocument second = analyzer.analyze(new ClusterDocument("b", null, "Storm floods the villages", ""));
    assertThat(first.hasEmbedding()).isFalse();
    assertThat(first.titleTerms()).isNotEmpty();
    assertThat(second.hasEmbedding()).isFalse();
    assertThat(calls).as("not tried again").hasValue(1);
  }

  @Test
  void documentsInAnotherLanguageThanEnglishAreNotEmbedded() {
    newsdesk.text.SentenceEmbedder fixed = new newsdesk.text.SentenceEmbedder() {
      @Override public int dimensions() { return 384; }
      @Override public float[] embed(String text) { return STORM; }
    };
    DocumentAnalyzer analyzer = new DocumentAnalyzer(fixed, ClusteringConfig.defaults());
    AnalyzedDocument german = analyzer.analyze(new ClusterDocument("de", null, "Sturm legt den Fährverkehr lahm",
        "Ein schwerer Sturm hat am Montag den Fährverkehr an der Nordseeküste lahmgelegt. Die Behörden "
            + "warnten die Bewohner, ihre Häuser nicht zu verlassen, und die Feuerwehr war die ganze Nacht im Einsatz."));
    AnalyzedDocument english = analyzer.analyze(new ClusterDocument("en", null, "Storm halts ferries",
        "A severe storm halted ferry services along the North Sea coast on Monday. The authorities warned "
            + "residents to stay indoors, and firefighters worked through the night."));
    assertThat(german.language()).isEqualTo("deu");
    assertThat(german.hasEmbedding()).isFalse();
    assertThat(english.hasEmbedding()).isTrue();
  }

  @Test
  void aTextTheEmbedderFailsOnLosesOnlyItsOwnEmbedding() {
    newsdesk.text.SentenceEmbedder picky = new newsdesk.text.SentenceEmbedder() {
      @Override public int dimensions() { return 384; }
      @Override public float[] embed(String text) {
        if (text.contains("poison")) throw new IllegalStateException("model error on this text");
        return STORM;
      }
    };
    DocumentAnalyzer analyzer = new DocumentAnalyzer(picky, ClusteringConfig.defaults());
    assertThat(analyzer.analyze(new ClusterDocument("p", null, "A poison headline", "")).hasEmbedding()).isFalse();
    assertThat(analyzer.analyze(new ClusterDocument("q", null, "Storm lashes the coast", "")).hasEmbedding()).isTrue();
  }
}
