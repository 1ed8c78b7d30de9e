package newsdesk.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import newsdesk.cluster.RelatedStoryFinder;
import newsdesk.cluster.StoryProfile;
import newsdesk.cluster.StoryProfiles;
import newsdesk.pipeline.StoredRelatedStories;
import newsdesk.store.NewsStore;
import newsdesk.store.RelatedStory;
import newsdesk.store.StoryRecord;
import newsdesk.text.TermAnalyzer;

/**
 * The related-stories update as it was before 2026-11-29 (main {@code e1183dd}), kept only as the
 * reference of {@code newsdesk bench related --cost}: it reads every live story from the earliest
 * changed story - window to the latest + window, ranks all of them with a dense n x n cosine
 * matrix and sorts every row for hubness. Same settings and profiles as the pipeline.
 */
final class HullWindowRelatedStories {
  private static final String ENTITY_PREFIX = "\u0001";
  private final RelatedStoryFinder.Settings settings;

  HullWindowRelatedStories(RelatedStoryFinder.Settings settings) {
    this.settings = settings;
  }

  void update(NewsStore store, List<String> changedStoryIds) {
    List<Instant> times = changedStoryIds.stream().map(store::story).flatMap(Optional::stream)
        .map(StoryRecord::lastPublished).filter(t -> t != null).toList();
    if (times.isEmpty()) return;
    Instant from = times.stream().min(Instant::compareTo).orElseThrow().minus(settings.window());
    Instant to = times.stream().max(Instant::compareTo).orElseThrow().plus(settings.window());
    List<StoryRecord> window = store.storiesUpdatedBetween(from, to, Integer.MAX_VALUE);
    List<StoryProfile> profiles = new ArrayList<>();
    try (TermAnalyzer analyzer = new TermAnalyzer()) {
      StoryProfiles builder = new StoryProfiles(analyzer);
      for (StoryRecord s : window) profiles.add(StoredRelatedStories.profile(store, s, builder));
    }
    Map<String, List<RelatedStory>> ranked = find(profiles);
    store.inTransaction(() -> {
      ranked.forEach(store::replaceRelated);
      return null;
    });
  }

  private Map<String, List<RelatedStory>> find(List<StoryProfile> stories) {
    List<Map<String, Double>> vectors = vectors(stories);
    int n = stories.size();
    double[][] sim = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        boolean comparable = sameLanguage(stories.get(i), stories.get(j)) && inWindow(stories.get(i), stories.get(j));
        sim[i][j] = sim[j][i] = comparable ? dot(vectors.get(i), vectors.get(j)) : 0;
      }
    }
    double[] hubness = new double[n];
    for (int i = 0; i < n; i++) {
      double[] row = sim[i].clone();
      row[i] = Double.NEGATIVE_INFINITY;
      Arrays.sort(row);
      int k = Math.min(settings.hubNeighbours(), n - 1);
      double sum = 0;
      for (int m = 0; m < k; m++) sum += row[n - 1 - m];
      hubness[i] = k == 0 ? 0 : sum / k;
    }
    Map<String, List<RelatedStory>> out = new HashMap<>();
    for (int i = 0; i < n; i++) {
      StoryProfile a = stories.get(i);
      List<double[]> found = new ArrayList<>(); // {j, similarity, rank, distance}
      for (int j = 0; j < n; j++) {
        StoryProfile b = stories.get(j);
        if (i == j || b.id().equals(a.id()) || !sameLanguage(a, b) || !inWindow(a, b)) continue;
        double s = sim[i][j];
        if (s < settings.minSimilarity() || s >= settings.maxSimilarity()) continue;
        found.add(new double[] {j, s, s - settings.hubPenalty() * hubness[j],
            Math.abs(a.time().getEpochSecond() - b.time().getEpochSecond())});
      }
      found.sort(Comparator.comparingDouble((double[] c) -> -c[2]).thenComparingDouble(c -> c[3])
          .thenComparing(c -> stories.get((int) c[0]).id()));
      List<RelatedStory> rows = new ArrayList<>();
      for (double[] c : found.subList(0, Math.min(settings.limit(), found.size()))) {
        rows.add(new RelatedStory(a.id(), rows.size(), stories.get((int) c[0]).id(), c[1]));
      }
      out.put(a.id(), rows);
    }
    return out;
  }

  private static boolean sameLanguage(StoryProfile a, StoryProfile b) {
    return a.language().equals(b.language()) || "und".equals(a.language()) || "und".equals(b.language());
  }

  private boolean inWindow(StoryProfile a, StoryProfile b) {
    return Duration.between(a.time(), b.time()).abs().compareTo(settings.window()) <= 0;
  }

  private List<Map<String, Double>> vectors(List<StoryProfile> stories) {
    List<Map<String, Double>> frequencies = new ArrayList<>();
    Map<String, Integer> df = new HashMap<>();
    for (StoryProfile s : stories) {
      Map<String, Double> tf = new HashMap<>();
      for (String t : s.terms()) tf.merge(t, 1.0, Double::sum);
      for (String e : s.entities()) tf.merge(ENTITY_PREFIX + e.toLowerCase(Locale.ROOT), settings.entityWeight(), Double::sum);
      for (String t : tf.keySet()) df.merge(t, 1, Integer::sum);
      frequencies.add(tf);
    }
    int n = stories.size();
    List<Map<String, Double>> vectors = new ArrayList<>(n);
    for (Map<String, Double> tf : frequencies) {
      Map<String, Double> v = new HashMap<>();
      double norm = 0;
      for (Map.Entry<String, Double> e : tf.entrySet()) {
        double w = e.getValue() * (Math.log((n + 1.0) / (df.get(e.getKey()) + 1.0)) + 1);
        v.put(e.getKey(), w);
        norm += w * w;
      }
      double scale = norm == 0 ? 0 : 1 / Math.sqrt(norm);
      v.replaceAll((k, w) -> w * scale);
      vectors.add(v);
    }
    return vectors;
  }

  private static double dot(Map<String, Double> a, Map<String, Double> b) {
    if (a.size() > b.size()) return dot(b, a);
    double sum = 0;
    for (Map.Entry<String, Double> e : a.entrySet()) {
      Double w = b.get(e.getKey());
      if (w != null) sum += e.getValue() * w;
    }
    return sum;
  }
}
