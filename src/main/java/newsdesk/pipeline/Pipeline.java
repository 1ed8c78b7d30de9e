package newsdesk.pipeline;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import newsdesk.feed.FeedEntry;
import newsdesk.fetch.HttpFetcher;
import newsdesk.search.ArticleIndex;
import newsdesk.store.NewsStore;
import newsdesk.store.Source;
import newsdesk.store.StoredArticle;
import newsdesk.summarize.SummaryLength;

/**
 * The ingestion pipeline: poll sources, read their new articles, admit them (dedup, stories,
 * storage), then refresh briefs, related stories and the search index. Pages are fetched and
 * extracted in parallel; admission is sequential in a deterministic order, so the same feeds give
 * the same stories.
 *
 * <p>One run: {@link ParallelFetcher#pollAll} polls the sources, {@link EntryTriage} decides which
 * entries are new, repeated, unchanged or to be read again, {@link ParallelFetcher#readAll} reads
 * them, {@link Admitter} admits the new ones and {@link ArticleUpdater} rewrites the stored ones;
 * only then does each source commit what it served ({@link SourcePoller#commit}), and
 * {@link #refreshDerived} brings briefs, related stories and the index up to date.
 */
public final class Pipeline {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Pipeline.class);
  /**
   * Pipeline settings: how long a story stays active, how long briefs are, fetch parallelism.
   *
   * @param minPageToFeedRatio an extracted page is preferred over its feed entry's own text only
   *                           when it has at least this share of that text's length (a shorter
   *                           page is a paywall, teaser or failed extraction)
   * @param maxFutureSkew      an article's publication time after its fetch time is taken as the
   *                           fetch time (nothing is published after it was read, and no article may
   *                           date the digest into the future); up to this far ahead it is the two
   *                           clocks (or a mislabelled time zone) disagreeing, further ahead (a typo'd
   *                           year, a scheduled post) it is a bad date and logged as a warning
   * @param deadLinks          which answers of an article page mean it is gone (then no output
   *                           links it), and when a gone page is read again
   */
  public record Config(Duration activeWindow, SummaryLength briefLength, int parallelFetches, double minPageToFeedRatio,
      Duration maxFutureSkew, DeadLinks deadLinks) {
    public Config {
      if (maxFutureSkew == null || maxFutureSkew.isNegative()) {
        throw new IllegalArgumentException("maxFutureSkew must be zero or positive: " + maxFutureSkew);
      }
      java.util.Objects.requireNonNull(deadLinks, "deadLinks");
    }

    /**
     * A story active for 3 days, the default brief length, 8 fetches at a time, a page kept from
     * 0.6 of the feed's text, 2 hours of clock skew, {@link DeadLinks#defaults}.
     */
    public static Config defaults() {
      return new Config(Duration.ofDays(3), SummaryLength.DEFAULT, 8, DEFAULT_PAGE_TO_FEED_RATIO, DEFAULT_MAX_FUTURE_SKEW,
          DeadLinks.defaults());
    }
  }

  private static final double DEFAULT_PAGE_TO_FEED_RATIO = 0.6;
  /** Time zones mislabelled by an hour or two are common in feeds; a full day ahead is no skew. */
  private static final Duration DEFAULT_MAX_FUTURE_SKEW = Duration.ofHours(2);

  private final NewsStore store;
  private final IndexSync indexSync;
  private final Stages stages;
  private final Progress progress;
  private final StageTimer timer = new StageTimer();
  private final SourcePoller poller;
  private final ParallelFetcher parallelFetcher;
  private final EntryTriage triage;
  private final Admitter admitter;
  private final ArticleUpdater updater;
  private final BriefRefresher briefs;
  private final Clock clock;

  public Pipeline(NewsStore store, ArticleIndex index, HttpFetcher fetcher, Stages stages, Config config, Clock clock,
      Progress progress) {
    this.store = store;
    this.clock = java.util.Objects.requireNonNull(clock, "clock");
    this.indexSync = new IndexSync(store, index);
    this.stages = stages;
    this.progress = progress;
    this.poller = new SourcePoller(fetcher, stages.feedParser(), store, clock, timer);
    ArticleReader reader = new ArticleReader(fetcher, stages.extractor(), timer, config.minPageToFeedRatio(), config.deadLinks());
    this.parallelFetcher = new ParallelFetcher(poller, reader, config.parallelFetches(), progress);
    KnownArticles knownArticles = new KnownArticles(store, stages.canonicalizer());
    this.triage = new EntryTriage(store, knownArticles, config.deadLinks(), clock);
    OutletNames outlets = new OutletNames(store);
    CandidateArticles articles = new CandidateArticles(stages, clock, timer, outlets, config.maxFutureSkew());
    WorkingSet workingSet = new WorkingSet(store, stages, timer);
    StoryPlacer placer = new StoryPlacer(store, stages, clock, timer, workingSet, new CopyFiler(store, stages, clock, timer));
    this.admitter = new Admitter(store, stages, timer, knownArticles, outlets, articles, workingSet, placer);
    this.updater = new ArticleUpdater(store, stages, clock, timer, articles, workingSet, placer);
    this.briefs = new BriefRefresher(store, stages.summarizer(), config.briefLength(), stages.bestOriginal());
    timer.time("index", indexSync::catchUp);
    workingSet.resume(config.activeWindow());
  }

  /**
   * Polls {@code sources} once and ingests what is new; stops early when the calling thread is
   * interrupted (see {@link #ingest(List, BooleanSupplier)}).
   */
  public IngestReport ingest(List<Source> sources) {
    return ingest(sources, () -> Thread.currentThread().isInterrupted());
  }

  /**
   * Polls {@code sources} once and ingests what is new. When {@code stopRequested} turns true
   * (Ctrl-C), the articles not yet admitted are left for the next run: their sources do not
   * remember what they served, so the next poll lists those entries again, and what was stored
   * stays stored. A stop thus ends an ingest after the article at hand instead of after all of them.
   */
  public IngestReport ingest(List<Source> sources, BooleanSupplier stopRequested) {
    // The timer lives as long as the pipeline (the run loop ingests every minute): report this run only.
    Map<String, Duration> timesBefore = timer.snapshot();
    Map<String, String> sourceErrors = new LinkedHashMap<>();
    Map<String, String> sourceWarnings = new LinkedHashMap<>();
    java.util.Set<String> refused = new java.util.HashSet<>();
    List<SourcePoller.Poll> polls = parallelFetcher.pollAll(sources);
    for (SourcePoller.Poll poll : polls) {
      if (poll.error() != null) sourceErrors.put(poll.source().url(), poll.error());
      if (poll.error() != null && poll.source().refused()) refused.add(poll.source().url());
      if (poll.warning() != null) sourceWarnings.put(poll.source().url(), poll.warning());
    }

    EntryTriage.Result triaged = triage.triage(polls);
    int skipped = triaged.skipped();
    Map<FeedEntry, StoredArticle> updates = triaged.updates();
    Set<Long> retried = triaged.retried();
    List<String> pageErrors = new ArrayList<>();
    Map<Long, String> unstored = new HashMap<>(); // source id -> its first entry that failed
    List<Candidate> candidates = new ArrayList<>(parallelFetcher.readAll(triaged.work(), pageErrors, unstored));
    // In the order of the times they are stored at (an undated article at its fetch, now), so the
    // stream clock of the clusterer moves as the stored dates do.
    java.time.Instant now = clock.instant();
    candidates.sort(Comparator
        .comparing((Candidate c) -> CandidateArticles.placement(c, now))
        .thenComparing(c -> String.valueOf(c.entry().link()))
        .thenComparing(c -> String.valueOf(c.entry().id())));

    int added = 0;
    int updated = 0;
    int duplicates = 0;
    admitter.preview(candidates);
    progress.start("Ingesting articles", candidates.size());
    Set<Long> unfinished = new HashSet<>(); // sources with entries a stop left for the next run
    Set<Long> gone = new HashSet<>(); // sources removed (another process, the web) while their entries were stored
    int left = 0;
    for (int i = 0; i < candidates.size(); i++) {
      if (stopRequested.getAsBoolean()) {
        for (Candidate c : candidates.subList(i, candidates.size())) unfinished.add(c.source().id());
        left = candidates.size() - i;
        break;
      }
      Candidate c = candidates.get(i);
      if (gone.contains(c.source().id())) {
        progress.advance();
        continue;
      }
      try {
        StoredArticle known = updates.get(c.entry());
        switch (known != null ? updater.update(c, known) : admitter.admit(c)) {
          case SOURCE_GONE -> {
            gone.add(c.source().id());
            LOG.info("{} was removed while its entries were being stored; its remaining entries are left out", c.source().url());
          }
          case ADDED, NO_CONTENT -> added++;
          case DUPLICATE -> { added++; duplicates++; }
          case ALREADY_STORED -> skipped++;
          case UPDATED -> updated++;
        }
        // A page known to be gone that is gone still has nothing new to report on every poll.
        boolean stillGone = known != null && known.linkGone() && c.link() == DeadLinks.State.GONE;
        // So has a page that failed for a while and fails again when read again (it was reported the first time).
        boolean stillFailing = known != null && retried.contains(known.id()) && c.link() == DeadLinks.State.FAILED;
        boolean sourceGone = gone.contains(c.source().id());
        if (c.pageError() != null && !stillGone && !stillFailing && !sourceGone) pageErrors.add(c.label() + ": " + c.pageError());
      } catch (RuntimeException | StackOverflowError e) {
        // One entry that cannot be stored must not stop the others; its source keeps its old
        // validators, so the entry is tried again on a later poll.
        LOG.warn("could not store {}", c.label(), e);
        String why = Failures.describe(e);
        unstored.putIfAbsent(c.source().id(), c.label() + ": " + why);
        pageErrors.add(c.label() + ": not stored: " + why);
      }
      progress.advance();
    }
    progress.finish();
    // Only now that its entries are stored may a source remember what it served.
    Map<Long, Source> before = new HashMap<>();
    for (Source s : sources) before.put(s.id(), s);
    for (SourcePoller.Poll poll : polls) {
      if (poll.entries().isEmpty() || unfinished.contains(poll.source().id()) || gone.contains(poll.source().id())) continue;
      String failure = unstored.get(poll.source().id());
      if (failure == null) {
        poller.commit(poll);
      } else {
        String reason = "an entry could not be stored: " + failure;
        poller.retryLater(before.getOrDefault(poll.source().id(), poll.source()), reason);
        sourceErrors.put(poll.source().url(), reason);
      }
    }

    int briefed = refreshDerived(stopRequested);
    return new IngestReport(sources.size(), sourceErrors, triaged.seen(), added, duplicates, skipped, pageErrors, briefed,
        timer.since(timesBefore), sourceWarnings, triaged.repeated(), updated, triaged.empty(), left, refused);
  }

  /**
   * {@link #refreshDerived(BooleanSupplier)} that stops early when the calling thread is interrupted.
   */
  public int refreshDerived() {
    return refreshDerived(() -> Thread.currentThread().isInterrupted());
  }

  /**
   * Brings briefs, related stories and the index up to date with the store; returns the number of
   * stories briefed. Related stories are computed for every story the store marks as needing them:
   * those briefed now, and those a killed run or a failed update left briefed without their related
   * stories. When {@code stopRequested} turns true (Ctrl-C), the refresh ends after the brief at
   * hand, before the related stories and the index: the command closes the store and the index
   * soon after a stop, and what is left stays marked (stale briefs, stories needing related ones,
   * articles not indexed), so the next run does it.
   */
  public int refreshDerived(BooleanSupplier stopRequested) {
    List<String> briefed = timer.time("summarize", () -> briefs.refresh(progress, stopRequested));
    if (stopRequested.getAsBoolean()) return briefed.size();
    try {
      timer.time("cluster", () -> {
        java.util.LinkedHashSet<String> changed = new java.util.LinkedHashSet<>(briefed);
        changed.addAll(store.storiesNeedingRelated());
        stages.related().update(store, List.copyOf(changed));
        return null;
      });
    } catch (RuntimeException | StackOverflowError e) {
      // Related stories are a convenience: their failure must not keep new articles out of search.
      LOG.warn("updating related stories failed", e);
    }
    timer.time("index", indexSync::catchUp);
    return briefed.size();
  }

  public StageTimer timer() {
    return timer;
  }
}
