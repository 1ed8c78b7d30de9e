package newsdesk.dedup.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import newsdesk.dedup.TextTokens;

/**
 * Builds the benchmark's labelled pairs from a corpus: every {@link VariantKind} of a seeded
 * sample of articles as duplicates, and pairs of different articles that share a topic or much of
 * their vocabulary ({@link NegativeKind}) as non-duplicates. Deterministic for a seed.
 */
public final class PairMaker {
  private final List<CorpusArticle> corpus;
  private final VariantMaker variants;
  private final long seed;

  public PairMaker(List<CorpusArticle> corpus, Boilerplate boilerplate, long seed) {
    this.corpus = List.copyOf(Objects.requireNonNull(corpus, "corpus"));
    if (this.corpus.size() < 2) throw new IllegalArgumentException("corpus: needs two articles or more");
    this.variants = new VariantMaker(this.corpus, boilerplate, seed);
    this.seed = seed;
  }

  /** A seeded sample of {@code size} articles (all when the corpus is smaller), in corpus order. */
  public List<CorpusArticle> sample(int size) {
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < corpus.size(); i++) indexes.add(i);
    java.util.Collections.shuffle(indexes, new java.util.Random(seed));
    return indexes.subList(0, Math.min(size, indexes.size())).stream().sorted().map(corpus::get).toList();
  }

  /** The original and each of its variants, for every article of {@code sample}. */
  public List<BenchPair> duplicates(List<CorpusArticle> sample) {
    List<BenchPair> pairs = new ArrayList<>();
    for (CorpusArticle article : sample) {
      for (VariantKind kind : VariantKind.values()) {
        pairs.add(new BenchPair(BenchText.of(article), variants.variant(article, kind), true, kind.name()));
      }
    }
    return pairs;
  }

  /** {@code article} as the outlet that first published it shows it (outlet drawn from the seed). */
  public BenchText published(CorpusArticle article) {
    return variants.publishAs(BenchText.of(article), new SplittableRandom(seed ^ article.id().hashCode()).nextInt(5));
  }

  /** Pairs of different articles of every {@link NegativeKind}, each unordered pair once. */
  public List<BenchPair> negatives() {
    List<BenchPair> pairs = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, List<CorpusArticle>> bySection = new LinkedHashMap<>();
    for (CorpusArticle a : corpus) bySection.computeIfAbsent(a.section(), s -> new ArrayList<>()).add(a);
    Set<String> seen = new HashSet<>();
    for (CorpusArticle a : corpus) {
      List<CorpusArticle> section = bySection.get(a.section());
      if (section.size() < 2) continue;
      CorpusArticle b;
      do b = section.get(random.nextInt(section.size())); while (b == a);
      if (seen.add(key(a, b))) pairs.add(plain(a, b, NegativeKind.SAME_SECTION));
    }
    int[] best = mostSimilar();
    seen.clear();
    for (int i = 0; i < corpus.size(); i++) {
      CorpusArticle a = corpus.get(Math.min(i, best[i]));
      CorpusArticle b = corpus.get(Math.max(i, best[i]));
      if (!seen.add(key(a, b))) continue;
      pairs.add(plain(a, b, NegativeKind.MOST_SIMILAR));
      long outletSeed = random.nextLong();
      BenchText first = variants.wrap(BenchText.of(a), new SplittableRandom(outletSeed));
      BenchText second = variants.wrap(BenchText.of(b), new SplittableRandom(outletSeed));
      pairs.add(new BenchPair(first, second, false, NegativeKind.MOST_SIMILAR_SAME_OUTLET.name()));
    }
    return pairs;
  }

  private static BenchPair plain(CorpusArticle a, CorpusArticle b, NegativeKind kind) {
    return new BenchPair(BenchText.of(a), BenchText.of(b), false, kind.name());
  }

  private static String key(CorpusArticle a, CorpusArticle b) {
    return a.id().compareTo(b.id()) < 0 ? a.id() + " " + b.id() : b.id() + " " + a.id();
  }

  /** For each article, the index of the other article with the highest vocabulary Jaccard (first on ties). */
  private int[] mostSimilar() {
    int n = corpus.size();
    int[][] vocabularies = corpus.stream().map(PairMaker::vocabulary).toArray(int[][]::new);
    int[] best = new int[n];
    double[] bestScore = new double[n];
    java.util.Arrays.fill(bestScore, -1);
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double score = jaccard(vocabularies[i], vocabularies[j]);
        if (score > bestScore[i]) {
          bestScore[i] = score;
          best[i] = j;
        }
        if (score > bestScore[j]) {
          bestScore[j] = score;
          best[j] = i;
        }
      }
    }
    return best;
  }

  /**
   * Words of four letters or more, as sorted distinct hashes: what a reader would call the shared
   * vocabulary.
   */
  private static int[] vocabulary(CorpusArticle article) {
    Set<String> words = new HashSet<>();
    for (String token : TextTokens.of(article.title() + " " + article.text())) {
      if (token.length() >= 4 && !token.chars().allMatch(Character::isDigit)) words.add(token.toLowerCase(Locale.ROOT));
    }
    return words.stream().mapToInt(String::hashCode).sorted().distinct().toArray();
  }

  private static double jaccard(int[] a, int[] b) {
    int shared = newsdesk.dedup.Fingerprint.sharedValues(a, b);
    int union = a.length + b.length - shared;
    return union == 0 ? 0 : (double) shared / union;
  }
}
