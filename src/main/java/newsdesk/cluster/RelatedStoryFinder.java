package newsdesk.cluster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Related stories: for each story, up to {@code limit} other stories on the same subject, most
 * similar first.
 *
 * <p>Each story is a TF-IDF vector of its members' terms plus whole entity names (idf over the
 * given stories; raw term frequency pooled over the members, so that what many members repeat,
 * the story's core, outweighs what one member mentions in passing: on ECB+ raw tf gives 40/44
 * correct top related stories, sublinear 1 + ln(tf) 36/44). Stories ranked by cosine minus their
 * hubness (see {@link Settings#hubNeighbours}). A story B is related to A when: both have the same
 * language (or one is undetermined); their times are at most {@code window} apart, in either
 * direction (no window when a time is missing); their cosine is at least {@code minSimilarity}
 * (unrelated stories share only common words) and below {@code maxSimilarity} (above it B is a
 * fragment of A that clustering failed to merge, not a related story); and they share an entity
 * name or at least {@link Settings#minSharedTerms} distinct terms (a cosine over a handful of terms,
 * a story with only a title, can be high on one shared word). Ties go to the closer
 * time, then the smaller id. Deterministic.
 *
 * <p>Cost: only the requested stories are ranked. Cosines come from an inverted index over the
 * given stories ({@link StoryVectors}): ranking one story walks the postings of its terms and
 * computes the hubness of the stories that pass the filters (one more walk each, remembered), so
 * memory is the stories' sparse vectors plus a row per call, never a story-by-story matrix.
 *
 * <p>The parts: {@link RelatedCandidates} gathers the stories that pass the filters,
 * {@link ComparableStories} is the language and window test, {@link StoryHubness} the hubness;
 * this class ranks the candidates and keeps the top {@code limit}.
 */
public final class RelatedStoryFinder {
  /**
   * The one set of related-story settings; {@link #defaults()} is what the pipeline and
   * {@code newsdesk bench related} run (measured in docs/benchmarks/stories.md).
   *
   * @param window        largest time distance of related stories (default 14 days: the "never old")
   * @param limit         most related stories per story (default 5)
   * @param minSimilarity lowest cosine of a related story (default 0.17: 0.15 ranks ECB+ a little
   *                      better but lets through demo-corpus pairs that share only generic words, a
   *                      parliament's suspension and a prime minister's death at 0.152-0.160)
   * @param maxSimilarity cosine from which a story counts as a fragment of the same story (default 0.85)
   * @param entityWeight  term frequency of a whole entity name per naming member (default 1.0, one
   *                      occurrence of a term: entity overlap says "same subject" less reliably than
   *                      shared event words, two events of one kind rarely share names)
   * @param hubNeighbours nearest stories whose mean cosine is a story's hubness (default 5)
   * @param hubPenalty    how much of its hubness is taken off a story's cosine when ranking (default
   *                      1.0). A story close to everything (a generic one) would otherwise top many
   *                      lists: the hubness correction is CSLS, Conneau et al. 2018, "Word
   *                      translation without parallel data"; 0 turns it off
   * @param minSharedTerms  the evidence a related story needs besides its cosine: at least this many
   *                        distinct shared terms, or one shared entity name (default 2: two stories
   *                        that share one title word, "id", and nothing else are not related, however
   *                        high the cosine of their few terms); 0 or 1 asks for nothing more
   */
  public record Settings(Duration window, int limit, double minSimilarity, double maxSimilarity, double entityWeight,
      int hubNeighbours, double hubPenalty, int minSharedTerms) {
    public Settings {
      Objects.requireNonNull(window, "window");
      if (window.isNegative()) throw new IllegalArgumentException("window must not be negative: " + window);
      if (limit < 0) throw new IllegalArgumentException("limit must be >= 0: " + limit);
      if (!(minSimilarity < maxSimilarity)) {
        throw new IllegalArgumentException("need minSimilarity < maxSimilarity: " + minSimilarity + ", " + maxSimilarity);
      }
      if (!(entityWeight >= 0)) throw new IllegalArgumentException("entityWeight must be >= 0: " + entityWeight);
      if (hubNeighbours < 0) throw new IllegalArgumentException("hubNeighbours must be >= 0: " + hubNeighbours);
      if (!(hubPenalty >= 0)) throw new IllegalArgumentException("hubPenalty must be >= 0: " + hubPenalty);
      if (minSharedTerms < 0) throw new IllegalArgumentException("minSharedTerms must be >= 0: " + minSharedTerms);
    }

    public static Settings defaults() {
      return new Settings(Duration.ofDays(14), 5, 0.17, 0.85, 1.0, 5, 1.0, 2);
    }

    public Settings withMinSimilarity(double value) {
      return new Settings(window, limit, value, maxSimilarity, entityWeight, hubNeighbours, hubPenalty, minSharedTerms);
    }

    public Settings withEntityWeight(double value) {
      return new Settings(window, limit, minSimilarity, maxSimilarity, value, hubNeighbours, hubPenalty, minSharedTerms);
    }

    public Settings withMinSharedTerms(int value) {
      return new Settings(window, limit, minSimilarity, maxSimilarity, entityWeight, hubNeighbours, hubPenalty, value);
    }
  }

  private final Settings settings;

  public RelatedStoryFinder(Settings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  public RelatedStoryFinder() {
    this(Settings.defaults());
  }

  public Settings settings() {
    return settings;
  }

  /** Related stories of every given story, keyed by story id in input order. */
  public Map<String, List<RelatedStory>> find(List<StoryProfile> stories) {
    Objects.requireNonNull(stories, "stories");
    return find(stories, stories.stream().map(StoryProfile::id).toList());
  }

  /**
   * Related stories of the given stories whose id is in {@code targets}, each ranked against all
   * the given stories (idf and hubness over them), keyed by story id in input order.
   */
  public Map<String, List<RelatedStory>> find(List<StoryProfile> stories, Collection<String> targets) {
    List<Integer> wanted = indexesOf(stories, targets);
    StoryVectors vectors = StoryVectors.of(stories, settings.entityWeight());
    ComparableStories comparable = new ComparableStories(settings.window());
    RelatedCandidates gathering = new RelatedCandidates(stories, vectors, settings, comparable);
    StoryHubness hubness = new StoryHubness(stories, vectors, settings.hubNeighbours(), comparable);
    Map<String, List<RelatedStory>> out = new LinkedHashMap<>();
    for (int i : wanted) {
      StoryProfile a = stories.get(i);
      List<Candidate> found = new ArrayList<>();
      gathering.forEach(i, (j, s) -> found.add(new Candidate(stories.get(j), s, s - settings.hubPenalty() * hubness.of(j),
          distance(a, stories.get(j)))));
      found.sort(Comparator.comparingDouble((Candidate c) -> -c.rank)
          .thenComparingLong(c -> c.distance)
          .thenComparing(c -> c.story.id()));
      List<RelatedStory> related = new ArrayList<>();
      for (Candidate c : found.subList(0, Math.min(settings.limit(), found.size()))) {
        related.add(new RelatedStory(c.story.id(), c.similarity));
      }
      out.put(a.id(), List.copyOf(related));
    }
    return out;
  }

  /**
   * For each target, the ids of the given stories that pass every filter with it (language,
   * window, least similarity, fragment bound), whether or not they would make its top
   * {@code limit}, in input order: the stories whose own lists may name the target.
   */
  public Map<String, List<String>> candidates(List<StoryProfile> stories, Collection<String> targets) {
    List<Integer> wanted = indexesOf(stories, targets);
    RelatedCandidates gathering = new RelatedCandidates(stories, StoryVectors.of(stories, settings.entityWeight()), settings,
        new ComparableStories(settings.window()));
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (int i : wanted) {
      out.put(stories.get(i).id(), gathering.filtered(i).stream().map(j -> stories.get(j).id()).toList());
    }
    return out;
  }

  private static List<Integer> indexesOf(List<StoryProfile> stories, Collection<String> targets) {
    Objects.requireNonNull(stories, "stories");
    Set<String> wanted = new HashSet<>(Objects.requireNonNull(targets, "targets"));
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < stories.size(); i++) {
      if (wanted.contains(stories.get(i).id())) out.add(i);
    }
    return out;
  }

  private record Candidate(StoryProfile story, double similarity, double rank, long distance) {}

  private static long distance(StoryProfile a, StoryProfile b) {
    if (a.time() == null || b.time() == null) return Long.MAX_VALUE;
    return Math.abs(a.time().getEpochSecond() - b.time().getEpochSecond());
  }
}
