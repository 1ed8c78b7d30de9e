package newsdesk.cli;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import newsdesk.demo.DemoArticle;
import newsdesk.demo.DemoCorpus;
import newsdesk.publish.JsonDigestRenderer;
import newsdesk.search.LuceneArticleIndex;
import newsdesk.store.SqliteNewsStore;
import newsdesk.store.StoryRecord;
import newsdesk.web.WebOptions;
import newsdesk.web.WebServer;
import newsdesk.web.load.CorpusGenerator;
import newsdesk.web.load.LoadGenerator;
import newsdesk.web.load.LoadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Load test of the web UI: a generated corpus (variations of the demo corpus, inserted straight
 * into a store), the web server on loopback, then a fixed-rate open-loop load (pages and searches)
 * and a rising-rate search for the highest rate that keeps p99 under the limit. Bounded: every step
 * stops by itself. Progress on stderr, the result as JSON on stdout.
 */
@Command(name = "web", mixinStandardHelpOptions = true,
    description = {"Load-test the web UI on a generated corpus.",
        "A fixed rate of front pages, story pages and searches over a bounded number of connections, then rising "
            + "rates until p99 passes the limit."})
public final class WebBenchCommand implements Callable<Integer> {
  static final int MIN_RATE = 10;

  @Option(names = "--articles", paramLabel = "N", defaultValue = "100000", description = "Articles in the generated corpus (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--corpus", paramLabel = "DIR",
      description = "Folder of the generated corpus, reused when it holds enough articles (default: TMPDIR/newsdesk-bench-web-ARTICLES).")
  Path corpus;

  @Option(names = "--rate", paramLabel = "N", defaultValue = "200", description = "Requests per second of the main run (default: ${DEFAULT-VALUE}).")
  int rate;

  @Option(names = "--duration", paramLabel = "SECONDS", defaultValue = "30", description = "Seconds of the main run (default: ${DEFAULT-VALUE}).")
  int duration;

  @Option(names = "--connections", paramLabel = "N", defaultValue = "50", description = "Concurrent connections (default: ${DEFAULT-VALUE}).")
  int connections;

  @Option(names = "--pages", paramLabel = "SHARE", defaultValue = "0.7", description = "Share of page requests; the rest are searches (default: ${DEFAULT-VALUE}).")
  double pages;

  @Option(names = "--p99", paramLabel = "MS", defaultValue = "50", description = "Limit of the p99 latency, in ms (default: ${DEFAULT-VALUE}).")
  double p99;

  @Option(names = "--warmup", paramLabel = "SECONDS", defaultValue = "10", description = "Seconds of open-loop warm-up at half the main rate, after up to 2000 sequential requests (at most 60 s); not measured (default: ${DEFAULT-VALUE}; 0 skips warming).")
  int warmup;

  @Option(names = "--step-seconds", paramLabel = "SECONDS", defaultValue = "10", description = "Seconds per step of the rising-rate search; 0 skips it (default: ${DEFAULT-VALUE}).")
  int stepSeconds;

