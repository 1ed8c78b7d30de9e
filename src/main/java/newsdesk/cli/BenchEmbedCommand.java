package newsdesk.cli;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import newsdesk.cluster.ClusterDocument;
import newsdesk.cluster.DocumentAnalyzer;
import newsdesk.cluster.JsonlDocuments;
import newsdesk.text.MiniLmSentenceEmbedder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

/**
 * {@code newsdesk bench embed}: model load time and sentence-embedding throughput on a JSONL of
 * articles (the text {@link DocumentAnalyzer#embeddingText} gives: headline and lead), optionally
 * writing the vectors as a NumPy {@code .npy} float32 matrix (rows in input order) for offline study.
 */
@Command(
    name = "embed",
    mixinStandardHelpOptions = true,
    description = {
      "Measure the load time and throughput of the sentence embedder (all-MiniLM-L6-v2, quantized).",
      "It embeds the headline and lead of each article of --jsonl; --npy writes the vectors (float32, input order)."
    })
public final class BenchEmbedCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--jsonl", required = true, paramLabel = "FILE", description = "Articles, one JSON object a line.")
  Path jsonl;

  @Option(names = "--npy", paramLabel = "FILE", description = "Write the embeddings here as a .npy matrix.")
  Path npy;

  @Option(names = "--words", defaultValue = "" + MiniLmSentenceEmbedder.DEFAULT_MAX_WORDS, paramLabel = "N",
      description = "Words of each text embedded (default: ${DEFAULT-VALUE}).")
  int words;

  @Option(names = "--window", defaultValue = "" + MiniLmSentenceEmbedder.DEFAULT_WINDOW_WORDS, paramLabel = "N",
      description = "Words per model run; longer texts average the windows' vectors (default: ${DEFAULT-VALUE}).")
  int window;

  @Option(names = "--limit", defaultValue = "0", paramLabel = "N", description = "Embed only the first N articles (0: all).")
  int limit;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(jsonl)) throw new UserError(jsonl + ": no such file");
    if (words < 1 || window < 1) throw new UserError("--words and --window must be positive, got " + words + ", " + window);
    List<ClusterDocument> docs = JsonlDocuments.read(jsonl, ErrorReporter.inputProblems(spec.commandLine()));
    if (limit > 0 && docs.size() > limit) docs = docs.subList(0, limit);
    long wall = System.nanoTime();
    long cpu = cpu();
    MiniLmSentenceEmbedder embedder = MiniLmSentenceEmbedder.load(words, window);
    System.out.printf("model load: %.2f s wall, %.2f s CPU (this thread)%n", (System.nanoTime() - wall) / 1e9, (cpu() - cpu) / 1e9);
    float[][] vectors = new float[docs.size()][];
    long tokens = 0;
    wall = System.nanoTime();
    for (int i = 0; i < docs.size(); i++) {
      String text = DocumentAnalyzer.embeddingText(docs.get(i));
      tokens += Math.min(words, text.isBlank() ? 0 : text.trim().split("\\s+").length);
      vectors[i] = embedder.embed(text);
    }
    double seconds = (System.nanoTime() - wall) / 1e9;
    System.out.printf("embedded %d articles (%.0f words each on average) in %.2f s wall: %.1f articles/s%n",
        docs.size(), (double) tokens / Math.max(1, docs.size()), seconds, docs.size() / seconds);
    if (npy != null) writeNpy(npy, vectors, embedder.dimensions());
    return 0;
  }

  private static void writeNpy(Path file, float[][] rows, int dims) throws IOException {
    String header = "{'descr': '<f4', 'fortran_order': False, 'shape': (" + rows.length + ", " + dims + "), }";
    int pad = 16 - (10 + header.length() + 1) % 16;
    header = header + " ".repeat(pad % 16) + "\n";
    try (OutputStream raw = Files.newOutputStream(file);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw))) {
      out.write(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0});
      out.write(header.length() & 0xff);
      out.write(header.length() >> 8);
      out.write(header.getBytes(StandardCharsets.US_ASCII));
      for (float[] row : rows) for (float x : row) out.writeInt(Integer.reverseBytes(Float.floatToIntBits(x)));
    }
  }

  private static long cpu() {
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }
}
