package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import newsdesk.config.DataDir;
import newsdesk.fetch.LocalServer;
import newsdesk.pipeline.IndexSync;
import newsdesk.search.IndexInUseException;
import newsdesk.search.LuceneArticleIndex;
import newsdesk.store.SqliteNewsStore;
import newsdesk.store.StoredArticle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands on a data folder whose index another process (a running {@code serve} or {@code run})
 * holds, and on a damaged or missing index. Lucene refuses a second writer inside one JVM as it
 * does across processes, so an index writer opened here stands for the running process.
 */
class WorkspaceTest {
  @TempDir Path dir;
  private Path data;
  private final LocalServer server = new LocalServer();

  @BeforeEach
  void dataFolderWithTwoIndexedArticles() {
    data = dir.resolve("data");
    DataDir dd = new DataDir(data).create();
    try (SqliteNewsStore store = SqliteNewsStore.open(dd.database())) {
      store.addSource("https://example.org/feed.xml", "feed", null, "Example");
      store.insertArticle(article("1", "Volcano erupts near the coast", "The volcano erupted on Tuesday."));
      store.insertArticle(article("2", "Parliament elected", "Voters elected a new parliament."));
      try (LuceneArticleIndex index = new LuceneArticleIndex(dd.index())) {
        new IndexSync(store, index).catchUp();
      }
    }
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static StoredArticle article(String n, String title, String text) {
    return new StoredArticle(0, "a-" + n, null, null, "https://example.org/" + n, "https://example.org/" + n, "Outlet",
        title, List.of(), Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"), "en", null, null,
        text, "page", "h" + n, null, null);
  }

  private CliRun run(String... args) {
    return run(new newsdesk.config.IngestLocks(), args);
  }

  /** A run in a process whose ingest locks are {@code ingestLocks}. */
  private CliRun run(newsdesk.config.IngestLocks ingestLocks, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--data");
    all.add(data.toString());
    return CliRun.of(ingestLocks, all.toArray(String[]::new));
  }

  @Test
  void readingCommandsAndSourcesAddWorkWhileAnotherProcessHoldsTheIndex() {
    try (LuceneArticleIndex running = new LuceneArticleIndex(data.resolve("index"))) {
      CliRun search = run("search", "volcano");
      assertThat(search.exit()).as(search.err()).isZero();
      assertThat(search.out()).contains("Volcano erupts near the coast").doesNotContain("Parliament");
      CliRun digest = run("digest", "--format", "json");
      assertThat(digest.exit()).as(digest.err()).isZero();
      CliRun list = run("sources", "list");
      assertThat(list.exit()).as(list.err()).isZero();
      assertThat(list.out()).contains("https://example.org/feed.xml");
      CliRun export = run("sources", "export");
      assertThat(export.exit()).as(export.err()).isZero();
      assertThat(export.out()).contains("https://example.org/feed.xml");
      CliRun add = run("sources", "add", "https://example.net/news.rss", "--no-discover");
      assertThat(add.exit()).as(add.err()).isZero();
      assertThat(run("sources", "list").out()).contains("https://example.net/news.rss");
      CliRun remove = run("sources", "remove", add.out().split("\t")[0]);
      assertThat(remove.exit()).as(remove.err()).isZero();
      assertThat(running.size()).isEqualTo(2);
    }
  }

  @Test
  void reindexAndServingRefuseWhileAnotherProcessHoldsTheIndex() {
    try (LuceneArticleIndex running = new LuceneArticleIndex(data.resolve("index"))) {
      CliRun reindex = run("reindex");
      assertThat(reindex.exit()).isEqualTo(1);
      assertThat(reindex.err()).isEqualTo("newsdesk reindex: another newsdesk process (serve, run or reindex) is using "
          + data.resolve("index") + "; wait for it to finish or stop it\n");
      // serve, run and demo (serving) open their workspace this way before they serve
      assertThatThrownBy(() -> Workspace.forIngest(new DataDir(data), true, java.time.Clock.systemUTC())).isInstanceOf(IndexInUseException.class);
      assertThat(running.size()).isEqualTo(2);
    }
  }

  @Test
  void whileReindexWorksServingIsRefusedAndSearchSeesTheOldIndexUntilTheNewOneIsComplete() {
    DataDir dd = new DataDir(data);
    try (SqliteNewsStore store = SqliteNewsStore.open(dd.database())) {
      store.insertArticle(article("3", "Storm reaches the coast", "A storm reached the coast."));
    }
    try (Workspace reindexing = Workspace.forReindex(dd, java.time.Clock.systemUTC())) {
      // serve, run and demo open their workspace this way before they serve
      assertThatThrownBy(() -> Workspace.forIngest(dd, true, java.time.Clock.systemUTC())).isInstanceOf(IndexInUseException.class)
          .hasMessage("another newsdesk process (serve, run or reindex) is using " + dd.index() + "; wait for it to finish or stop it");
      assertThat(run("search", "volcano").out()).contains("Volcano erupts near the coast");
      assertThat(run("search", "storm").out()).as("nothing of the new index shows before it is complete").isEmpty();
      assertThat(new IndexSync(reindexing.store(), reindexing.index()).rebuild()).isEqualTo(3);
      assertThat(run("search", "storm").out()).contains("Storm reaches the coast");
      assertThatThrownBy(() -> Workspace.forIngest(dd, true, java.time.Clock.systemUTC())).isInstanceOf(IndexInUseException.class);
    }
    try (Workspace serving = Workspace.forIngest(dd, true, java.time.Clock.systemUTC())) {
      assertThat(serving.index().size()).isEqualTo(3);
    }
  }

  @Test
  void onlyOneProcessFetchesIntoADataFolderAtATime() throws Exception {
    server.route("/feed.rss", LocalServer.text(200, "application/rss+xml",
        "<rss version='2.0'><channel><title>Local</title><item><title>Bridge reopens</title><guid>b1</guid>"
            + "<description>The bridge reopened on Monday after repairs.</description></item></channel></rss>"));
    assertThat(run("sources", "add", server.url("/feed.rss").toString(), "--no-discover", "--allow-private-network").exit()).isZero();
    long before;
    try (SqliteNewsStore store = SqliteNewsStore.open(data.resolve("newsdesk.db"))) {
      before = store.articleCount();
    }
    // The holder and the commands share one process, as the ingesting components of one process do.
    var process = new newsdesk.config.IngestLocks();
    try (var other = process.tryAcquire(new newsdesk.config.DataDir(data)).orElseThrow()) {
      CliRun fetch = run(process, "fetch", "--allow-private-network", "--host-delay-ms", "0");
      assertThat(fetch.exit()).as(fetch.err()).isZero();
      assertThat(fetch.err()).contains("another newsdesk process (run, or another fetch) is fetching into");
      CliRun serving = run(process, "run", "--port", "0", "--allow-private-network");
      assertThat(serving.exit()).isEqualTo(ErrorReporter.USER_ERROR);
      assertThat(serving.err()).contains("is fetching into");
    }
    try (SqliteNewsStore store = SqliteNewsStore.open(data.resolve("newsdesk.db"))) {
      assertThat(store.articleCount()).as("nothing ingested beside the holder").isEqualTo(before);
    }
    assertThat(run("fetch", "--allow-private-network", "--host-delay-ms", "0").exit()).isZero();
    try (SqliteNewsStore store = SqliteNewsStore.open(data.resolve("newsdesk.db"))) {
      assertThat(store.articleCount()).isEqualTo(before + 1);
    }
  }

  /**
   * {@code fetch --all} asks for sources that are not due, which the process holding the folder
   * will not fetch now: it says so and what to do, and exits {@link FetchCommand#NOTHING_FETCHED}.
   */
  @Test
  void fetchAllBesideAnotherFetchingProcessSaysNothingWasFetched() {
    server.route("/feed.rss", LocalServer.text(200, "application/rss+xml",
        "<rss version='2.0'><channel><title>Local</title><item><title>Bridge reopens</title><guid>b1</guid>"
            + "<description>The bridge reopened on Monday after repairs.</description></item></channel></rss>"));
    assertThat(run("sources", "add", server.url("/feed.rss").toString(), "--no-discover", "--allow-private-network").exit()).isZero();
    var process = new newsdesk.config.IngestLocks();
    try (var other = process.tryAcquire(new newsdesk.config.DataDir(data)).orElseThrow()) {
      CliRun fetch = run(process, "fetch", "--all", "--allow-private-network", "--host-delay-ms", "0");
      assertThat(fetch.exit()).as(fetch.err()).isEqualTo(FetchCommand.NOTHING_FETCHED).isNotZero();
      assertThat(fetch.err()).contains("another newsdesk process (run, or another fetch) is fetching into")
          .contains("nothing was fetched: sources not due were not fetched")
          .contains("stop that process, then run `newsdesk fetch --all` again");
    }
    assertThat(server.requests()).isEmpty();
    assertThat(CliRun.of("fetch", "--help").out()).contains("  3   --all while another process");
  }

  @Test
  void fetchStoresArticlesWhileAnotherProcessHoldsTheIndexWhichThenCatchesUp() {
    String body = "<p>" + "Firefighters contained the wildfire that burned across the northern hills this week. ".repeat(4)
        + "</p><p>" + "Residents returned to their homes on Friday after officials lifted the evacuation order. ".repeat(4) + "</p>";
    server.route("/story.html", LocalServer.text(200, "text/html",
        "<html><head><title>Wildfire contained</title></head><body><article><h1>Wildfire contained</h1>" + body
            + "</article></body></html>"));
    server.route("/feed.rss", LocalServer.text(200, "application/rss+xml",
        "<rss version='2.0'><channel><title>Local</title><item><title>Wildfire contained</title><link>"
            + server.url("/story.html") + "</link><guid>w1</guid><pubDate>Thu, 01 Jan 2026 10:00:00 GMT</pubDate></item>"
            + "</channel></rss>"));
    assertThat(run("sources", "add", server.url("/feed.rss").toString(), "--no-discover", "--allow-private-network").exit()).isZero();
    try (LuceneArticleIndex running = new LuceneArticleIndex(data.resolve("index"))) {
      CliRun fetch = run("fetch", "--allow-private-network", "--host-delay-ms", "0");
      assertThat(fetch.exit()).as(fetch.err()).isZero();
      assertThat(fetch.err()).contains("another newsdesk process (serve, run or reindex) is using " + data.resolve("index"))
          .contains("that process (or the next to open the index) indexes them");
      CliRun lagging = run("search", "wildfire");
      assertThat(lagging.err()).contains("the search index lags behind the database");
      // the running process indexes what the database holds beyond its high-water mark
      try (SqliteNewsStore store = SqliteNewsStore.open(data.resolve("newsdesk.db"))) {
        assertThat(store.articleCount()).isEqualTo(3);
        assertThat(new IndexSync(store, running).catchUp()).isEqualTo(1);
      }
    }
    CliRun search = run("search", "wildfire");
    assertThat(search.exit()).as(search.err()).isZero();
    assertThat(search.out()).contains("Wildfire contained");
    assertThat(search.err()).doesNotContain("lags");
  }

  @Test
  void reindexRebuildsACorruptIndex() throws Exception {
    Path index = data.resolve("index");
    try (var files = Files.list(index)) {
      for (Path f : files.toList()) Files.delete(f);
    }
    Files.writeString(index.resolve("segments_1"), "garbage, not a Lucene commit");
    CliRun search = run("search", "volcano");
    assertThat(search.exit()).isEqualTo(1);
    assertThat(search.err()).contains("newsdesk reindex");

    CliRun reindex = run("reindex");
    assertThat(reindex.exit()).as(reindex.err()).isZero();
    assertThat(reindex.err()).isEqualTo("Indexed 2 articles into " + index + ".\n");
    assertThat(run("search", "volcano").out()).contains("Volcano erupts near the coast");
  }

  @Test
  void searchOnAMissingIndexSaysToReindex() throws Exception {
    try (var files = Files.walk(data.resolve("index"))) {
      for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(f);
    }
    CliRun search = run("search", "volcano");
    assertThat(search.exit()).isEqualTo(1);
    assertThat(search.err()).contains("the search index " + data.resolve("index") + " is empty or missing while the database "
        + "holds 2 articles; run `newsdesk reindex --data " + data + "`");
    assertThat(data.resolve("index")).doesNotExist();
  }
}
