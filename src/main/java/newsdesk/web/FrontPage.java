package newsdesk.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import newsdesk.publish.DigestBuilder;
import newsdesk.publish.DigestStory;
import newsdesk.store.NewsStore;
import newsdesk.store.StoryRecord;

/**
 * The front page's stories, ranked by recency and breadth of coverage:
 * {@code score = (1 + ln(outlets)) * 0.5^(age / halfLife)}, where {@code outlets} is the number of
 * distinct outlets that covered the story and {@code age} is how long before the newest stored
 * article the story was last updated (so an archive ranks the same whenever it is read). With the
 * default half-life of 24 h, a story covered by three outlets ranks level with a single-outlet
 * story about 26 hours newer.
 *
 * <p>The ranking is cached with the {@link NewsStore#digestVersion} it was built from. A request
 * that finds the version moved since (an ingest of this process, or a {@code fetch} beside it,
 * committed briefs, merges or related stories) waits for a new ranking, so that the first request
 * after an ingest already shows it; concurrent requests share one rebuild. A ranking older than
 * {@code maxAge} over an unchanged version is rebuilt in the background, the old one served
 * meanwhile (it catches what the version leaves out, such as a story's new article before its
 * brief is rewritten).
 */
public final class FrontPage implements AutoCloseable {
  /**
   * Tuning: the candidates are the {@code candidates} most recently updated live stories (however
   * old: a quiet week or an archive still fills the page); {@code maxAge} bounds how stale the cached
   * ranking may get.
   */
  public record Ranking(Duration halfLife, int candidates, Duration maxAge) {
    public static Ranking defaults() {
      return new Ranking(Duration.ofHours(24), 300, Duration.ofSeconds(10));
    }
  }

  /** A ranked story with its row (for "new since your last visit") and breadth. */
  public record RankedStory(DigestStory story, StoryRecord record, int outlets, double score) {}

  /** A ranking, the data version it was built from, and its place in the order builds began. */
  private record Snapshot(List<RankedStory> stories, String version, Instant builtAt, long sequence) {}

  private final NewsStore store;
  private final DigestBuilder digest;
  private final Ranking ranking;
  private final Clock clock;
  private final ExecutorService refresher = Executors.newSingleThreadExecutor(r -> Thread.ofPlatform().daemon().name("front-page").unstarted(r));
  private final AtomicBoolean refreshing = new AtomicBoolean();
  private final AtomicLong buildsBegun = new AtomicLong();
  private volatile Snapshot snapshot;

  public FrontPage(NewsStore store, Ranking ranking, Clock clock) {
    this.store = store;
    this.digest = new DigestBuilder(store);
    this.ranking = ranking;
    this.clock = clock;
  }

  /** The ranked stories, best first, as of the data stored when the call began. */
  public List<RankedStory> stories() {
    // The version first, then the count: a build begun after this count read its version after ours.
    String version = store.digestVersion();
    long begun = buildsBegun.get();
    Snapshot s = snapshot;
    if (s == null || !s.version().equals(version)) return rebuild(version, begun).stories();
    if (s.builtAt().plus(ranking.maxAge()).isBefore(clock.instant()) && refreshing.compareAndSet(false, true)) {
      refresher.execute(() -> {
        try {
          rebuild(null, buildsBegun.get());
        } finally {
          refreshing.set(false);
        }
      });
    }
    return s.stories();
  }

  /** Forgets the cached ranking (after a change the reader should see at once). */
  public synchronized void invalidate() {
    snapshot = null;
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
    if (newest == null) return new Snapshot(List.of(), version, builtAt, sequence);
    List<RankedStory> ranked = new ArrayList<>();
    for (StoryRecord r : store.storiesPage(null, null, ranking.candidates())) {
      digest.story(r.id()).ifPresent(story -> {
        int outlets = (int) story.outlets().stream().map(DigestStory.Coverage::name).filter(Objects::nonNull).distinct().count();
        ranked.add(new RankedStory(story, r, outlets, score(outlets, r.lastPublished(), newest)));
      });
    }
    ranked.sort(Comparator.comparingDouble(RankedStory::score).reversed().thenComparing(x -> x.record().id()));
    return new Snapshot(List.copyOf(ranked), version, builtAt, sequence);
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
