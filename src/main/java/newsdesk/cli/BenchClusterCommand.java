package newsdesk.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import newsdesk.cluster.AnalyzedDocument;
import newsdesk.cluster.ClusterDocument;
import newsdesk.cluster.ClusteringConfig;
import newsdesk.cluster.DocumentAnalyzer;
import newsdesk.cluster.JsonlDocuments;
import newsdesk.cluster.OnlineStoryClusterer;
import newsdesk.cluster.RoleHolder;
import newsdesk.text.DetectedLanguage;
import newsdesk.text.Entity;
import newsdesk.text.EntityExtractor;
import newsdesk.text.LanguageDetector;
import newsdesk.text.MiniLmSentenceEmbedder;
import newsdesk.text.TermAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

/**
 * {@code newsdesk bench cluster}: analysis throughput per stage, then the clustering step alone on a
 * long stream built from the bench texts (each text reused every {@code n} articles, one article a
 * minute, so that earlier stories have gone quiet when a text comes back), with heap after GC.
 */
@Command(
    name = "cluster",
    mixinStandardHelpOptions = true,
    description = {
      "Measure the speed and memory of story clustering.",
      "First the analysis (language, terms, entities) per stage, then the clustering step alone on a stream of "
          + "--articles analysed articles, one a minute. Embeds the short texts first, as the pipeline does "
          + "(sentence-embedding load time and throughput), unless --no-embeddings."
    })
