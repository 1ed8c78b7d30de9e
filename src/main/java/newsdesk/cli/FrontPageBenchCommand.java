package newsdesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;
import newsdesk.publish.DigestBuilder;
import newsdesk.publish.JsonDigestRenderer;
import newsdesk.store.RelatedStory;
import newsdesk.store.SqliteNewsStore;
import newsdesk.store.StoredArticle;
import newsdesk.store.StoredBrief;
import newsdesk.store.StoryRecord;
import newsdesk.summarize.Brief;
import newsdesk.summarize.SummarySentence;
import newsdesk.web.FrontPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Times what a front-page request costs at a given archive size, against the way it was done
 * before, in the same run: {@link SqliteNewsStore#digestVersion()} (one counter row) against the
 * whole-table aggregate it replaced (run on a second connection), and a request while an ingest
 * writes briefs (a brief of one of the 200 newest stories written before each timed request, so
 * the version always moved): now the ranking and those of the {@code --shown} stories of the page
 * whose stamp moved, before the aggregate read twice, the former ranking statement and the first
 * {@code --prebuilt} stories built afresh. The two sides alternate round
 * by round, so the machine's load weighs on both alike; medians are reported with their ratio.
 * Each archive is generated in a new folder (removed afterwards): stories of two articles from
 * different outlets, each briefed, each related to the one before, spread evenly over
 * {@code --span-days}. Progress on stderr, the result as JSON on stdout.
 */
@Command(name = "front", mixinStandardHelpOptions = true,
    description = {"Time the front page's version check and a request during briefing on generated archives.",
        "Each figure is a median over --rounds, beside the way it was done before (whole-table version aggregate, "
            + "stories built up front) measured in the same run."})
public final class FrontPageBenchCommand implements Callable<Integer> {
  /** The version statement before schema V9, kept here as the reference the counter is measured against. */
  static final String AGGREGATE_VERSION = """
      SELECT (SELECT count(*) || '.' || total(story_version) FROM briefs)
        || ':' || (SELECT count(merged_into) FROM stories)
        || ':' || (SELECT count(*) || '.' || total(score) FROM related_stories)""";
  /** The ranking statement before the front page was reworked (a UNION joined to stories), the reference for the ranking. */
  static final String FORMER_RANKING = """
      WITH candidates AS (
        SELECT id FROM stories WHERE merged_into IS NULL AND last_published >= ?
        UNION
        SELECT id FROM (SELECT s.id FROM stories s JOIN briefs b ON b.story_id = s.id
                        WHERE s.merged_into IS NULL AND s.last_published IS NOT NULL
                        ORDER BY s.last_published DESC, s.id LIMIT ?))
      SELECT s.*, (SELECT count(DISTINCT a.outlet) FROM articles a WHERE a.story_id = s.id) AS outlets
      FROM candidates c JOIN stories s ON s.id = c.id JOIN briefs b ON b.story_id = s.id""";
  static final Instant END = Instant.parse("2026-11-29T12:00:00Z");

  @Option(names = "--stories", paramLabel = "N", split = ",", defaultValue = "10000,100000",
      description = "Archive sizes to generate, in stories (default: ${DEFAULT-VALUE}).")
  List<Integer> sizes;

  @Option(names = "--span-days", paramLabel = "DAYS", defaultValue = "365",
      description = "Days the stories are spread over; the 7-day digest window holds N*7/DAYS of them (default: ${DEFAULT-VALUE}).")
  int spanDays;

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "30", description = "Timed rounds of each side (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--shown", paramLabel = "N", defaultValue = "50", description = "Stories a page shows (default: ${DEFAULT-VALUE}, the web UI's page).")
  int shown;

  @Option(names = "--prebuilt", paramLabel = "N", defaultValue = "100",
      description = "Stories the former ranking built up front (default: ${DEFAULT-VALUE}, its former constant).")
  int prebuilt;

  @Option(names = "--dir", paramLabel = "DIR", description = "Folder for the generated archives (default: a new folder in TMPDIR).")
  Path dir;

  @Override
  public Integer call() throws Exception {
    if (sizes.isEmpty() || sizes.stream().anyMatch(n -> n < 2)) throw new UserError("--stories must list sizes of at least 2, got " + sizes);
    if (spanDays < 1) throw new UserError("--span-days must be positive, got " + spanDays);
    if (rounds < 1 || rounds > 1000) throw new UserError("--rounds must be 1-1000, got " + rounds);
    if (shown < 1 || prebuilt < 1) throw new UserError("--shown and --prebuilt must be positive");
    Path root = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("newsdesk-bench-front");
    List<Object> results = new ArrayList<>();
    for (int n : sizes) {
      Path folder = Files.createTempDirectory(root, "stories-" + n + "-");
      try {
        results.add(measure(folder.resolve("newsdesk.db"), n));
      } finally {
        deleteTree(folder);
      }
    }
    if (dir == null) Files.delete(root); // each archive's folder is gone already
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("span_days", spanDays);
    out.put("rounds", rounds);
    out.put("archives", results);
    System.out.println(JsonDigestRenderer.mapper().writeValueAsString(out));
    return 0;
  }

  private Map<String, Object> measure(Path file, int n) throws SQLException {
    Map<String, Object> result = new LinkedHashMap<>();
    try (SqliteNewsStore store = SqliteNewsStore.open(file);
        Connection reference = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        Statement aggregate = reference.createStatement();
        FrontPage front = new FrontPage(store, FrontPage.Ranking.defaults(), Clock.systemUTC())) {
      DigestBuilder digest = new DigestBuilder(store);
      long t0 = System.nanoTime();
      fill(store, n);
      System.err.printf(Locale.ROOT, "%d stories generated in %.0f s%n", n, (System.nanoTime() - t0) / 1e9);
      LongSupplier aggregateRead = () -> {
        try (ResultSet rs = aggregate.executeQuery(AGGREGATE_VERSION)) {
          rs.next();
          return rs.getString(1).length();
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        }
      };
      int ranked = front.stories().size();
      result.put("stories", n);
      result.put("ranked", ranked);
      result.put("digest_version_ms", compare(() -> store.digestVersion().length(), aggregateRead));
      int[] written = {0};
      // Each side pays for the brief written before it untimed: the version moved, as during an ingest.
      result.put("request_during_briefing_ms", compare(() -> {
        rewriteBrief(store, n, written[0]++);
        return 0;
      }, () -> request(front, shown), () -> {
        rewriteBrief(store, n, written[0]++);
        return 0;
      }, () -> aggregateRead.getAsLong() + aggregateRead.getAsLong() + formerRebuild(reference, store, digest)));
      // The ranking alone (no story built), now and with the former statement.
      result.put("ranking_ms", compare(() -> {
        rewriteBrief(store, n, written[0]++);
        return 0;
      }, () -> request(front, 0), () -> 0, () -> {
        long rows = 0;
        try (var ps = reference.prepareStatement(FORMER_RANKING)) {
          ps.setString(1, store.newestArticleTime().minus(FrontPage.Ranking.defaults().window()).toString());
          ps.setInt(2, FrontPage.Ranking.defaults().candidates());
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) rows++;
          }
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        }
        return rows;
      }));
      result.put("request_unchanged_ms", compare(() -> request(front, shown), () -> aggregateRead.getAsLong() + request(front, shown)));
      System.err.println(n + " stories: " + result);
    }
    return result;
  }

  /** One request as the web page makes it: the ranking, then the first {@code count} stories built. */
  private static long request(FrontPage front, int count) {
    List<FrontPage.RankedStory> ranked = front.stories();
    return front.stories(ranked.subList(0, Math.min(count, ranked.size()))).size();
  }

  /**
   * The former rebuild after a version move: the former ranking statement (its rows read whole),
   * then the first {@code --prebuilt} of its stories built afresh (which ones matters not for the
   * time: each costs the same reads).
   */
  private long formerRebuild(Connection reference, SqliteNewsStore store, DigestBuilder digest) {
    List<String> ids = new ArrayList<>();
    Instant newest = store.newestArticleTime();
    try (var ps = reference.prepareStatement(FORMER_RANKING)) {
      ps.setString(1, newest.minus(FrontPage.Ranking.defaults().window()).toString());
      ps.setInt(2, FrontPage.Ranking.defaults().candidates());
      try (ResultSet rs = ps.executeQuery()) {
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          for (int c = 1; c <= columns; c++) rs.getString(c);
          ids.add(rs.getString("id"));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    long built = 0;
    for (String id : ids.subList(0, Math.min(prebuilt, ids.size()))) {
      if (digest.story(id).isPresent()) built++;
    }
    return built;
  }

  private Map<String, Object> compare(LongSupplier now, LongSupplier before) {
    return compare(() -> 0, now, () -> 0, before);
  }

  /**
   * Medians of {@code now} and {@code before}, alternating round by round after 5 untimed rounds
   * each; {@code nowSetup} and {@code beforeSetup} run untimed before each.
   */
  private Map<String, Object> compare(LongSupplier nowSetup, LongSupplier now, LongSupplier beforeSetup, LongSupplier before) {
    double[] a = new double[rounds];
    double[] b = new double[rounds];
    long sink = 0;
    for (int i = -5; i < rounds; i++) {
      nowSetup.getAsLong();
      long s = System.nanoTime();
      sink += now.getAsLong();
      double ta = (System.nanoTime() - s) / 1e6;
      beforeSetup.getAsLong();
      s = System.nanoTime();
      sink += before.getAsLong();
      double tb = (System.nanoTime() - s) / 1e6;
      if (i >= 0) {
        a[i] = ta;
        b[i] = tb;
      }
    }
    if (sink == Long.MIN_VALUE) System.err.println(); // keeps the results in use
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("now", round(median(a)));
    m.put("before", round(median(b)));
    m.put("before_over_now", round(median(b) / median(a)));
    return m;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  /** Stories of two articles each, briefed, each related to the one before; evenly spread up to {@link #END}. */
  private void fill(SqliteNewsStore store, int n) {
    long step = Duration.ofDays(spanDays).toMillis() / n;
    for (int from = 0; from < n; from += 1000) {
      int first = from;
      store.inTransaction(() -> {
        for (int s = first; s < Math.min(n, first + 1000); s++) story(store, s, END.minusMillis(step * (n - 1 - s)));
        return null;
      });
    }
  }

  private static String id(int s) {
    return String.format(Locale.ROOT, "b-%07d", s);
  }

  private static void story(SqliteNewsStore store, int s, Instant t) {
    String id = id(s);
    store.insertStory(new StoryRecord(id, t, t.minusSeconds(3600), t, t, 1, null));
    StoredArticle lead = null;
    for (int m = 0; m < 2; m++) {
      int outlet = (s + m * 5) % 12 + 1;
      String url = String.format(Locale.ROOT, "https://outlet%02d.example/%s", outlet, id);
      String text = "Story " + id + " as told by outlet " + outlet + ". It goes on with a second sentence. And a third one.";
      StoredArticle a = store.insertArticle(new StoredArticle(0, id + "-" + m, null, null, url, url, "Outlet " + outlet,
          "Title of " + id, List.of(), t.minusSeconds(3600L * m), t, "en", null, null, text, "page", "h-" + id + "-" + m, null, id));
      if (lead == null) lead = a;
    }
    saveBrief(store, id, 1, lead, "Headline of " + id);
    if (s > 0) store.replaceRelated(id, List.of(new RelatedStory(id, 0, id(s - 1), 0.5)));
  }

  private static void saveBrief(SqliteNewsStore store, String id, int version, StoredArticle lead, String headline) {
    String sentence = lead.text().substring(0, lead.text().indexOf('.') + 1);
    store.saveBrief(new StoredBrief(id, version, new Brief(headline,
        List.of(List.of(new SummarySentence(sentence, lead.publicId(), 0, sentence.length())))), lead.id()));
  }

  /** Rewrites the brief of one of the newest stories, as an ingest briefing them does. */
  private static void rewriteBrief(SqliteNewsStore store, int n, int k) {
    String id = id(n - 1 - (k % Math.min(n, 200)));
    StoredArticle lead = store.articleByPublicId(id + "-0").orElseThrow();
    saveBrief(store, id, 2 + k, lead, "Headline of " + id + ", rewritten " + k);
  }

  private static void deleteTree(Path folder) throws IOException {
    try (var paths = Files.walk(folder)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}
