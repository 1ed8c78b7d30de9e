package newsdesk.cluster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The candidates of one set of stories for each other's related stories: the stories that pass
 * every filter of {@link RelatedStoryFinder} with a given one (comparable by
 * {@link ComparableStories}; cosine at least {@code minSimilarity} and below
 * {@code maxSimilarity}; a shared entity name or {@code minSharedTerms} distinct shared terms),
 * found by walking the postings of the story's terms ({@link StoryVectors}). Ranking them is the
 * finder's. One scratch row for the set; the term and entity sets of the evidence test are built
 * when first needed. Not thread-safe: one per call of the finder.
 */
final class RelatedCandidates {
  /** Receives each candidate {@code j} with its cosine to the story asked about. */
  interface Visitor {
    void visit(int j, double similarity);
  }

  private final List<StoryProfile> stories;
  private final StoryVectors vectors;
  private final RelatedStoryFinder.Settings settings;
  private final ComparableStories comparable;
  private final double[] row;
  /** Each story's distinct terms and entity names, built when first needed (the evidence test). */
  private final List<Set<String>> termSets;
  private final List<Set<String>> entitySets;

  RelatedCandidates(List<StoryProfile> stories, StoryVectors vectors, RelatedStoryFinder.Settings settings,
      ComparableStories comparable) {
    this.termSets = new ArrayList<>(Collections.nCopies(stories.size(), null));
    this.entitySets = new ArrayList<>(Collections.nCopies(stories.size(), null));
    this.stories = stories;
    this.vectors = vectors;
    this.settings = settings;
    this.comparable = comparable;
    this.row = new double[stories.size()];
  }

  /** The stories that pass the filters with story {@code i}, ascending. */
  List<Integer> filtered(int i) {
    List<Integer> out = new ArrayList<>();
    forEach(i, (j, s) -> out.add(j));
    return out;
  }

  /** Hands {@code visitor} each story that passes the filters with story {@code i}, ascending. */
  void forEach(int i, Visitor visitor) {
    StoryProfile a = stories.get(i);
    int[] shared = vectors.similarities(i, row);
    try {
      // With a least similarity above 0 only stories sharing a term can pass; otherwise all can.
      if (settings.minSimilarity() > 0) {
        for (int j : shared) visitIfRelated(i, a, j, row[j], visitor);
      } else {
        for (int j = 0; j < stories.size(); j++) {
          if (j != i) visitIfRelated(i, a, j, row[j], visitor);
        }
      }
    } finally {
      for (int j : shared) row[j] = 0;
    }
  }

  private void visitIfRelated(int i, StoryProfile a, int j, double s, Visitor visitor) {
    StoryProfile b = stories.get(j);
    if (b.id().equals(a.id()) || !comparable.comparable(a, b)) return;
    if (s < settings.minSimilarity() || s >= settings.maxSimilarity()) return;
    if (!hasEvidence(i, j)) return;
    visitor.visit(j, s);
  }

  /**
   * Whether stories {@code i} and {@code j} share an entity name or at least
   * {@link RelatedStoryFinder.Settings#minSharedTerms} distinct terms.
   */
  private boolean hasEvidence(int i, int j) {
    if (settings.minSharedTerms() <= 1) return true;
    if (sharesAtLeast(entities(i), entities(j), 1)) return true;
    return sharesAtLeast(terms(i), terms(j), settings.minSharedTerms());
  }

  private Set<String> terms(int i) {
    if (termSets.get(i) == null) termSets.set(i, Set.copyOf(stories.get(i).terms()));
    return termSets.get(i);
  }

  private Set<String> entities(int i) {
    if (entitySets.get(i) == null) entitySets.set(i, Set.copyOf(stories.get(i).entities()));
    return entitySets.get(i);
  }

  private static boolean sharesAtLeast(Set<String> a, Set<String> b, int n) {
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    int shared = 0;
    for (String t : small) {
      if (large.contains(t) && ++shared >= n) return true;
    }
    return false;
  }
}
