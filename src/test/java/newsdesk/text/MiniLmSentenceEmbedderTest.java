package newsdesk.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Contract of {@link SentenceEmbedder} for the bundled MiniLM model, and its windowing. */
class MiniLmSentenceEmbedderTest {
  private static SentenceEmbedder embedder;

  @BeforeAll
  static void load() {
    embedder = MiniLmSentenceEmbedder.load();
  }

  private static double cosine(float[] a, float[] b) {
    double dot = 0;
    for (int i = 0; i < a.length; i++) dot += (double) a[i] * b[i];
    return dot;
  }

  private static double norm(float[] v) {
    return Math.sqrt(cosine(v, v));
  }

  @Test
  void textWithoutContentGivesTheZeroVector() {
    for (String empty : List.of("", "   \n\t ", "-- ... !!")) {
      float[] v = embedder.embed(empty);
      assertThat(v).hasSize(embedder.dimensions());
      assertThat(norm(v)).as("norm of %s", empty).isZero();
    }
  }

  @Test
  void vectorsHaveUnitLengthAndTheAnnouncedDimensions() {
    assertThat(embedder.dimensions()).isEqualTo(384);
    String longText = "The council met again on Tuesday to debate the harbour plan. ".repeat(60);
    for (String text : List.of("quake kills twelve", "Earthquake kills twelve in coastal town", longText)) {
      float[] v = embedder.embed(text);
      assertThat(v).hasSize(384);
      assertThat(norm(v)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
    }
  }

  @Test
  void sameTextGivesTheSameVector() {
    String text = "Rescuers pulled survivors from collapsed houses after the earthquake.";
    assertThat(embedder.embed(text)).containsExactly(embedder.embed(text));
  }

  @Test
  void reportsOfOneEventAreCloserThanUnrelatedNews() {
    float[] quake = embedder.embed("A strong earthquake struck the coastal town on Tuesday, killing at least twelve people.");
    float[] quake2 = embedder.embed("Twelve dead as powerful quake hits seaside town");
    float[] budget = embedder.embed("Parliament approves next year's budget after a long debate over fuel subsidies.");
    float[] football = embedder.embed("mourinho seek killer instinct ahead of derby");
    assertThat(cosine(quake, quake2)).isGreaterThan(cosine(quake, budget) + 0.2);
    assertThat(cosine(quake, quake2)).isGreaterThan(cosine(quake, football) + 0.2);
  }

  @Test
  void onlyTheLeadIsRead() {
    String lead = "Storm floods the old town and closes the harbour for two days. ".repeat(40);
    SentenceEmbedder short20 = MiniLmSentenceEmbedder.load(20, 20);
    float[] a = short20.embed(lead + " Completely different: the orchestra plays Mahler.");
    float[] b = short20.embed(lead);
    assertThat(a).containsExactly(b);
  }

  @Test
  void windowsCoverTheLeadAndFoldAShortTailIntoTheLastWindow() {
    assertThat(MiniLmSentenceEmbedder.windows("a b c d e f g h i", 100, 4)).containsExactly("a b c d", "e f g h i");
    assertThat(MiniLmSentenceEmbedder.windows("a b c d e f g h i j", 100, 4)).containsExactly("a b c d", "e f g h", "i j");
    assertThat(MiniLmSentenceEmbedder.windows("  a\n b  c d e f g", 4, 2)).containsExactly("a b", "c d");
    assertThat(MiniLmSentenceEmbedder.windows(" \n ", 10, 3)).isEmpty();
  }

  @Test
  void rejectsNonPositiveLimits() {
    assertThatThrownBy(() -> MiniLmSentenceEmbedder.load(0, 10)).hasMessageContaining("maxWords");
    assertThatThrownBy(() -> MiniLmSentenceEmbedder.load(10, 0)).hasMessageContaining("windowWords");
  }

  @Test
  void loadingChangesNoProcessWideSetting() {
    // The offline switch is set once at program start (Main), never as a side effect of a load.
    String before = System.clearProperty("ai.djl.offline");
    try {
      SentenceEmbedder another = MiniLmSentenceEmbedder.load(20, 20);
      assertThat(another.embed("Storm floods the valley")).hasSize(384);
      assertThat(System.getProperty("ai.djl.offline")).isNull();
    } finally {
      if (before != null) System.setProperty("ai.djl.offline", before);
    }
  }
}
