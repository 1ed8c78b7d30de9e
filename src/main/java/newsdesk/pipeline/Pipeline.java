package newsdesk.pipeline;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import newsdesk.feed.FeedEntry;
import newsdesk.fetch.HttpFetcher;
import newsdesk.search.ArticleIndex;
import newsdesk.store.NewsStore;
import newsdesk.store.EntryVersion;
import newsdesk.store.Source;
import newsdesk.store.StoredArticle;
import newsdesk.summarize.SummaryLength;

/**
 * The ingestion pipeline: poll sources, read their new articles, admit them (dedup, stories,
 * storage), then refresh briefs, related stories and the search index. Pages are fetched and
 * extracted in parallel; admission is sequential in a deterministic order, so the same feeds give
 * the same stories.
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

    /** The settings before {@code minPageToFeedRatio} was configurable: its default. */
    public Config(Duration activeWindow, SummaryLength briefLength, int parallelFetches) {
      this(activeWindow, briefLength, parallelFetches, DEFAULT_PAGE_TO_FEED_RATIO);
    }

    /** The settings before {@code maxFutureSkew} and {@code deadLinks} were configurable: their defaults. */
    public Config(Duration activeWindow, SummaryLength briefLength, int parallelFetches, double minPageToFeedRatio) {
      this(activeWindow, briefLength, parallelFetches, minPageToFeedRatio, DEFAULT_MAX_FUTURE_SKEW, DeadLinks.defaults());
    }

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
  private final Config config;
  private final Clock clock;
  private final Progress progress;
  private final StageTimer timer = new StageTimer();
  private final SourcePoller poller;
  private final ArticleReader reader;
  private final Admitter admitter;
  private final BriefRefresher briefs;
  private final KnownArticles knownArticles;

  public Pipeline(NewsStore store, ArticleIndex index, HttpFetcher fetcher, Stages stages, Config config, Clock clock,
      Progress progress) {
    this.store = store;
    this.indexSync = new IndexSync(store, index);
    this.stages = stages;
    this.config = config;
    this.clock = clock;
    this.progress = progress;
    this.poller = new SourcePoller(fetcher, stages.feedParser(), store, clock, timer);
    this.reader = new ArticleReader(fetcher, stages.extractor(), timer, config.minPageToFeedRatio(), config.deadLinks());
    this.knownArticles = new KnownArticles(store, stages.canonicalizer());
    this.admitter = new Admitter(store, stages, clock, timer, knownArticles, config.maxFutureSkew());
    this.briefs = new BriefRefresher(store, stages.summarizer(), config.briefLength(), stages.bestOriginal());
    timer.time("index", indexSync::catchUp);
    admitter.resume(config.activeWindow());
  }

  /** Whether {@code known}'s page, which failed in a way that may pass, is due to be read again (see {@link DeadLinks}). */
  private boolean pageRetryDue(StoredArticle known) {
    if (!"feed".equals(known.textSource()) || known.linkGone() || known.url() == null || known.url().isBlank()) return false;
    Integer retried = store.pageRetries(known.id());
    return retried != null
        && config.deadLinks().dueForRetry(known.fetchedAt(), store.pageCheckedAt(known.id()), retried, clock.instant());
  }

  /** Polls {@code sources} once and ingests what is new. */
  public IngestReport ingest(List<Source> sources) {
    // The timer lives as long as the pipeline (the run loop ingests every minute): report this run only.
    Map<String, Duration> timesBefore = timer.snapshot();
    Map<String, String> sourceErrors = new LinkedHashMap<>();
    Map<String, String> sourceWarnings = new LinkedHashMap<>();
    List<SourcePoller.Poll> polls = pollAll(sources);
    for (SourcePoller.Poll poll : polls) {
      if (poll.error() != null) sourceErrors.put(poll.source().url(), poll.error());
      if (poll.warning() != null) sourceWarnings.put(poll.source().url(), poll.warning());
    }

    List<Candidate> candidates = new ArrayList<>();
    int seen = 0;
    int skipped = 0;
    int repeated = 0;
    int empty = 0;
    Set<String> links = new HashSet<>();
    List<SourcePoller.Poll> work = new ArrayList<>();
    // Entries already stored whose feed version changed, with the article they update.
    Map<FeedEntry, StoredArticle> updates = new IdentityHashMap<>();
    Set<Long> retried = new HashSet<>(); // articles whose page that failed for a while is read again
    for (SourcePoller.Poll poll : polls) {
      List<FeedEntry> fresh = new ArrayList<>();
      Map<FeedEntry, StoredArticle> restamped = new IdentityHashMap<>();
      int knownHere = 0;
      for (FeedEntry e : poll.entries()) {
        seen++;
        if (EntryLinks.isEmpty(e)) {
          empty++;
          continue;
        }
        // An id is trusted with a link that agrees (see KnownArticles); else the entry is known by its link.
        Optional<StoredArticle> known = knownArticles.byId(poll.source().id(), e);
        // Counted apart: on a first run many entries are repeats (a site's section feeds and its
        // "latest" feed list the same articles), and "already stored" would not be true of them.
        if (known.isEmpty() && EntryLinks.hasLink(e) && !links.add(e.link())) {
          repeated++;
          continue;
        }
        if (known.isEmpty() && EntryLinks.hasLink(e)) {
          // An entry without an id (or whose id another link holds) is known by its link, but updated only
          // by the source that stored it without an id.
          Optional<StoredArticle> byLink = knownArticles.byLink(poll.source().id(), e);
          if (byLink.isPresent() && byLink.get().guid() == null && Objects.equals(byLink.get().sourceId(), poll.source().id())) {
            known = byLink;
          } else if (byLink.isPresent()) {
            skipped++;
            continue;
          }
        }
        if (known.isEmpty()) {
          fresh.add(e);
          continue;
        }
        knownHere++;
        if (!changedSinceStored(known.get(), e)) {
          if (known.get().linkGone()
              && config.deadLinks().dueForRecheck(known.get().fetchedAt(), store.pageCheckedAt(known.get().id()), clock.instant())) {
            // Its page answered 404 or 410: read it again now and then while the feed lists it, as a page
            // is often published after its feed entry, or restored; then "Read more" may link it again.
            updates.put(e, known.get());
            fresh.add(e);
          } else if (pageRetryDue(known.get())) {
            // Its page failed for a while (a timeout, a 5xx, robots.txt unreadable) and the article has
            // only the feed's text: read it again, a bounded number of times; when it reads, the article
            // is updated as for a corrected entry.
            updates.put(e, known.get());
            retried.add(known.get().id());
            fresh.add(e);
          } else {
            skipped++;
          }
        } else if (EntryVersions.onlyRestamped(store.entryVersion(known.get().id()), EntryVersions.of(e))) {
          restamped.put(e, known.get());
        } else {
          updates.put(e, known.get());
          fresh.add(e);
        }
      }
      // A feed that gives every entry a new updated time on each build says nothing of any one
      // of them: reading all their pages again on every poll would only load the site.
      if (restamped.size() >= 2 && restamped.size() == knownHere) {
        skipped += restamped.size();
      } else {
        restamped.forEach((e, k) -> {
          updates.put(e, k);
          fresh.add(e);
        });
      }
      work.add(new SourcePoller.Poll(poll.source(), fresh, null));
    }
    List<String> pageErrors = new ArrayList<>();
    Map<Long, String> unstored = new HashMap<>(); // source id -> its first entry that failed
    candidates.addAll(readAll(work, pageErrors, unstored));
    candidates.sort(Comparator
        .comparing((Candidate c) -> c.entry().published() == null ? java.time.Instant.MAX : c.entry().published())
        .thenComparing(c -> String.valueOf(c.entry().link()))
        .thenComparing(c -> String.valueOf(c.entry().id())));

    int added = 0;
    int updated = 0;
    int duplicates = 0;
    admitter.preview(candidates);
    progress.start("Ingesting articles", candidates.size());
    for (Candidate c : candidates) {
      try {
        StoredArticle known = updates.get(c.entry());
        switch (known != null ? admitter.update(c, known) : admitter.admit(c)) {
          case ADDED, NO_CONTENT -> added++;
          case DUPLICATE -> { added++; duplicates++; }
          case ALREADY_STORED -> skipped++;
          case UPDATED -> updated++;
        }
        // A page known to be gone that is gone still has nothing new to report on every poll.
        boolean stillGone = known != null && known.linkGone() && c.link() == DeadLinks.State.GONE;
        // So has a page that failed for a while and fails again when read again (it was reported the first time).
        boolean stillFailing = known != null && retried.contains(known.id()) && c.link() == DeadLinks.State.FAILED;
        if (c.pageError() != null && !stillGone && !stillFailing) pageErrors.add(c.label() + ": " + c.pageError());
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
      if (poll.entries().isEmpty()) continue;
      String failure = unstored.get(poll.source().id());
      if (failure == null) {
        poller.commit(poll);
      } else {
        String reason = "an entry could not be stored: " + failure;
        poller.retryLater(before.getOrDefault(poll.source().id(), poll.source()), reason);
        sourceErrors.put(poll.source().url(), reason);
      }
    }

    int briefed = refreshDerived();
    return new IngestReport(sources.size(), sourceErrors, seen, added, duplicates, skipped, pageErrors, briefed,
        timer.since(timesBefore), sourceWarnings, repeated, updated, empty);
  }

  /**
   * Whether the stored article's entry came back changed (see {@link EntryVersions}). An article
   * stored before entry versions were kept has no version to compare with: when its text is the
   * feed's, the entry changed if its title or text differ from the stored ones (a correction made
   * before the upgrade); otherwise this version becomes its first, without reading it again.
   */
  private boolean changedSinceStored(StoredArticle known, FeedEntry e) {
    EntryVersion stored = store.entryVersion(known.id());
    EntryVersion now = EntryVersions.of(e);
    if (stored.fingerprint() != null) return EntryVersions.changed(stored, now);
    boolean differs = "feed".equals(known.textSource())
        && (!known.title().equals(Objects.toString(e.title(), "").strip()) || !known.text().equals(ArticleReader.feedText(e)));
    if (!differs) store.saveEntryVersion(known.id(), now); // else the update records it
    return differs;
  }

  /**
   * Brings briefs, related stories and the index up to date with the store. Related stories are
   * computed for every story the store marks as needing them: those briefed now, and those a
   * killed run or a failed update left briefed without their related stories.
   */
  public int refreshDerived() {
    List<String> briefed = timer.time("summarize", () -> briefs.refresh(progress));
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

  /** Polls the sources in parallel (the fetcher keeps the per-host limits); results in input order. */
  private List<SourcePoller.Poll> pollAll(List<Source> sources) {
    progress.start("Polling feeds", sources.size());
    try (ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, config.parallelFetches()))) {
      List<Future<SourcePoller.Poll>> futures = new ArrayList<>();
      for (Source source : sources) {
        futures.add(pool.submit(() -> {
          try {
            return poller.poll(source);
          } finally {
            progress.advance();
          }
        }));
      }
      List<SourcePoller.Poll> out = new ArrayList<>();
      for (int i = 0; i < futures.size(); i++) {
        Source source = sources.get(i);
        try {
          out.add(await(futures.get(i), pool));
        } catch (ExecutionException e) {
          rethrowFatal(e.getCause());
          // The poller records parse and fetch failures itself; anything else (a store that
          // cannot save the source) fails this source alone, which keeps its old state and is
          // polled again next run.
          LOG.warn("polling {} failed", source.url(), e.getCause());
          out.add(new SourcePoller.Poll(source, List.of(), "polling failed: " + Failures.describe(e.getCause())));
        }
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while polling sources", e);
    } finally {
      progress.finish();
    }
  }

  /**
   * The result of {@code f}. Interrupted (the process stopping), it interrupts the pool's tasks
   * before rethrowing: the pool's close would otherwise wait for every fetch of the round to end.
   */
  private static <T> T await(Future<T> f, ExecutorService pool) throws InterruptedException, ExecutionException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      pool.shutdownNow();
      throw e;
    }
  }

  /**
   * Reads the entries of {@code work} in parallel; results in input order. An entry whose reading
   * failed outright (the reader keeps the feed's text when the page fails, so only a bug gets
   * here) is left out, reported in {@code pageErrors} and put in {@code unread} under its source
   * (the first per source), whose entries are then read again next run.
   */
  private List<Candidate> readAll(List<SourcePoller.Poll> work, List<String> pageErrors, Map<Long, String> unread) {
    int total = work.stream().mapToInt(p -> p.entries().size()).sum();
    progress.start("Reading articles", total);
    try (ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, config.parallelFetches()))) {
      List<Future<Candidate>> futures = new ArrayList<>();
      List<Candidate> labels = new ArrayList<>(); // entry and source only, to name a failure
      for (SourcePoller.Poll poll : work) {
        for (FeedEntry e : poll.entries()) {
          labels.add(new Candidate(poll.source(), e, null, "", "feed", null));
          futures.add(pool.submit(() -> {
            try {
              return reader.read(poll.source(), e);
            } finally {
              progress.advance();
            }
          }));
        }
      }
      List<Candidate> out = new ArrayList<>();
      for (int i = 0; i < futures.size(); i++) {
        try {
          out.add(await(futures.get(i), pool));
        } catch (ExecutionException e) {
          rethrowFatal(e.getCause());
          Candidate c = labels.get(i);
          LOG.warn("could not read {}", c.label(), e.getCause());
          String why = c.label() + ": not read: " + Failures.describe(e.getCause());
          unread.putIfAbsent(c.source().id(), why);
          pageErrors.add(why);
        }
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading articles", e);
    } finally {
      progress.finish();
    }
  }

  /**
   * Rethrows {@code cause} when it is an {@link Error} other than a stack overflow (out of memory,
   * a failed assertion): the run ends as it would have on this thread. A stack overflow is one
   * item's too-deep input and costs that item alone.
   */
  private static void rethrowFatal(Throwable cause) {
    if (cause instanceof Error error && !(cause instanceof StackOverflowError)) throw error;
  }

  public StageTimer timer() {
    return timer;
  }
}
