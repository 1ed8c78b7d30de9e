package newsdesk.cluster;

import java.util.Arrays;
import java.util.List;

/**
 * The hubness of each of one set of stories: the mean cosine of a story with its
 * {@code neighbours} nearest comparable stories ({@link ComparableStories}), which
 * {@link RelatedStoryFinder} takes off a candidate's cosine when ranking (CSLS, Conneau et al.
 * 2018, "Word translation without parallel data"), so that a story close to everything does not
 * top many lists. Computed when first asked for and remembered; one scratch row for the set. Not
 * thread-safe: one per call of the finder.
 */
final class StoryHubness {
  private final List<StoryProfile> stories;
  private final StoryVectors vectors;
  private final int neighbours;
  private final ComparableStories comparable;
  private final double[] hubRow;
  private final double[] hubness;

  StoryHubness(List<StoryProfile> stories, StoryVectors vectors, int neighbours, ComparableStories comparable) {
    this.stories = stories;
    this.vectors = vectors;
    this.neighbours = neighbours;
    this.comparable = comparable;
    this.hubRow = new double[stories.size()];
    this.hubness = new double[stories.size()];
    Arrays.fill(hubness, Double.NaN);
  }

  /**
   * Mean cosine of story {@code j} with its {@code neighbours} nearest comparable stories
   * (same language, within the window) among the given ones, counted as 0 where fewer share a
   * term; the divisor is {@code min(neighbours, n - 1)}.
   */
  double of(int j) {
    if (!Double.isNaN(hubness[j])) return hubness[j];
    int k = Math.min(neighbours, stories.size() - 1);
    double value = 0;
    if (k > 0) {
      StoryProfile b = stories.get(j);
      double[] best = new double[k]; // descending
      int[] shared = vectors.similarities(j, hubRow);
      for (int m : shared) {
        double s = hubRow[m];
        hubRow[m] = 0;
        if (s <= best[k - 1] || !comparable.comparable(b, stories.get(m))) continue;
        int at = k - 1;
        while (at > 0 && best[at - 1] < s) {
          best[at] = best[at - 1];
          at--;
        }
        best[at] = s;
      }
      double sum = 0;
      for (double s : best) sum += s;
      value = sum / k;
    }
    hubness[j] = value;
    return value;
  }
}
