package newsdesk.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The TF-IDF vectors of a set of stories with an inverted index over them, so that the cosine of
 * one story with every other is found by walking the postings of its own terms: time proportional
 * to those postings, memory to the stories' distinct terms, never a story-by-story matrix.
 *
 * <p>Weights as {@link RelatedStoryFinder} documents them: raw term frequency pooled over the
 * members (a whole entity name counts {@code entityWeight} per naming member), times
 * {@code ln((n + 1) / (df + 1)) + 1} over these stories, L2-normalised. Not thread-safe (one
 * scratch row per instance).
 */
final class StoryVectors {
  private static final String ENTITY_PREFIX = "\u0001";

  private final int size;
  private final int[][] termsOf;
  private final double[][] weightsOf;
  private final int[][] postingStories;
  private final double[][] postingWeights;
  /** Per story, the number of the {@link #similarities} call that last touched it. */
  private final int[] touchedIn;
  private int call;

  private StoryVectors(int size, int[][] termsOf, double[][] weightsOf, int[][] postingStories, double[][] postingWeights) {
    this.size = size;
    this.termsOf = termsOf;
    this.weightsOf = weightsOf;
    this.postingStories = postingStories;
    this.postingWeights = postingWeights;
    this.touchedIn = new int[size];
  }

  static StoryVectors of(List<StoryProfile> stories, double entityWeight) {
    int n = stories.size();
    Map<String, Integer> ids = new LinkedHashMap<>();
    List<Integer> df = new ArrayList<>();
    List<Map<String, Double>> frequencies = new ArrayList<>(n);
    for (StoryProfile s : stories) {
      Map<String, Double> tf = new HashMap<>();
      for (String t : s.terms()) tf.merge(t, 1.0, Double::sum);
      for (String e : s.entities()) tf.merge(ENTITY_PREFIX + e.toLowerCase(Locale.ROOT), entityWeight, Double::sum);
      for (String t : tf.keySet()) {
        int id = ids.computeIfAbsent(t, k -> ids.size());
        if (id == df.size()) df.add(1);
        else df.set(id, df.get(id) + 1);
      }
      frequencies.add(tf);
    }
    int[][] termsOf = new int[n][];
    double[][] weightsOf = new double[n][];
    int[] postings = new int[ids.size()];
    for (int i = 0; i < n; i++) {
      Map<String, Double> tf = frequencies.get(i);
      int[] terms = new int[tf.size()];
      double[] weights = new double[tf.size()];
      double norm = 0;
      int k = 0;
      for (Map.Entry<String, Double> e : tf.entrySet()) {
        int id = ids.get(e.getKey());
        double w = e.getValue() * (Math.log((n + 1.0) / (df.get(id) + 1.0)) + 1);
        terms[k] = id;
        weights[k++] = w;
        norm += w * w;
        postings[id]++;
      }
      double scale = norm == 0 ? 0 : 1 / Math.sqrt(norm);
      for (int m = 0; m < weights.length; m++) weights[m] *= scale;
      termsOf[i] = terms;
      weightsOf[i] = weights;
      frequencies.set(i, null); // the maps are the bulk of the memory: let each go once weighted
    }
    int[][] postingStories = new int[postings.length][];
    double[][] postingWeights = new double[postings.length][];
    for (int t = 0; t < postings.length; t++) {
      postingStories[t] = new int[postings[t]];
      postingWeights[t] = new double[postings[t]];
    }
    int[] filled = new int[postings.length];
    for (int i = 0; i < n; i++) {
      for (int m = 0; m < termsOf[i].length; m++) {
        int t = termsOf[i][m];
        postingStories[t][filled[t]] = i;
        postingWeights[t][filled[t]++] = weightsOf[i][m];
      }
    }
    return new StoryVectors(n, termsOf, weightsOf, postingStories, postingWeights);
  }

  int size() {
    return size;
  }

  /**
   * The cosine of story {@code i} with every story, into {@code row} (length {@link #size()}, all
   * zero on entry; the caller clears the returned indexes after use). Returns the indexes of the
   * stories sharing a term with {@code i}, {@code i} excluded, ascending.
   */
  int[] similarities(int i, double[] row) {
    int[] touched = new int[16];
    int count = 0;
    call++;
    int[] terms = termsOf[i];
    double[] weights = weightsOf[i];
    for (int m = 0; m < terms.length; m++) {
      int[] others = postingStories[terms[m]];
      double[] otherWeights = postingWeights[terms[m]];
      double w = weights[m];
      for (int p = 0; p < others.length; p++) {
        int j = others[p];
        if (j == i) continue;
        if (touchedIn[j] != call) {
          touchedIn[j] = call;
          if (count == touched.length) touched = Arrays.copyOf(touched, count * 2);
          touched[count++] = j;
        }
        row[j] += w * otherWeights[p];
      }
    }
    int[] out = Arrays.copyOf(touched, count);
    Arrays.sort(out);
    return out;
  }
}
