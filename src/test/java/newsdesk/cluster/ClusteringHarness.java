package newsdesk.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import newsdesk.text.MiniLmSentenceEmbedder;

/**
 * Tuning harness (not a test): analyses the three clustering dev sets of ../shared/bench once, then
 * clusters them with {@link ClusteringConfig#defaults()} and with each variant given on the command
 * line ({@code name=value,name=value} over the config's record components, see {@link Configs#with})
 * and prints pairwise and B-cubed P/R/F1 per set, computed like score.py. With
 * {@code -Dpredictions=DIR} it also writes each set's assignments ({@code id<TAB>story}, score.py's
 * input) to {@code DIR/SET.tsv} (last variant wins). With {@code -Dembeddings=true} the documents
 * are analysed with the sentence-embedding model (as {@code newsdesk cluster} does, so the defaults
 * give its figures); without, by TF-IDF alone (the {@code --no-embeddings} figures).
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat target/classpath.txt) newsdesk.cluster.ClusteringHarness [--split=even|odd] [VARIANT...]</pre>
 */
public final class ClusteringHarness {
  private static final String[] SETS = {"ecbplus", "multinews", "mstream_news"};

  record Labelled(AnalyzedDocument doc, String gold) {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(System.getProperty("bench", "../shared/bench/clustering"));
    String split = null;
    List<String> variants = new ArrayList<>();
    for (String a : args) {
      if (a.startsWith("--split=")) split = a.substring(8);
      else variants.add(a);
    }
    if (variants.isEmpty()) variants.add("");
    analyzer = Boolean.getBoolean("embeddings")
        ? new DocumentAnalyzer(MiniLmSentenceEmbedder.load(), ClusteringConfig.defaults())
        : new DocumentAnalyzer();
    Map<String, List<Labelled>> sets = new java.util.LinkedHashMap<>();
    for (String set : SETS) sets.put(set, load(dir.resolve(set + ".dev.jsonl"), analyzer, split));
    for (String variant : variants) {
      ClusteringConfig config = Configs.with(ClusteringConfig.defaults(), variant);
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-40s", variant.isEmpty() ? "defaults" : variant));
      double sum = 0;
      for (var e : sets.entrySet()) {
        List<String> predicted = run(e.getValue(), config);
        String out = System.getProperty("predictions");
        if (out != null) {
          List<String> lines = new ArrayList<>();
          for (int i = 0; i < predicted.size(); i++) lines.add(e.getValue().get(i).doc().id() + "\t" + predicted.get(i));
          Files.write(Path.of(out, e.getKey() + ".tsv"), lines);
        }
        double[] m = score(e.getValue(), predicted);
        sum += m[2] + m[5];
        line.append(String.format(Locale.ROOT, " | %s %.3f/%.3f (P%.2f R%.2f)", e.getKey().substring(0, 3), m[2], m[5], m[0], m[1]));
      }
      line.append(String.format(Locale.ROOT, " | mean %.4f", sum / 6));
      System.out.println(line);
    }
  }

  static List<Labelled> load(Path file, DocumentAnalyzer analyzer, String split) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<Labelled> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) continue;
        JsonNode n = json.readTree(line);
        String gold = n.get("cluster").asText();
        if (split != null && (Math.floorMod(gold.hashCode(), 2) == 0) != split.equals("even")) continue;
        String date = n.hasNonNull("date") ? n.get("date").asText() : "";
        ClusterDocument d = new ClusterDocument(n.get("id").asText(),
            date.isEmpty() ? null : JsonlDocuments.parseDate(date),
            n.hasNonNull("title") ? n.get("title").asText() : "", n.hasNonNull("text") ? n.get("text").asText() : "");
        out.add(new Labelled(analyzer.analyze(d), gold));
      }
    }
    return out;
  }

  static DocumentAnalyzer analyzer;

  static List<String> run(List<Labelled> docs, ClusteringConfig config) {
    OnlineStoryClusterer c = new OnlineStoryClusterer(analyzer, config);
    StoryLabels labels = new StoryLabels();
    for (Labelled l : docs) labels.record(l.doc().id(), c.add(l.doc()));
    List<String> out = new ArrayList<>();
    for (Labelled l : docs) out.add(labels.storyOf(l.doc().id()));
    return out;
  }

  /** Pairwise P, R, F1, then B-cubed P, R, F1. */
  static double[] score(List<Labelled> docs, List<String> predicted) {
    Map<String, Integer> gold = new HashMap<>();
    Map<String, Integer> pred = new HashMap<>();
    Map<String, Integer> both = new HashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      gold.merge(docs.get(i).gold(), 1, Integer::sum);
      pred.merge(predicted.get(i), 1, Integer::sum);
      both.merge(docs.get(i).gold() + "\u0000" + predicted.get(i), 1, Integer::sum);
    }
    double tp = 0, goldPairs = 0, predPairs = 0;
    for (int n : both.values()) tp += n * (n - 1) / 2.0;
    for (int n : gold.values()) goldPairs += n * (n - 1) / 2.0;
    for (int n : pred.values()) predPairs += n * (n - 1) / 2.0;
    double p = predPairs == 0 ? 0 : tp / predPairs, r = tp / goldPairs;
    double bp = 0, br = 0;
    for (int i = 0; i < docs.size(); i++) {
      int n = both.get(docs.get(i).gold() + "\u0000" + predicted.get(i));
      bp += (double) n / pred.get(predicted.get(i));
      br += (double) n / gold.get(docs.get(i).gold());
    }
    bp /= docs.size();
    br /= docs.size();
    return new double[] {p, r, f1(p, r), bp, br, f1(bp, br)};
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
