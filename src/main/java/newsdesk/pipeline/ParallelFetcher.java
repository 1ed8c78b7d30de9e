package newsdesk.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import newsdesk.feed.FeedEntry;
import newsdesk.store.Source;

/**
 * Polls sources and reads entries in parallel, {@code parallelFetches} at a time (the fetcher
 * keeps the per-host limits), with results in input order whatever order they finish in, so that
 * what follows is deterministic. A task that fails costs its own item only, except an
 * {@link Error} other than a stack overflow, which ends the run as it would have on this thread:
 * one that gets here came from fetching or storing, whose shared state (the HTTP client, the
 * database connection) it may have left half-updated. Parsing a document running out of memory
 * never gets here: the poller and the reader make it that document's failure.
 * Interrupted, it interrupts its tasks and throws {@link IllegalStateException}.
 */
final class ParallelFetcher {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ParallelFetcher.class);

  private final SourcePoller poller;
  private final ArticleReader reader;
  private final int parallelFetches;
  private final Progress progress;

  ParallelFetcher(SourcePoller poller, ArticleReader reader, int parallelFetches, Progress progress) {
    this.poller = Objects.requireNonNull(poller, "poller");
    this.reader = Objects.requireNonNull(reader, "reader");
    this.parallelFetches = Math.max(1, parallelFetches);
    this.progress = Objects.requireNonNull(progress, "progress");
  }

  /** Polls the sources in parallel; results in input order. */
  List<SourcePoller.Poll> pollAll(List<Source> sources) {
    progress.start("Polling feeds", sources.size());
    try (ExecutorService pool = Executors.newFixedThreadPool(parallelFetches)) {
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
   * Reads the entries of {@code work} in parallel; results in input order. An entry whose reading
   * failed outright (the reader keeps the feed's text when the page fails, so only a bug gets
   * here) is left out, reported in {@code pageErrors} and put in {@code unread} under its source
   * (the first per source), whose entries are then read again next run.
   */
  List<Candidate> readAll(List<SourcePoller.Poll> work, List<String> pageErrors, Map<Long, String> unread) {
    int total = work.stream().mapToInt(p -> p.entries().size()).sum();
    progress.start("Reading articles", total);
    try (ExecutorService pool = Executors.newFixedThreadPool(parallelFetches)) {
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
   * Rethrows {@code cause} when it is an {@link Error} other than a stack overflow (out of memory,
   * a failed assertion): the run ends as it would have on this thread. A stack overflow is one
   * item's too-deep input and costs that item alone.
   */
  private static void rethrowFatal(Throwable cause) {
    if (cause instanceof Error error && !(cause instanceof StackOverflowError)) throw error;
  }
}
