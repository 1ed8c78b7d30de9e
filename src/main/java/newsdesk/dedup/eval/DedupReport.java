package newsdesk.dedup.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The figures of a {@link DedupEvaluation}.
 *
 * @param corpusArticles articles read
 * @param sampled        articles that got variants
 * @param pairs          the pair test
 * @param stream         the stream test
 */
public record DedupReport(int corpusArticles, int sampled, PairFigures pairs, StreamFigures stream) {
  /**
   * Pair test counts and the breakdown by kind.
   *
   * @param kinds per variant or negative kind
   */
  public record PairFigures(int truePositives, int falsePositives, int falseNegatives, int trueNegatives,
      Map<String, KindFigures> kinds) {
    public PairFigures {
      kinds = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(kinds));
    }

    @JsonProperty("precision")
    public double precision() {
      int called = truePositives + falsePositives;
      return called == 0 ? 1.0 : (double) truePositives / called;
    }

    @JsonProperty("recall")
    public double recall() {
      int actual = truePositives + falseNegatives;
      return actual == 0 ? 1.0 : (double) truePositives / actual;
    }
  }

  /**
   * One kind of pair.
   *
   * @param duplicates          true for a kind of copies, false for a kind of different articles
   * @param calledDuplicate     pairs the detector called duplicates
   * @param pairs               pairs of this kind
   * @param closestContainment  the containment nearest the other side: the lowest among copies,
   *                            the highest among different articles
   */
  public record KindFigures(boolean duplicates, int calledDuplicate, int pairs, double closestContainment) {}

  /**
   * Stream test counts.
   *
   * @param originals   corpus articles added first
   * @param variants    variants added after them
   * @param rightLinks  variants attached to their own original
   * @param falseLinks  originals attached to anything, variants attached to another family
   * @param falseLinkExamples {@code id -> original} of each false link
   */
  public record StreamFigures(int originals, int variants, int rightLinks, int falseLinks,
      List<String> falseLinkExamples) {
    @JsonProperty("precision")
    public double precision() {
      int links = rightLinks + falseLinks;
      return links == 0 ? 1.0 : (double) rightLinks / links;
    }

    @JsonProperty("recall")
    public double recall() {
      return variants == 0 ? 1.0 : (double) rightLinks / variants;
    }
  }
}
