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
import java.util.concurrent.atomic.AtomicLong;
import newsdesk.publish.DigestBuilder;
import newsdesk.publish.DigestSelection;
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
 * story about 26 hours newer. Stories are ordered by the {@linkplain #rankKey rank key}, the
 * score's logarithm without its term common to all stories, then by id: the same order, and a
 * place in it that new stories do not move (the API's digest cursor).
 *
 * <p>Every story of the digest window (updated within 7 days of the newest article, as
 * {@code newsdesk digest}) is ranked, and in any case the 300 most recent, so that a quiet week
 * or an old archive still fills the page. Ranking reads one row per story (its times and outlet
 * count, {@link NewsStore#rankingCandidates}) and builds no story: the full story (brief, articles,
 * related) is built when a page first asks for it, once per ranking, and kept with its
 * {@link NewsStore#storyStamps stamp}; a later ranking reuses it while the stamp stands (one read
 * of the page's stamps). So a request pays at most the ranking and the stories it shows that
 * changed: while an ingest writes briefs, every brief moves the version, and a ranking that built
 * the first pages up front (as it once did, 100 stories) made every request during briefing pay
 * for all of them.
 *
 * <p>The ranking is cached with the {@link NewsStore#digestVersion} it was built from (one row
 * read per request). A request that finds the version moved since (an ingest of this process, or
 * a {@code fetch} beside it, committed briefs, merges or related stories) waits for a new ranking,
 * so that the first request after an ingest already shows it; concurrent requests share one
 * rebuild, and a request waits at most for a ranking already under way and then its own (one that
 * began before it read the version may not have seen the commit it must show). A ranking older
 * than {@code maxAge} over an unchanged version is rebuilt in the background, the old one served
 * meanwhile (it catches what the version leaves out, such as a story's new article before its
 * brief is rewritten).
 */
public final class FrontPage implements AutoCloseable {
  /**
   * Tuning: every live story updated within {@code window} of the newest article is ranked, and
   * at least the {@code candidates} most recently updated ones however old; {@code maxAge} bounds
   * how stale the cached ranking may get.
   */
  public record Ranking(Duration halfLife, Duration window, int candidates, Duration maxAge) {
    public static Ranking defaults() {
      return new Ranking(Duration.ofHours(24), DigestSelection.DEFAULT.window(), DigestSelection.DEFAULT.atLeast(), Duration.ofSeconds(10));
    }
  }

  /**
   * A ranked story: its row (for "new since your last visit"), breadth and score, and its
   * {@linkplain #rankKey rank key}, the order of the ranking.
   */
  public record RankedStory(StoryRecord record, int outlets, double score, double key) {}

  /**
   * A ranking, the data version it was built from, its place in the order builds began, and the
   * stories built for it so far (empty: the story went away meanwhile).
   */
  private record Snapshot(List<RankedStory> stories, String version, Instant builtAt, long sequence,
      Map<String, Optional<DigestStory>> built) {}

  /** A story built after its {@link NewsStore#storyStamps stamp} was read (empty: it was not shown then). */
  private record Kept(long stamp, Optional<DigestStory> story) {}

  private final NewsStore store;
  private final DigestBuilder digest;
  private final Ranking ranking;
  private final Clock clock;
  private final ExecutorService refresher = Executors.newSingleThreadExecutor(r -> Thread.ofPlatform().daemon().name("front-page").unstarted(r));
  private final AtomicBoolean refreshing = new AtomicBoolean();
  private final AtomicLong buildsBegun = new AtomicLong();
  private volatile Snapshot snapshot;
  /** Stories built for earlier rankings, by id, reused while their stamp stands; only ids of the newest ranking. */
  private final Map<String, Kept> kept = new ConcurrentHashMap<>();

  public FrontPage(NewsStore store, Ranking ranking, Clock clock) {
    this.store = store;
    this.digest = new DigestBuilder(store);
    this.ranking = ranking;
    this.clock = clock;
  }

  /** The ranked stories, best first, as of the data stored when the call began. */
  public List<RankedStory> stories() {
    return current().stories();
  }

  /**
   * The STORY objects of {@code ranked} (a slice of {@link #stories()}), in order; a story merged
   * or removed since it was ranked is left out. Built on the newest ranking held (the one
   * {@link #stories()} just returned, or one built since), without asking the store its version
   * again: a request reads the version once and ranks at most once. A story not yet built for
   * that ranking is built unless one built before has the same stamp; the stamps of the slice
   * are read in one call.
   */
  public List<DigestStory> stories(List<RankedStory> ranked) {
    Snapshot held = snapshot;
    Map<String, Optional<DigestStory>> built = (held != null ? held : current()).built();
    List<String> missing = ranked.stream().map(r -> r.record().id()).filter(id -> !built.containsKey(id)).distinct().toList();
    if (!missing.isEmpty()) {
      // The stamps first, then the builds: a story built after its stamp was read shows at least that data.
      Map<String, Long> stamps = store.storyStamps(missing);
      for (String id : missing) {
        long stamp = stamps.get(id);
        Kept k = kept.get(id);
        if (k == null || k.stamp() != stamp) {
          k = new Kept(stamp, digest.story(id));
          kept.put(id, k);
        }
        built.putIfAbsent(id, k.story());
      }
    }
    List<DigestStory> out = new ArrayList<>(ranked.size());
    for (RankedStory r : ranked) built.get(r.record().id()).ifPresent(out::add);
    return out;
  }

  private Snapshot current() {
    // The version first, then the count: a build begun after this count read its version after ours.
    String version = store.digestVersion();
    long begun = buildsBegun.get();
    Snapshot s = snapshot;
    if (s == null || !s.version().equals(version)) return rebuild(version, begun);
    if (s.builtAt().plus(ranking.maxAge()).isBefore(clock.instant()) && refreshing.compareAndSet(false, true)) {
      refresher.execute(() -> {
        try {
          rebuild(null, buildsBegun.get());
        } finally {
          refreshing.set(false);
        }
      });
    }
    return s;
  }

  /** Forgets the cached ranking and every story built (after a change the reader should see at once). */
  public synchronized void invalidate() {
    snapshot = null;
    kept.clear();
  }

  /**
   * The ranking, rebuilt unless one built while this caller waited is current enough: one of
   * {@code version} (null: none is), or one begun after the caller read its version
   * ({@code begun}), which saw at least that data.
   */
  private synchronized Snapshot rebuild(String version, long begun) {
    Snapshot s = snapshot;
    if (s != null && (s.version().equals(version) || s.sequence() > begun)) return s;
    snapshot = build();
    return snapshot;
  }

  private Snapshot build() {
    long sequence = buildsBegun.incrementAndGet();
    String version = store.digestVersion();
    Instant builtAt = clock.instant();
    Instant newest = store.newestArticleTime();
    if (newest == null) return new Snapshot(List.of(), version, builtAt, sequence, new ConcurrentHashMap<>());
    List<RankedStory> ranked = new ArrayList<>();
    for (StoryCoverage c : new DigestSelection(ranking.window(), ranking.candidates()).select(store, newest)) {
      Instant updated = c.record().lastPublished();
      ranked.add(new RankedStory(c.record(), c.outlets(), score(c.outlets(), updated, newest), rankKey(c.outlets(), updated)));
    }
    ranked.sort(RANK_ORDER);
    java.util.Set<String> rankedIds = new java.util.HashSet<>();
    for (RankedStory r : ranked) rankedIds.add(r.record().id());
    kept.keySet().retainAll(rankedIds);
    return new Snapshot(List.copyOf(ranked), version, builtAt, sequence, new ConcurrentHashMap<>());
  }

  /**
   * The order of the ranking: {@code log2(1 + ln(outlets)) + hours(updated) / halfLife}, the
   * base-2 logarithm of the score plus a term common to every story ({@code age} is
   * {@code newest - updated}). It orders as the score does, but does not depend on the newest
   * article, so a story keeps its key while the archive grows until the story itself changes: a
   * key and a story id (the tiebreak) are a place in the ranking that holds between requests
   * (the API's digest cursor). A story without a time comes last.
   */
  double rankKey(int outlets, Instant updated) {
    if (updated == null) return Double.NEGATIVE_INFINITY;
    double hours = updated.toEpochMilli() / 3_600_000.0;
    return Math.log(1 + Math.log(Math.max(1, outlets))) / Math.log(2) + hours / (ranking.halfLife().toMillis() / 3_600_000.0);
  }

  /** Best first: rank key descending, then story id. */
  public static final Comparator<RankedStory> RANK_ORDER =
      Comparator.comparingDouble(RankedStory::key).reversed().thenComparing(x -> x.record().id());

  /** Whether {@code r} comes strictly after the place ({@code key}, {@code id}) in {@link #RANK_ORDER}. */
  public static boolean after(RankedStory r, double key, String id) {
    int c = Double.compare(key, r.key());
    return c > 0 || (c == 0 && r.record().id().compareTo(id) > 0);
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
