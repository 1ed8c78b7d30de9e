package newsdesk.cluster;

import dev.langchain4j.model.embedding.EmbeddingModel;
import newsdesk.text.SentenceEmbedder;

public final class ScratchEmbedder implements SentenceEmbedder {
  private final EmbeddingModel model;
  private final int words = Integer.getInteger("words", 100);
  private final String prefix;
  public ScratchEmbedder() {
    System.setProperty("ai.djl.offline", "true");
    String m = System.getProperty("model", "minilm");
    switch (m) {
      case "bge" -> { model = new dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel(); prefix = ""; }
      case "e5" -> { model = new dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel(); prefix = "query: "; }
      default -> { model = new dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel(); prefix = ""; }
    }
  }
  public int dimensions() { return 384; }
  public float[] embed(String text) {
    String[] w = text.trim().split("\\s+");
    if (w.length == 0 || w[0].isEmpty()) return new float[384];
    String lead = String.join(" ", java.util.Arrays.copyOf(w, Math.min(w.length, words)));
    float[] v = model.embed(prefix + lead).content().vector();
    double s = 0; for (float x : v) s += x * x; s = Math.sqrt(s);
    float[] o = new float[v.length]; for (int i = 0; i < v.length; i++) o[i] = (float) (v[i] / s);
    return o;
  }
}
