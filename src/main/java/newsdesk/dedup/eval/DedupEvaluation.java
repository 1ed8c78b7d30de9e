package newsdesk.dedup.eval;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import newsdesk.dedup.DedupConfig;
import newsdesk.dedup.DuplicateMatch;
import newsdesk.dedup.Fingerprint;
import newsdesk.dedup.Fingerprinter;
import newsdesk.dedup.NearDuplicateIndex;

/**
 * Measures the near-duplicate detector on a corpus, two ways.
 *
 * <p><b>Pairs:</b> each labelled pair ({@link PairMaker}) goes into a fresh
 * {@link NearDuplicateIndex}, first then second; the pair is called a duplicate when adding the
 * second returns the first. Precision and recall over all pairs, and the share called a duplicate
 * per kind.
 *
 * <p><b>Stream:</b> one index receives every corpus article as one of five made-up outlets
 * publishes it (each outlet's pages share its header and footer lines, so different articles of
 * one outlet share furniture), then every variant in a seeded random order, as a pipeline would.
 * A variant is right when it is attached to its own original; an original attached to anything,
 * or a variant attached to another family, is a false link.
 */
public final class DedupEvaluation {
  private final DedupConfig config;
  private final long seed;
  private final Clock clock = Clock.fixed(Instant.parse("2020-01-01T00:00:00Z"), ZoneOffset.UTC);

  public DedupEvaluation(DedupConfig config, long seed) {
    this.config = Objects.requireNonNull(config, "config");
    this.seed = seed;
  }

  /** Evaluates on {@code corpus}, making variants of a sample of {@code sampleSize} articles. */
  public DedupReport evaluate(List<CorpusArticle> corpus, int sampleSize) {
    PairMaker maker = new PairMaker(corpus, Boilerplate.bundled(), seed);
    List<CorpusArticle> sample = maker.sample(sampleSize);
    List<BenchPair> pairs = new ArrayList<>(maker.duplicates(sample));
    pairs.addAll(maker.negatives());
    return new DedupReport(corpus.size(), sample.size(), pairTest(pairs), streamTest(corpus, pairs, maker));
  }

  private DedupReport.PairFigures pairTest(List<BenchPair> pairs) {
    int tp = 0, fp = 0, fn = 0, tn = 0;
    Map<String, int[]> byKind = new TreeMap<>();
    Map<String, Boolean> duplicateKind = new TreeMap<>();
    Map<String, Double> closest = new TreeMap<>();
    Fingerprinter fingerprinter = new Fingerprinter(config);
    for (BenchPair pair : pairs) {
      NearDuplicateIndex index = new NearDuplicateIndex(config, clock);
      index.add(pair.first().id(), pair.first().fullText());
      boolean called = index.add(pair.second().id(), pair.second().fullText()).isPresent();
      int[] counts = byKind.computeIfAbsent(pair.kind(), k -> new int[2]);
      counts[0] += called ? 1 : 0;
      counts[1]++;
      Fingerprint a = fingerprinter.fingerprint(pair.first().fullText());
      Fingerprint b = fingerprinter.fingerprint(pair.second().fullText());
      double containment = a.containment(b);
      duplicateKind.put(pair.kind(), pair.duplicate());
      if (pair.duplicate()) {
        closest.merge(pair.kind(), containment, Math::min);
        if (called) tp++;
        else fn++;
      } else {
        closest.merge(pair.kind(), containment, Math::max);
        if (called) fp++;
        else tn++;
      }
    }
    Map<String, DedupReport.KindFigures> kinds = new TreeMap<>();
    byKind.forEach((kind, c) -> kinds.put(kind,
        new DedupReport.KindFigures(duplicateKind.get(kind), c[0], c[1], closest.get(kind))));
    return new DedupReport.PairFigures(tp, fp, fn, tn, kinds);
  }

  private DedupReport.StreamFigures streamTest(List<CorpusArticle> corpus, List<BenchPair> pairs, PairMaker maker) {
    NearDuplicateIndex index = new NearDuplicateIndex(config, clock);
    int falseLinks = 0;
    List<String> falseLinkExamples = new ArrayList<>();
    for (CorpusArticle article : corpus) {
      Optional<DuplicateMatch> match = index.addWithMatch(article.id(), maker.published(article).fullText());
      if (match.isPresent()) {
        falseLinks++;
        falseLinkExamples.add(article.id() + " -> " + match.get().originalId());
      }
    }
    List<BenchText> variants = new ArrayList<>(pairs.stream().filter(BenchPair::duplicate).map(BenchPair::second).toList());
    Collections.shuffle(variants, new Random(seed));
    int right = 0;
    for (BenchText variant : variants) {
      Optional<String> original = index.add(variant.id(), variant.fullText());
      if (original.isEmpty()) continue;
      if (original.get().equals(variant.familyId())) right++;
      else {
        falseLinks++;
        falseLinkExamples.add(variant.id() + " -> " + original.get());
      }
    }
    return new DedupReport.StreamFigures(
        corpus.size(), variants.size(), right, falseLinks, List.copyOf(falseLinkExamples));
  }
}
