package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsdesk.fetch.LocalServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsdesk sources ...} end to end against a loopback site. */
class SourcesCommandTest {
  @TempDir Path dir;
  private final LocalServer server = new LocalServer();

  @AfterEach
  void stop() {
    server.close();
  }

  /** Runs a command on this test's data folder. */
  private CliRun run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--data");
    all.add(dir.resolve("data").toString());
    return CliRun.of(all.toArray(String[]::new));
  }

  private void siteWithTwoFeeds() {
    server.route("/", LocalServer.text(200, "text/html", """
        <html><head>
        <link rel="alternate" type="application/rss+xml" href="/news.rss">
        <link rel="alternate" type="application/rss+xml" href="/sport.rss">
        </head><body></body></html>"""));
    server.route("/news.rss", LocalServer.text(200, "application/rss+xml",
        "<rss version='2.0'><channel><title>News</title><item><title>a</title></item></channel></rss>"));
    server.route("/sport.rss", LocalServer.text(200, "application/rss+xml",
        "<rss version='2.0'><channel><title>Sport</title><item><title>b</title></item></channel></rss>"));
  }

  /**
   * A feed behind a temporary redirect is followed at the address given (the target may be signed
   * and expire); one followed already at the target is recognised, not added twice.
   */
  @Test
  void aFeedBehindATemporaryRedirectIsFollowedAtTheAddressGivenAndRecognisedAtItsTarget() {
    server.route("/signed.rss", LocalServer.text(200, "application/rss+xml",
        "<rss version='2.0'><channel><title>Signed</title><item><title>a</title></item></channel></rss>"));
    server.route("/temp.rss", LocalServer.redirect(302, "/signed.rss?sig=1"));
    server.route("/other.rss", LocalServer.redirect(302, "/signed.rss?sig=2"));
    CliRun added = run("sources", "add", server.url("/temp.rss").toString(), "--allow-private-network", "--host-delay-ms", "0");
    assertThat(added.exit()).as(added.err()).isZero();
    assertThat(added.out()).contains("\tfeed\t" + server.url("/temp.rss") + "\t");
    assertThat(run("sources", "add", server.url("/signed.rss?sig=2").toString(), "--no-discover", "--allow-private-network").exit())
        .isZero();
    CliRun again = run("sources", "add", server.url("/other.rss").toString(), "--allow-private-network", "--host-delay-ms", "0");
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(again.err()).contains("already following " + server.url("/signed.rss?sig=2"));
    assertThat(run("sources", "list").out().lines()).hasSize(2);
  }

  /** A pick below 1 can never be in range, so it is refused before anything is fetched. */
  @Test
  void aPickBelowOneIsRefusedBeforeFetching() {
    siteWithTwoFeeds();
    for (String pick : List.of("0", "-1")) {
      CliRun r = run("sources", "add", server.url("/").toString(), "--allow-private-network", "--host-delay-ms", "0", "--pick", pick);
      assertThat(r.exit()).as(pick).isEqualTo(2);
      assertThat(r.err()).as(pick).contains("--pick " + pick + " is not a source number: the sources found are numbered from 1");
    }
    assertThat(server.requests()).as("nothing fetched").isEmpty();
  }

  @Test
  void severalFeedsAreListedForAChoiceThenPicked() {
    siteWithTwoFeeds();
    CliRun choose = run("sources", "add", server.url("/").toString(), "--allow-private-network", "--host-delay-ms", "0");
    assertThat(choose.exit()).isEqualTo(SourcesCommand.CHOICE_NEEDED);
    assertThat(choose.out()).isEqualTo("1\tfeed\t" + server.url("/news.rss") + "\tNews\n2\tfeed\t" + server.url("/sport.rss") + "\tSport\n");
    assertThat(choose.err()).contains("2 sources found").contains("--pick N");
    assertThat(run("sources", "list").out()).isEmpty();

    CliRun picked = run("sources", "add", server.url("/").toString(), "--allow-private-network", "--host-delay-ms", "0", "--pick", "2");
    assertThat(picked.exit()).isZero();
    assertThat(picked.out()).endsWith("\tfeed\t" + server.url("/sport.rss") + "\tSport\n");
    assertThat(run("sources", "list").out()).contains(server.url("/sport.rss").toString()).contains("never fetched")
        .doesNotContain("news.rss");

    CliRun outOfRange = run("sources", "add", server.url("/").toString(), "--allow-private-network", "--host-delay-ms", "0", "--pick", "3");
    assertThat(outOfRange.exit()).isEqualTo(2);
    assertThat(outOfRange.err()).contains("--pick 3 is out of range");

    CliRun oneLeft = run("sources", "add", server.url("/").toString(), "--allow-private-network", "--host-delay-ms", "0");
    assertThat(oneLeft.exit()).isEqualTo(SourcesCommand.CHOICE_NEEDED);
    assertThat(oneLeft.err()).contains("2 sources found at " + server.url("/") + " (1 already followed); follow one");
  }

  @Test
  void aSiteWhoseFeedsAreAllFollowedSaysSoInsteadOfAskingForAPick() {
    siteWithTwoFeeds();
    String site = server.url("/").toString();
    assertThat(run("sources", "add", site, "--allow-private-network", "--host-delay-ms", "0", "--all").exit()).isZero();
    CliRun again = run("sources", "add", site, "--allow-private-network", "--host-delay-ms", "0");
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(again.err()).contains("already following all 2 sources found at " + site).doesNotContain("--pick");
    assertThat(again.out()).isEqualTo("1\tfeed\t" + server.url("/news.rss") + "\tNews\n2\tfeed\t" + server.url("/sport.rss") + "\tSport\n");
    assertThat(run("sources", "list").out().lines()).hasSize(2);
  }

  @Test
  void aBareLoopbackAddressIsReadAsHttp() {
    siteWithTwoFeeds();
    String bare = server.url("/news.rss").toString().substring("http://".length());
    CliRun add = run("sources", "add", bare, "--allow-private-network", "--host-delay-ms", "0");
    assertThat(add.exit()).as(add.err()).isZero();
    assertThat(add.err()).contains("reading '" + bare + "' as http://" + bare);
    assertThat(add.out()).contains("\tfeed\t" + server.url("/news.rss") + "\tNews");
  }

  @Test
  void loopbackIsRefusedUnlessAllowed() {
    siteWithTwoFeeds();
    CliRun refused = run("sources", "add", server.url("/news.rss").toString());
    assertThat(refused.exit()).isEqualTo(1);
    assertThat(refused.err()).contains("--allow-private-network").doesNotContain("Exception");
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void importRefusesLoopbackFeedsAsAddDoesUnlessAllowed() throws Exception {
    siteWithTwoFeeds();
    String news = server.url("/news.rss").toString();
    Path opml = dir.resolve("local.opml");
    Files.writeString(opml, "<opml version=\"2.0\"><body>\n<outline text=\"News\" xmlUrl=\"" + news + "\"/>\n</body></opml>");

    CliRun add = run("sources", "add", news, "--no-discover");
    assertThat(add.exit()).isEqualTo(1);
    assertThat(add.err()).contains("is a loopback, private or other special address").contains("--allow-private-network");

    CliRun refused = run("sources", "import", opml.toString());
    assertThat(refused.exit()).isZero();
    assertThat(refused.out()).isEmpty();
    assertThat(refused.err()).contains("newsdesk sources import: " + opml + ": skipped " + news + ": ")
        .contains("is a loopback, private or other special address").contains("--allow-private-network")
        .contains("Imported 0 new sources from " + opml + "; 1 outline skipped.");
    assertThat(run("sources", "list").out()).isEmpty();
    assertThat(server.requests()).isEmpty();

    CliRun allowed = run("sources", "import", opml.toString(), "--allow-private-network");
    assertThat(allowed.err()).contains("Imported 1 new source from ");
  }

  @Test
  void aSourceRefusedByTheAddressRuleIsListedAsRefusedNotOk() {
    siteWithTwoFeeds();
    String news = server.url("/news.rss").toString();
    assertThat(run("sources", "add", news, "--no-discover", "--allow-private-network").exit()).isZero();
    run("fetch", "--all", "--host-delay-ms", "0");

    CliRun list = run("sources", "list");
    assertThat(list.out()).contains("\trefused: ").contains("is a loopback, private or other special address")
        .doesNotContain("\tok");
    assertThat(run("sources", "list", "--format", "json").out()).containsPattern("\"status\" ?: ?\"refused\"");

    run("fetch", "--all", "--allow-private-network", "--host-delay-ms", "0");
    assertThat(run("sources", "list").out()).contains("\tok\t");
  }

  @Test
  void importsAndExportsOpml() throws Exception {
    Path opml = dir.resolve("subs.opml");
    Files.writeString(opml, """
        <opml version="2.0"><body>
          <outline text="Tech"><outline text="Wire" type="rss" xmlUrl="https://wire.example/rss.xml" htmlUrl="https://wire.example/"/></outline>
          <outline text="Bad" xmlUrl="ftp://x.example/feed"/>
          <outline text="Site" type="sitemap" xmlUrl="https://site.example/news-sitemap.xml"/>
        </body></opml>""");
    CliRun imported = run("sources", "import", opml.toString());
    assertThat(imported.exit()).isZero();
    assertThat(imported.out().lines()).hasSize(2);
    assertThat(imported.err()).contains("Imported 2 new sources from ").contains("skipped line 3");

    Path noFeed = dir.resolve("no-feed.opml");
    Files.writeString(noFeed, """
        <opml version="2.0"><body>
          <outline text="Wire" xmlUrl="https://wire.example/rss.xml"/>
          <outline text="A blog" htmlUrl="https://blog.example/"/>
        </body></opml>""");
    CliRun skipped = run("sources", "import", noFeed.toString());
    assertThat(skipped.exit()).isZero();
    assertThat(skipped.err().lines().toList()).containsExactly(
        "newsdesk sources import: " + noFeed + ": skipped line 3: outline 'A blog' has no xmlUrl",
        "Imported 0 new sources from " + noFeed + "; 1 already followed; 1 outline skipped.");

    CliRun again = run("sources", "import", opml.toString());
    assertThat(again.err()).contains("Imported 0 new sources from ").contains("2 already followed");

    CliRun exported = run("sources", "export");
    assertThat(exported.exit()).isZero();
    assertThat(exported.out()).startsWith("<?xml").contains("<outline text=\"Tech\" title=\"Tech\">")
        .contains("xmlUrl=\"https://wire.example/rss.xml\" htmlUrl=\"https://wire.example/\"")
        .contains("type=\"sitemap\" text=\"Site\"");
    Path back = dir.resolve("back.opml");
    Files.writeString(back, exported.out());
    CliRun reimported = run("sources", "import", back.toString());
    assertThat(reimported.err()).contains("Imported 0 new sources from ").contains("2 already followed");
  }

  @Test
  void badOpmlFilesAreClearErrors() throws Exception {
    CliRun missing = run("sources", "import", dir.resolve("nope.opml").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("nope.opml: no such file");

    Path html = dir.resolve("page.opml");
    Files.writeString(html, "<html><body>hi</body></html>");
    // A file that holds no feed is a failure (1), as for feed parse; only a missing file is a usage error (2).
    CliRun notOpml = run("sources", "import", html.toString());
    assertThat(notOpml.exit()).isEqualTo(1);
    assertThat(notOpml.err()).contains("is not an OPML file: its root element is <html>");

    Path broken = dir.resolve("broken.opml");
    Files.writeString(broken, "<opml><body>\n<outline xmlUrl='https://a.example/'>\n</body></opml>");
    CliRun notXml = run("sources", "import", broken.toString());
    assertThat(notXml.exit()).isEqualTo(1);
    assertThat(notXml.err()).contains("is not well-formed XML at line 3");

    Path empty = dir.resolve("empty.opml");
    Files.writeString(empty, "<opml version='2.0'><head/><body/></opml>");
    CliRun noFeed = run("sources", "import", empty.toString());
    assertThat(noFeed.exit()).isEqualTo(1);
    assertThat(noFeed.err()).contains("has no usable subscription");
  }

  @Test
  void aClosedPortIsAConnectionRefusedOnAddAndInTheSourcesLastError() {
    String url = LocalServer.closedPortUrl("/feed.xml").toString();
    CliRun add = run("sources", "add", url, "--allow-private-network", "--host-delay-ms", "0");
    assertThat(add.exit()).as("an unreachable address is a failure, not a usage error").isEqualTo(1);
    assertThat(add.err()).isEqualTo("newsdesk sources add: cannot fetch " + url + ": cannot connect: connection refused\n");

    assertThat(run("sources", "add", url, "--no-discover", "--allow-private-network").exit()).isZero();
    CliRun fetch = run("fetch", "--all", "--allow-private-network", "--host-delay-ms", "0");
    // The reason is shown beside the source's URL, which it does not repeat.
    assertThat(fetch.err()).contains("source failed: " + url + " — cannot connect: connection refused")
        .doesNotContain("Exception").doesNotContain(url + ": cannot connect");
    assertThat(run("sources", "list").out()).contains(url).contains(": cannot connect: connection refused\t");
  }

  @Test
  void listShowsAFailingSourceWithItsError() {
    server.route("/gone.rss", LocalServer.text(410, "text/plain", "gone"));
    String url = server.url("/gone.rss").toString();
    assertThat(run("sources", "add", url, "--no-discover", "--allow-private-network").exit()).isZero();
    for (int i = 0; i < 3; i++) {
      CliRun fetch = run("fetch", "--all", "--allow-private-network", "--host-delay-ms", "0");
      assertThat(fetch.exit()).as("every source failed").isEqualTo(1);
      assertThat(fetch.err()).contains("source failed: " + url).contains(" from 1 source;");
      if (i == 0) assertThat(run("sources", "list").out()).contains("retrying (1 failure): ");
    }
    CliRun json = run("sources", "list", "--format", "json");
    assertThat(json.out()).contains("\"status\":\"FAILING\"").contains("\"consecutive_failures\":3").contains("HTTP 410");
    assertThat(run("sources", "list").out()).contains("FAILING (3 failures): ").contains(url);
  }

  @Test
  void aFailingSourceAddedAgainOnceItReadsIsOkAndDueAtOnce() {
    String url = server.url("/late.rss").toString();
    server.route("/late.rss", LocalServer.text(500, "text/plain", "down"));
    assertThat(run("sources", "add", url, "--no-discover", "--allow-private-network").exit()).isZero();
    for (int i = 0; i < 4; i++) run("fetch", "--all", "--allow-private-network", "--host-delay-ms", "0");
    assertThat(run("sources", "list").out()).contains("FAILING (4 failures): ");

    server.route("/late.rss", LocalServer.text(200, "application/rss+xml",
        "<rss version='2.0'><channel><title>Late</title><item><title>a</title><link>" + server.url("/a")
            + "</link><description>Short text.</description></item></channel></rss>"));
    CliRun again = run("sources", "add", url, "--allow-private-network", "--host-delay-ms", "0");
    assertThat(again.exit()).isZero();
    assertThat(again.err()).contains("already following " + url);
    // The feed was just read whole: the failures before are history, and its backoff no longer holds it.
    assertThat(run("sources", "list").out()).doesNotContain("FAILING").doesNotContain("failure").contains("\tok\t");
    CliRun fetch = run("fetch", "--allow-private-network", "--host-delay-ms", "0");
    assertThat(fetch.err()).doesNotContain("No source is due").contains("Ingested 1 new article");
  }

  @Test
  void fetchSaysWhenNothingIsDueAndHowToFetchAnyway() {
    server.route("/news.rss", LocalServer.text(200, "application/rss+xml",
        "<rss version='2.0'><channel><title>News</title><item><title>a</title><description>Short text.</description></item></channel></rss>"));
    String url = server.url("/news.rss").toString();
    assertThat(run("sources", "add", url, "--no-discover", "--allow-private-network").exit()).isZero();
    CliRun first = run("fetch", "--allow-private-network", "--host-delay-ms", "0");
    assertThat(first.exit()).isZero();
    assertThat(first.err()).contains("Ingested 1 new article (0 duplicates attached) from 1 source; 1 story briefed; ")
        .doesNotContain("skipped");

    CliRun idle = run("fetch", "--allow-private-network", "--host-delay-ms", "0");
    assertThat(idle.exit()).isZero();
    assertThat(idle.err()).contains("No source is due: the next is " + url).contains("fetch --all");
    // Times to the second, in UTC, as digest prints them.
    assertThat(idle.err()).containsPattern(" at \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\\. ");
    assertThat(run("sources", "list").out()).containsPattern("\tevery \\d+ min, next \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\n");
    CliRun json = run("sources", "list", "--format", "json");
    for (String field : List.of("last_fetch_at", "last_success_at", "next_fetch_at")) {
      assertThat(json.out()).containsPattern("\"" + field + "\":\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\"");
    }
  }

  @Test
  void addSaysWhatItFollowedAndWhatItAlreadyFollows() {
    siteWithTwoFeeds();
    server.route("/broken.xml", LocalServer.text(200, "application/xml", "not xml at all <<<"));
    CliRun viaSite = run("sources", "add", server.url("/broken.xml").toString(), "--allow-private-network",
        "--host-delay-ms", "0", "--pick", "1");
    assertThat(viaSite.exit()).isZero();
    assertThat(viaSite.err()).contains(server.url("/broken.xml") + " is not a feed or news sitemap itself");
    assertThat(viaSite.out()).contains(server.url("/news.rss").toString());

    CliRun again = run("sources", "add", server.url("/news.rss").toString(), "--no-discover", "--allow-private-network");
    assertThat(again.exit()).isZero();
    assertThat(again.err()).contains("already following " + server.url("/news.rss"));
    assertThat(run("sources", "list").out().lines().count()).isEqualTo(1);

    CliRun kindWithoutNoDiscover = run("sources", "add", server.url("/").toString(), "--kind", "sitemap");
    assertThat(kindWithoutNoDiscover.exit()).isEqualTo(2);
    assertThat(kindWithoutNoDiscover.err()).contains("--kind applies only with --no-discover");
  }

  /** An RSS feed of {@code items} items, each linking to a page of this server. */
  private String feed(int items) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Wire</title>\n");
    for (int i = 0; i < items; i++) {
      b.append("<item><title>Story ").append(i).append("</title><link>").append(server.url("/story/" + i))
          .append("</link><guid>g").append(i).append("</guid><description>What happened in story ").append(i)
          .append(", told in one sentence.</description></item>\n");
    }
    return b.append("</channel></rss>\n").toString();
  }

  @Test
  void fetchOnAFolderWithOnlyTheDemosSourcesSaysThatTheDemoReadsThem() throws Exception {
    // QA: `fetch --data TYPO` created an empty data folder in silence; it now names the folder and creates nothing.
    CliRun nowhere = run("fetch");
    assertThat(nowhere.exit()).isEqualTo(2);
    assertThat(nowhere.err()).contains("no newsdesk data folder at ").contains("add a source first or check --data");
    assertThat(dir.resolve("data")).doesNotExist();
    java.nio.file.Files.createDirectories(dir.resolve("data"));
    try (var store = newsdesk.store.SqliteNewsStore.open(dir.resolve("data").resolve("newsdesk.db"))) {
      assertThat(store.sources()).isEmpty();
    }
    assertThat(run("fetch").err()).contains("No sources to fetch: add one with `newsdesk sources add URL`.");
    try (var store = newsdesk.store.SqliteNewsStore.open(dir.resolve("data").resolve("newsdesk.db"))) {
      store.addSource("http://127.0.0.1:1/world.xml", "demo", null, null);
      store.addSource("http://127.0.0.1:1/science.xml", "demo", null, null);
    }
    assertThat(run("fetch").err()).contains("No sources to fetch (the 2 demo sources here are read by `newsdesk demo` only): "
        + "add one with `newsdesk sources add URL`.");
  }

  @Test
  void aTruncatedFeedIsAddedWithAWarningAndListedAsDamagedAfterAFetch() {
    String whole = feed(10);
    String cut = whole.substring(0, whole.length() * 7 / 10); // the last 30% of the bytes lost
    // every item the cut leaves whole; the one it cuts in half is left out
    int read = cut.split("</item>", -1).length - 1;
    assertThat(read).isBetween(1, 9);
    server.route("/wire.rss", LocalServer.text(200, "application/rss+xml", cut));
    String url = server.url("/wire.rss").toString();
    String damage = "truncated: the document ends before its <rss> element is closed; " + read + " entries read";

    CliRun add = run("sources", "add", url, "--allow-private-network", "--host-delay-ms", "0");
    assertThat(add.exit()).isZero();
    assertThat(add.out()).isEqualTo("1\tfeed\t" + url + "\tWire\n");
    assertThat(add.err()).isEqualTo("newsdesk sources add: warning: " + url + " is damaged (" + damage
        + "); following it anyway: `newsdesk sources list` shows whether later fetches are whole.\n");

    assertThat(run("sources", "list").out()).as("before any fetch").contains("\tDAMAGED: " + damage + "\t");

    CliRun fetch = run("fetch", "--all", "--allow-private-network", "--host-delay-ms", "0");
    assertThat(fetch.exit()).isZero();
    assertThat(fetch.err()).contains("  source damaged: " + url + " — " + damage + "\n");
    assertThat(run("sources", "list").out()).contains("\tDAMAGED: " + damage + "\t");
    assertThat(run("sources", "list", "--format", "json").out()).contains("\"status\":\"DAMAGED\"")
        .contains("\"last_warning\":\"" + damage + "\"");

    server.route("/wire.rss", LocalServer.text(200, "application/rss+xml", whole));
    CliRun whole2 = run("fetch", "--all", "--allow-private-network", "--host-delay-ms", "0");
    assertThat(whole2.err()).doesNotContain("damaged");
    assertThat(run("sources", "list").out()).contains("\tok\t").doesNotContain("DAMAGED");
  }

  @Test
  void aFeedFromWhichNoEntryCanBeReadIsRefusedAndAnEmptyWholeOneIsFollowed() {
    String whole = feed(3);
    server.route("/cut.rss", LocalServer.text(200, "application/rss+xml", whole.substring(0, whole.indexOf("<item>") + 9)));
    String url = server.url("/cut.rss").toString();
    CliRun refused = run("sources", "add", url, "--allow-private-network", "--host-delay-ms", "0");
    assertThat(refused.exit()).isEqualTo(1);
    assertThat(refused.err()).isEqualTo("newsdesk sources add: " + url + " is not a feed newsdesk can read: truncated: "
        + "the document ends before its <rss> element is closed; no entry could be read. Nothing was added "
        + "(--no-discover follows it anyway).\n");
    assertThat(run("sources", "list").out()).isEmpty();

    server.route("/quiet.rss", LocalServer.text(200, "application/rss+xml", feed(0)));
    String quiet = server.url("/quiet.rss").toString();
    CliRun empty = run("sources", "add", quiet, "--allow-private-network", "--host-delay-ms", "0");
    assertThat(empty.exit()).isZero();
    assertThat(empty.err()).isEqualTo("newsdesk sources add: note: " + quiet + " has no entries yet.\n");
  }

  @Test
  void fetchSaysARefusedSourceWasRefusedNotThatItFailed() {
    String url = server.url("/local.rss").toString();
    server.route("/local.rss", LocalServer.text(200, "application/rss+xml",
        "<rss version='2.0'><channel><title>Local</title><item><title>a</title><description>Short text.</description></item></channel></rss>"));
    assertThat(run("sources", "add", url, "--no-discover", "--allow-private-network").exit()).isZero();
    CliRun fetch = run("fetch", "--all", "--host-delay-ms", "0");
    assertThat(fetch.err()).contains("  source refused: " + url + " \u2014 ").doesNotContain("source failed");
    assertThat(run("sources", "list").out()).contains("refused");
  }

  @Test
  void exportSaysOnStderrThatTheDemoSourcesAreLeftOut() {
    // An export of the demo's folder was an empty OPML without a word of why.
    try (Workspace ws = Workspace.forIngest(newsdesk.config.DataDir.resolve(dir.resolve("data"), java.util.Map.of()).create(), true, java.time.Clock.systemUTC())) {
      ws.store().addSource("http://127.0.0.1:9/feeds/world.xml", "demo", null, "Demo world");
      ws.store().addSource("https://example.org/feed.xml", "feed", null, "Example");
    }
    CliRun export = run("sources", "export");
    assertThat(export.exit()).as(export.err()).isZero();
    assertThat(export.out()).contains("https://example.org/feed.xml").doesNotContain("127.0.0.1");
    assertThat(export.err()).contains("1 demo source left out");
  }
}
