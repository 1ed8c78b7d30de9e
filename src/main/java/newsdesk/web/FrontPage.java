package newsdesk.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import newsdesk.publish.DigestBuilder;
import newsdesk.publish.DigestStory;
import newsdesk.store.NewsStore;
import newsdesk.store.StoryCoverage;
import newsdesk.store.StoryRecord;

/**
 * The front page's stories, ranked by recency and breadth of coverage:
 * {@code score = (1 + ln(outlets)) * 0.5^(age / halfLife)}, where {@code outlets} is the number of
 * distinct outlets that covered the story and {@code age} is how long before the newest stored
 * article the story was last updated (so an archive ranks the same whenever it is read). With the
 * default half-life of 24 h, a story covered by three outlets ranks level with a single-outlet
 * story about 26 hours newer.
 *
 * <p>Every story of the digest window (updated within 7 days of the newest article, as
 * {@code newsdesk digest}) is ranked, and in any case the 300 most recent, so that a quiet week
 * or an old archive still fills the page. Ranking reads one row per story (its times and outlet
 * count, {@link NewsStore#rankingCandidates}); the full story (brief, articles, related) is built
 * for the first {@value #PREBUILT} ranked stories when the ranking is built and for deeper pages
 * when they are asked for, once per ranking.
 *
 * <p>The ranking is cached and rebuilt in the background when it is older than {@code maxAge} or
 * an article was added; readers get the previous ranking meanwhile, so a rebuild never delays a
 * request.
 */
public final class FrontPage implements AutoCloseable {
  /** Stories built with each ranking: the first two pages of the web UI, the feeds' 50, the API's first pages. */
  static final int PREBUILT = 100;

  /**
   * Tuning: every live story updated within {@code window} of the newest article is ranked, and
   * at least the {@code candidates} most recently updated ones however old; {@code maxAge} bounds
   * how stale the cached ranking may get.
   */
  public record Ranking(Duration halfLife, Duration window, int candidates, Duration maxAge) {
    public static Ranking defaults() {
      return new Ranking(Duration.ofHours(24), DigestBuilder.DEFAULT_SPAN, 300, Duration.ofSeconds(10));
    }
  }

  /** A ranked story: its row (for "new since your last visit"), breadth and score. */
  public record RankedStory(StoryRecord record, int outlets, double score) {}

  /** A ranking with the stories built for it so far (empty: the story went away meanwhile). */
  private record Snapshot(List<RankedStory> stories, long maxArticleId, Instant builtAt, Map<String, Optional<DigestStory>> built) {}

  private final NewsStore store;
  private final DigestBuilder digest;
  private final Ranking ranking;
  private final Clock clock;
  private final ExecutorService refresher = Executors.newSingleThreadExecutor(r -> Thread.ofPlatform().daemon().name("front-page").unstarted(r));
  private final AtomicBoolean refreshing = new AtomicBoolean();
  private volatile Snapshot snapshot;

  public FrontPage(NewsStore store, Ranking ranking, Clock clock) {
    this.store = store;
    this.digest = new DigestBuilder(store);
    this.ranking = ranking;
    this.clock = clock;
  }

  /** The ranked stories, best first. */
  public List<RankedStory> stories() {
    return current().stories();
  }

  /**
   * The STORY objects of {@code ranked} (a slice of {@link #stories()}), in order; a story merged
   * or removed since it was ranked is left out.
   */
  public List<DigestStory> stories(List<RankedStory> ranked) {
    Map<String, Optional<DigestStory>> built = current().built();
    List<DigestStory> out = new ArrayList<>(ranked.size());
    for (RankedStory r : ranked) built.computeIfAbsent(r.record().id(), digest::story).ifPresent(out::add);
    return out;
  }

  private Snapshot current() {
    Snapshot s = snapshot;
    if (s == null) {
      synchronized (this) {
        if (snapshot == null) snapshot = build();
        return snapshot;
      }
    }
    boolean old = s.builtAt().plus(ranking.maxAge()).isBefore(clock.instant());
    if ((old || store.maxArticleId() != s.maxArticleId()) && refreshing.compareAndSet(false, true)) {
      refresher.execute(() -> {
        try {
          snapshot = build();
        } finally {
          refreshing.set(false);
        }
      });
    }
    return s;
  }

  /** Forgets the cached ranking (after a change the reader should see at once). */
  public synchronized void invalidate() {
    snapshot = null;
  }

  private Snapshot build() {
    long maxId = store.maxArticleId();
    Instant builtAt = clock.instant();
    Instant newest = store.newestArticleTime();
    if (newest == null) return new Snapshot(List.of(), maxId, builtAt, new ConcurrentHashMap<>());
    List<RankedStory> ranked = new ArrayList<>();
    for (StoryCoverage c : store.rankingCandidates(newest.minus(ranking.window()), ranking.candidates())) {
      ranked.add(new RankedStory(c.record(), c.outlets(), score(c.outlets(), c.record().lastPublished(), newest)));
    }
    ranked.sort(Comparator.comparingDouble(RankedStory::score).reversed().thenComparing(x -> x.record().id()));
    Map<String, Optional<DigestStory>> built = new ConcurrentHashMap<>();
    for (RankedStory r : ranked.subList(0, Math.min(PREBUILT, ranked.size()))) built.put(r.record().id(), digest.story(r.record().id()));
    return new Snapshot(List.copyOf(ranked), maxId, builtAt, built);
  }

  double score(int outlets, Instant updated, Instant newest) {
    double ageHours = updated == null ? Double.MAX_VALUE : Math.max(0, Duration.between(updated, newest).toMinutes() / 60.0);
    return (1 + Math.log(Math.max(1, outlets))) * Math.pow(0.5, ageHours / (ranking.halfLife().toMinutes() / 60.0));
  }

  @Override
  public void close() {
    refresher.shutdownNow();
  }
}