public final class BenchClusterCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--dir", defaultValue = "../shared/bench/clustering", paramLabel = "DIR",
      description = {"Folder with the *.jsonl bench texts.", "Default: ${DEFAULT-VALUE}."})
  Path dir;

  @Option(names = "--articles", defaultValue = "100000", paramLabel = "N", description = "Length of the stream (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--no-embeddings", description = "Analyse and cluster without sentence embeddings.")
  boolean noEmbeddings;

  @Option(names = "--compare-revision", description = {
      "Cluster the stream twice, without and with revisable assignment and the role-holder conflict "
          + "(reviseStories 0 / roleConflictPenalty 0 against 3 / 0.5, the rest as the defaults), alternating twice, "
          + "to compare them in one run."})
  boolean compareRevision;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(dir)) throw new UserError(dir + ": no such folder (the clustering bench data)");
    if (articles < 1) throw new UserError("--articles must be positive, got " + articles);
    List<ClusterDocument> texts = new ArrayList<>();
    try (var files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
        texts.addAll(JsonlDocuments.read(f, ErrorReporter.inputProblems(spec.commandLine())));
      }
    }
    if (texts.isEmpty()) throw new UserError(dir + ": no *.jsonl texts");
    System.out.printf("bench texts: %d articles from %s%n", texts.size(), dir);
    List<AnalyzedDocument> analysed = analyse(texts);
    if (!noEmbeddings) analysed = embed(texts, analysed);

    long refStart = cpu();
    long checksum = 0;
    for (int round = 0; round < 3; round++) {
      for (AnalyzedDocument d : analysed) checksum += referenceWork(d);
    }
    double refRate = 3.0 * analysed.size() / seconds(refStart);
    System.out.printf("reference (term-frequency map per analysed article): %.0f articles/s (checksum %d)%n", refRate, checksum % 10);
    System.out.println("all rates are per CPU second of the one benchmark thread");

    if (!compareRevision) {
      stream("defaults", ClusteringConfig.defaults(), analysed, refRate);
    } else {
      // Alternated twice: the first stream also warms the JIT up, and the machine's load drifts.
      for (int round = 1; round <= 2; round++) {
        stream("without revision (round " + round + ")", ClusteringConfig.defaults().withRevision(0, 0), analysed, refRate);
        stream("with revision (round " + round + ")", ClusteringConfig.defaults().withRevision(3, 0.5), analysed, refRate);
      }
    }
    return 0;
  }

  /** Clusters the stream of {@code articles} built from {@code analysed} with {@code config}, printing checkpoints. */
  private void stream(String label, ClusteringConfig config, List<AnalyzedDocument> analysed, double refRate) {
    System.out.println("clustering, " + label + ":");
    System.gc();
    OnlineStoryClusterer clusterer = new OnlineStoryClusterer(new DocumentAnalyzer(), config);
    Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
    resetPeaks();
    long clusterNanos = 0;
    int[] checkpoints = {10_000, 25_000, 50_000, 75_000, 100_000};
    int next = 0;
    for (int i = 0; i < articles; i++) {
      AnalyzedDocument src = analysed.get(i % analysed.size());
      AnalyzedDocument doc = new AnalyzedDocument("a" + i, t0.plusSeconds(60L * i), src.language(),
          src.titleTerms(), src.bodyTerms(), src.entityTerms(), src.entities(), src.embedding(), null, src.roles());
      long s = cpu();
      clusterer.add(doc);
      clusterNanos += cpu() - s;
      if ((next < checkpoints.length && i + 1 == checkpoints[next]) || i + 1 == articles) {
        if (next < checkpoints.length && i + 1 == checkpoints[next]) next++;
        System.gc();
        long used = usedHeap();
        System.out.printf("after %,d articles: clustering %.0f articles/s (%.3f of reference), heap after GC %.1f MB,"
                + " peak heap %.1f MB, active stories %d, vocabulary %d%n",
            i + 1, (i + 1) / (clusterNanos / 1e9), (i + 1) / (clusterNanos / 1e9) / refRate * 1.0,
            used / 1e6, peakHeap() / 1e6, clusterer.activeStories(), clusterer.vocabularySize());
      }
    }
  }

  private List<AnalyzedDocument> analyse(List<ClusterDocument> texts) {
    LanguageDetector languages = new LanguageDetector();
    EntityExtractor entities = new EntityExtractor();
    List<String> codes = new ArrayList<>();
    long s = cpu();
    for (ClusterDocument d : texts) codes.add(languages.detect(d.title() + "\n" + d.text()).code());
    double langRate = texts.size() / seconds(s);
    List<List<String>> titles = new ArrayList<>();
    List<List<String>> bodies = new ArrayList<>();
    try (TermAnalyzer terms = new TermAnalyzer("eng")) {
      s = cpu();
      for (int i = 0; i < texts.size(); i++) {
        titles.add(terms.terms(texts.get(i).title(), codes.get(i)));
        bodies.add(terms.terms(texts.get(i).text(), codes.get(i)));
      }
      double termRate = texts.size() / seconds(s);
      List<List<Entity>> found = new ArrayList<>();
      s = cpu();
      for (int i = 0; i < texts.size(); i++) {
        String code = codes.get(i);
        boolean english = "eng".equals(code) || DetectedLanguage.UNDETERMINED.equals(code);
        String all = texts.get(i).title() + "\n" + texts.get(i).text();
        found.add(english ? entities.extract(all.length() > 6_000 ? all.substring(0, 6_000) : all) : List.of());
      }
      double entityRate = texts.size() / seconds(s);
      List<AnalyzedDocument> out = new ArrayList<>();
      DocumentAnalyzer roles = new DocumentAnalyzer(languages, terms, entities);
      for (int i = 0; i < texts.size(); i++) {
        Set<String> entityTerms = new LinkedHashSet<>();
        for (Entity e : found.get(i)) entityTerms.addAll(terms.terms(e.name(), codes.get(i)));
        String code = codes.get(i);
        boolean english = "eng".equals(code) || DetectedLanguage.UNDETERMINED.equals(code);
        String all = texts.get(i).title() + "\n" + texts.get(i).text();
        // Offices and holders (RoleHolder): a regular-expression pass, counted with the clustering input.
        List<RoleHolder> holders = english ? roles.roleHolders(all.length() > 6_000 ? all.substring(0, 6_000) : all, code) : List.of();
        out.add(new AnalyzedDocument(texts.get(i).id(), null, code, titles.get(i), bodies.get(i),
            List.copyOf(entityTerms), found.get(i), null, null, holders));
      }
      System.out.printf("analysis, articles/s: language %.0f, terms %.0f, entities %.0f; all three %.0f%n",
          langRate, termRate, entityRate, 1 / (1 / langRate + 1 / termRate + 1 / entityRate));
      return out;
    }
  }

  /**
   * Adds the embeddings the pipeline's analyzer would add (only to documents with fewer distinct
   * terms than {@link ClusteringConfig#embeddingTermLimit()}: longer ones get no embedding weight)
   * and prints load time and throughput. Wall time: ONNX Runtime runs on its own threads, which this
   * thread's CPU clock does not see.
   */
  private static List<AnalyzedDocument> embed(List<ClusterDocument> texts, List<AnalyzedDocument> analysed) {
    int limit = ClusteringConfig.defaults().embeddingTermLimit();
    long wall = System.nanoTime();
    MiniLmSentenceEmbedder embedder = MiniLmSentenceEmbedder.load();
    double load = (System.nanoTime() - wall) / 1e9;
    List<AnalyzedDocument> out = new ArrayList<>();
    double[] seconds = new double[2];
    int[] counts = new int[2];
    for (int i = 0; i < texts.size(); i++) {
      AnalyzedDocument a = analysed.get(i);
      if (!DocumentAnalyzer.worthEmbedding(a.language(), a.titleTerms(), a.bodyTerms(), limit)) {
        out.add(a);
        continue;
      }
      String text = DocumentAnalyzer.embeddingText(texts.get(i));
      int kind = texts.get(i).text().isEmpty() ? 0 : 1;
      long s = System.nanoTime();
      out.add(a.withEmbedding(embedder.embed(text)));
      seconds[kind] += (System.nanoTime() - s) / 1e9;
      counts[kind]++;
    }
    System.out.printf("embedding (wall clock, all cores; only English texts under %d distinct terms, as the pipeline does):"
            + " model load %.1f s; headlines only %.0f articles/s (%d), short with body %.0f articles/s (%d);"
            + " %d of %d texts embedded%n",
        limit, load, counts[0] / Math.max(seconds[0], 1e-9), counts[0], counts[1] / Math.max(seconds[1], 1e-9), counts[1],
        counts[0] + counts[1], texts.size());
    return out;
  }

  private static long referenceWork(AnalyzedDocument d) {
    Map<String, Integer> tf = new HashMap<>();
    for (String t : d.titleTerms()) tf.merge(t, 1, Integer::sum);
    for (String t : d.bodyTerms()) tf.merge(t, 1, Integer::sum);
    return tf.size();
  }

  /** CPU seconds of this thread since {@code start}: the machine is shared, wall time is not ours. */
  private static double seconds(long start) {
    return (cpu() - start) / 1e9;
  }

  private static long cpu() {
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
    }
    return sum;
  }
}
