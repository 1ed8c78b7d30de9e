package newsdesk.cluster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranks, for each story, the other stories on the same subject: the "related stories" of a brief.
 *
 * <p>Each story is a TF-IDF vector of its terms (sublinear tf, smoothed idf over the stories given)
 * and a set of entities. The score of a pair is {@code termWeight * cosine + (1 - termWeight) *
 * entityOverlap}, where the overlap is |shared| / min(|a|, |b|). A candidate counts only when it is
 * in the same language, within {@code window} of the story (when both times are known), scores at
 * least {@code minScore} (never unrelated), and scores below {@code fragmentScore} (a near-copy of the
 * story is a fragment of the same event, not a related story). At most {@code limit} per story, best
 * first; ties go to the smaller id, so the ranking is deterministic.
 */
public final class RelatedStoryRanker {
  /**
   * @param window        largest time between two related stories
   * @param minScore      least score of a related story
   * @param fragmentScore scores at or above this mean the same event split in two
   * @param termWeight    share of the term cosine in the score (the rest is entity overlap)
   * @param limit         related stories per story
   */
  public record Config(Duration window, double minScore, double fragmentScore, double termWeight, int limit) {
    public Config {
      if (minScore < 0 || minScore >= fragmentScore) {
        throw new IllegalArgumentException("need 0 <= minScore < fragmentScore, got " + minScore + ", " + fragmentScore);
      }
      if (termWeight < 0 || termWeight > 1) throw new IllegalArgumentException("termWeight must be in [0, 1]: " + termWeight);
      if (limit < 1) throw new IllegalArgumentException("limit must be >= 1: " + limit);
    }

    public static Config defaults() {
      return new Config(Duration.ofDays(14), 0.15, 0.85, 0.85, 5);
    }

    public Config withoutWindow() {
      return new Config(Duration.ofDays(365L * 1000), minScore, fragmentScore, termWeight, limit);
    }
  }

  /** A related story and its score. */
  public record Related(String storyId, double score) {}

  private final Config config;

  public RelatedStoryRanker(Config config) {
    this.config = config;
  }

  /** Related stories of every story in {@code stories}, keyed by story id (empty lists included). */
  public Map<String, List<Related>> rank(List<StoryProfile> stories) {
    Map<String, Double> idf = idf(stories);
    List<Map<String, Double>> vectors = stories.stream().map(s -> vector(s.terms(), idf)).toList();
    Map<String, List<Integer>> postings = new HashMap<>();
    for (int i = 0; i < stories.size(); i++) {
      for (String t : vectors.get(i).keySet()) postings.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
      for (String e : stories.get(i).entities()) postings.computeIfAbsent("\u0000" + e, k -> new ArrayList<>()).add(i);
    }
    Map<String, List<Related>> out = new LinkedHashMap<>();
    for (int i = 0; i < stories.size(); i++) {
      StoryProfile s = stories.get(i);
      Set<Integer> candidates = new HashSet<>();
      for (String t : vectors.get(i).keySet()) candidates.addAll(postings.get(t));
      for (String e : s.entities()) candidates.addAll(postings.get("\u0000" + e));
      List<Related> related = new ArrayList<>();
      for (int j : candidates) {
        if (j == i || !compatible(s, stories.get(j))) continue;
        double score = config.termWeight() * cosine(vectors.get(i), vectors.get(j))
            + (1 - config.termWeight()) * overlap(s.entities(), stories.get(j).entities());
        if (score >= config.minScore() && score < config.fragmentScore()) related.add(new Related(stories.get(j).id(), score));
      }
      related.sort(Comparator.comparingDouble(Related::score).reversed().thenComparing(Related::storyId));
      out.put(s.id(), List.copyOf(related.subList(0, Math.min(config.limit(), related.size()))));
    }
    return out;
  }

  private boolean compatible(StoryProfile a, StoryProfile b) {
    if (!a.language().equals(b.language()) && !a.language().equals("und") && !b.language().equals("und")) return false;
    if (a.time() == null || b.time() == null) return true;
    return Duration.between(a.time(), b.time()).abs().compareTo(config.window()) <= 0;
  }

  private static Map<String, Double> idf(List<StoryProfile> stories) {
    Map<String, Integer> df = new HashMap<>();
    for (StoryProfile s : stories) new HashSet<>(s.terms()).forEach(t -> df.merge(t, 1, Integer::sum));
    Map<String, Double> idf = new HashMap<>();
    double n = stories.size();
    df.forEach((t, d) -> idf.put(t, Math.log((n + 1) / (d + 1)) + 1));
    return idf;
  }

  private static Map<String, Double> vector(List<String> terms, Map<String, Double> idf) {
    Map<String, Integer> tf = new HashMap<>();
    terms.forEach(t -> tf.merge(t, 1, Integer::sum));
    Map<String, Double> v = new HashMap<>();
    double norm = 0;
    for (var e : tf.entrySet()) {
      double w = (1 + Math.log(e.getValue())) * idf.get(e.getKey());
      v.put(e.getKey(), w);
      norm += w * w;
    }
    double n = Math.sqrt(norm);
    if (n > 0) v.replaceAll((k, w) -> w / n);
    return v;
  }

  private static double cosine(Map<String, Double> a, Map<String, Double> b) {
    Map<String, Double> small = a.size() <= b.size() ? a : b;
    Map<String, Double> large = small == a ? b : a;
    double dot = 0;
    for (var e : small.entrySet()) dot += e.getValue() * large.getOrDefault(e.getKey(), 0.0);
    return dot;
  }

  private static double overlap(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) return 0;
    int shared = 0;
    for (String e : a) if (b.contains(e)) shared++;
    return (double) shared / Math.min(a.size(), b.size());
  }
}