  @Option(names = "--max-rate", paramLabel = "N", defaultValue = "3000", description = "Highest rate the rising search tries (default: ${DEFAULT-VALUE}).")
  int maxRate;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Seed of the request mix (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws Exception {
    validate();
    PrintStream err = System.err;
    Path dir = corpus != null ? corpus : Path.of(System.getProperty("java.io.tmpdir"), "newsdesk-bench-web-" + articles);
    Files.createDirectories(dir);
    DemoCorpus demo = DemoCorpus.load();
    try (SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("newsdesk.db"));
        LuceneArticleIndex index = new LuceneArticleIndex(dir.resolve("index"))) {
      long have = store.articleCount();
      if (have == 0) {
        err.println("Generating " + articles + " articles in " + dir + " ...");
        long t0 = System.nanoTime();
        Instant newest = demo.articles().stream().map(DemoArticle::published).max(Instant::compareTo).orElseThrow();
        new CorpusGenerator(demo, newest, Duration.ofDays(730)).generate(store, index, articles, n -> {
          if (n % 15000 < 1000) err.println("  " + n + " articles");
        });
        err.printf(Locale.ROOT, "Generated %d articles in %.0f s%n", store.articleCount(), (System.nanoTime() - t0) / 1e9);
      } else if (have < articles) {
        throw new UserError("--corpus " + dir + " holds " + have + " articles, fewer than --articles " + articles + "; remove the folder to generate it again");
      } else {
        err.println("Reusing " + have + " articles in " + dir);
      }
      List<String> stories = store.storiesPage(null, null, 5000).stream().map(StoryRecord::id).toList();
      WebOptions options = new WebOptions(null, "bench-" + System.nanoTime(), null, null);
      try (WebServer web = new WebServer(store, index, options, err)) {
        URI base = URI.create("http://127.0.0.1:" + web.start("127.0.0.1", 0));
        LoadGenerator load = new LoadGenerator(base, stories, searchWords(demo), connections, pages);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("articles", store.articleCount());
        result.put("connections", connections);
        result.put("page_share", pages);
        result.put("p99_limit_ms", p99);
        if (warmup > 0) {
          int warmed = load.warmSequentially(2000, Duration.ofSeconds(60), seed + 98);
          err.println("warm-up " + warmed + " sequential requests");
          err.println("warm-up " + load.run(rate / 2, Duration.ofSeconds(warmup), seed + 99).summary());
        }
        // Reference: the same rate and connections against a static file, measured in this run.
        LoadResult reference = load.referenceOnly("/static/newsdesk.css").run(rate, Duration.ofSeconds(Math.min(duration, 10)), seed);
        err.println("static  " + reference.summary());
        result.put("reference_static", json(reference, p99));
        LoadResult main = load.run(rate, Duration.ofSeconds(duration), seed);
        err.println("main    " + main.summary() + (main.passes(p99) ? "  PASS" : "  FAIL"));
        result.put("main", json(main, p99));
        List<Object> steps = new ArrayList<>();
        int best = main.passes(p99) ? rate : 0;
        if (stepSeconds > 0 && main.passes(p99)) {
          for (int r = next(rate); r <= maxRate; r = next(r)) {
            LoadResult step = load.run(r, Duration.ofSeconds(stepSeconds), seed + r);
            err.println("step    " + step.summary() + (step.passes(p99) ? "  PASS" : "  FAIL"));
            steps.add(json(step, p99));
            if (!step.passes(p99)) break;
            best = r;
          }
        } else if (stepSeconds > 0) {
          // The main rate failed: halve until a rate passes (or the rate is too low to matter).
          for (int r = rate / 2; r >= MIN_RATE; r /= 2) {
            LoadResult step = load.run(r, Duration.ofSeconds(stepSeconds), seed + r);
            err.println("step    " + step.summary() + (step.passes(p99) ? "  PASS" : "  FAIL"));
            steps.add(json(step, p99));
            if (step.passes(p99)) {
              best = r;
              break;
            }
          }
        }
        result.put("steps", steps);
        result.put("highest_rate_passing", best);
        System.out.println(JsonDigestRenderer.mapper().writeValueAsString(result));
        return main.passes(p99) ? 0 : 1;
      }
    }
  }

  private void validate() {
    if (articles <= 0) throw new UserError("--articles must be positive, got " + articles);
    if (rate <= 0) throw new UserError("--rate must be positive, got " + rate);
    if (duration <= 0 || duration > 600) throw new UserError("--duration must be 1-600 seconds, got " + duration);
    if (connections <= 0 || connections > 1000) throw new UserError("--connections must be 1-1000, got " + connections);
    if (pages < 0 || pages > 1) throw new UserError("--pages must be between 0 and 1, got " + pages);
    if (warmup < 0 || stepSeconds < 0 || stepSeconds > 120) throw new UserError("--warmup and --step-seconds must be 0-120");
  }

  /** Rates rise by half each step. */
  private static int next(int r) {
    return r + Math.max(1, r / 2);
  }

  private static Map<String, Object> json(LoadResult r, double p99) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rate", r.targetRate());
    m.put("sent", r.sent());
    m.put("seconds", Math.round(r.seconds() * 10) / 10.0);
    m.put("errors", r.errors());
    m.put("p50_ms", Math.round(r.quantile(0.5) * 10) / 10.0);
    m.put("p90_ms", Math.round(r.quantile(0.9) * 10) / 10.0);
    m.put("p99_ms", Math.round(r.quantile(0.99) * 10) / 10.0);
    m.put("passes", r.passes(p99));
    Map<String, Object> kinds = new LinkedHashMap<>();
    for (String kind : r.byKind().keySet()) {
      Map<String, Object> k = new LinkedHashMap<>(); // one key order in every run, like the outer object
      k.put("n", r.byKind().get(kind).length);
      k.put("p50_ms", Math.round(r.quantile(kind, 0.5) * 10) / 10.0);
      k.put("p99_ms", Math.round(r.quantile(kind, 0.99) * 10) / 10.0);
      kinds.put(kind, k);
    }
    m.put("by_kind", kinds);
    return m;
  }

  /** Search words: the longer words of the demo headlines (so searches hit realistic result sets). */
  static List<String> searchWords(DemoCorpus demo) {
    TreeSet<String> words = new TreeSet<>();
    for (DemoArticle a : demo.articles()) {
      for (String w : a.title().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) if (w.length() >= 5) words.add(w);
    }
    return List.copyOf(words);
  }
}
