package newsdesk.summarize;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * The content terms of one story: each lower-cased word not in
 * {@link SummarizerResources#stopwords()} is reduced to its Snowball (Porter 2) English stem, and
 * each stem gets a dense id in the order the story first uses it. Sentences are weighted by tf-isf
 * (term frequency times inverse sentence frequency, {@code log((n + 1) / df)} over the story's
 * {@code n} sentences). One vocabulary serves one story: it is mutable and not thread-safe.
 */
final class StoryVocabulary {
  private final SummarizerResources resources;
  private final EnglishStemmer stemmer = new EnglishStemmer();
  private final Map<String, String> stems = new HashMap<>();
  private final Map<String, Integer> ids = new HashMap<>();

  StoryVocabulary(SummarizerResources resources) {
    this.resources = Objects.requireNonNull(resources, "resources");
  }

  /** The number of distinct terms seen so far (ids run from 0 to this, exclusive). */
  int size() {
    return ids.size();
  }

  /** The ids of a sentence's content terms, in word order, new terms getting new ids. */
  int[] sentenceTerms(List<String> tokens) {
    return tokens.stream()
        .filter(t -> !resources.stopwords().contains(t))
        .map(this::stem)
        .mapToInt(s -> ids.computeIfAbsent(s, k -> ids.size()))
        .toArray();
  }

  /** The ids of the content terms of {@code tokens} that the story's sentences use (a title's). */
  int[] knownTerms(List<String> tokens) {
    return tokens.stream()
        .filter(t -> !resources.stopwords().contains(t))
        .map(this::stem)
        .map(ids::get)
        .filter(Objects::nonNull)
        .mapToInt(Integer::intValue)
        .toArray();
  }

  /** Stemmed bigrams with at least one content word, hashed, sorted and distinct. */
  long[] keyBigrams(List<String> tokens) {
    long[] out = new long[Math.max(0, tokens.size() - 1)];
    int n = 0;
    for (int i = 0; i + 1 < tokens.size(); i++) {
      String a = tokens.get(i);
      String b = tokens.get(i + 1);
      if (resources.stopwords().contains(a) && resources.stopwords().contains(b)) continue;
      String sa = stem(a);
      String sb = stem(b);
      out[n++] = ((long) sa.hashCode() << 32) | (sb.hashCode() & 0xffffffffL);
    }
    return Arrays.stream(out, 0, n).sorted().distinct().toArray();
  }

  /** Whether a sentence has one of the importance cues (compared as stems). */
  boolean hasCue(List<String> tokens) {
    if (resources.importanceCues().isEmpty()) return false;
    for (String t : tokens) {
      if (resources.importanceCues().contains(stem(t))) return true;
    }
    return false;
  }

  /** The inverse sentence frequency of every term id, over {@code sentences} (each its term ids). */
  double[] inverseSentenceFrequency(List<int[]> sentences) {
    int terms = size();
    int[] df = new int[terms];
    for (int[] sentence : sentences) {
      for (int t : Arrays.stream(sentence).distinct().toArray()) df[t]++;
    }
    double[] isf = new double[terms];
    for (int t = 0; t < terms; t++) isf[t] = Math.log((sentences.size() + 1.0) / df[t]);
    return isf;
  }

  /** The L2-normalised tf-isf vector of a sentence's term ids. */
  static SparseVector weigh(int[] terms, double[] isf) {
    if (terms.length == 0) return SparseVector.EMPTY;
    int[] sorted = terms.clone();
    Arrays.sort(sorted);
    int distinct = 0;
    int[] ids = new int[sorted.length];
    double[] weights = new double[sorted.length];
    for (int i = 0; i < sorted.length; i++) {
      if (distinct > 0 && ids[distinct - 1] == sorted[i]) {
        weights[distinct - 1] += isf[sorted[i]];
      } else {
        ids[distinct] = sorted[i];
        weights[distinct++] = isf[sorted[i]];
      }
    }
    return new SparseVector(Arrays.copyOf(ids, distinct), Arrays.copyOf(weights, distinct)).normalized();
  }

  private String stem(String word) {
    return stems.computeIfAbsent(word, w -> {
      stemmer.setCurrent(w);
      stemmer.stem();
      return stemmer.getCurrent();
    });
  }
}
