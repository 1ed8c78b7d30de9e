package newsdesk.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import newsdesk.demo.DemoCorpus;
import newsdesk.demo.DemoSite;
import newsdesk.config.IngestLock;
import newsdesk.config.IngestLocks;
import newsdesk.fetch.FetchConfig;
import newsdesk.fetch.HttpFetcher;
import newsdesk.pipeline.IngestReport;
import newsdesk.publish.DigestBuilder;
import newsdesk.publish.TextDigestRenderer;
import newsdesk.store.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The demo: publishes the bundled Wikinews corpus from a local news site, follows its section
 * feeds, ingests everything through the real pipeline, prints the digest, then serves the web UI.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Run the whole pipeline offline on the bundled demo corpus (291 Wikinews articles, CC BY 2.5).",
        "A local news site on 127.0.0.1 publishes it as RSS feeds and article pages; newsdesk subscribes, "
            + "ingests everything, prints the digest of the whole corpus, then serves the web UI until Ctrl-C."},
    footerHeading = HelpText.ENVIRONMENT_HEADING, footer = {HelpText.PASSWORD, HelpText.LOG})
public final class DemoCommand implements Callable<Integer> {
  @Option(names = "--data", paramLabel = "DIR",
      description = "Data folder of the demo (default: " + DemoFolder.DEFAULT + " in the current folder; never $NEWSDESK_DATA"
          + " or newsdesk-data). A folder that holds sources the demo did not add is refused.")
  java.nio.file.Path data;
  @Mixin ServeOptions serve;
  // Applies to the sources readers add on the web page, as under serve and run; the demo's own
  // site on loopback is read by a fetcher of its own.
  @Mixin NetworkOptions network;
  @Mixin DiscoveryOptions discovery;

  @Option(names = "--no-serve", description = "Print the digest and exit instead of serving the web UI.")
  boolean noServe;

  private final IngestLocks ingestLocks;
  private final Clock clock;

  /** {@code ingestLocks}: this process's; on the system clock. */
  public DemoCommand(IngestLocks ingestLocks) {
    this(ingestLocks, Clock.systemUTC());
  }

  /** {@code ingestLocks}: this process's; {@code clock}: what the store, the pipeline and the schedule read. */
  public DemoCommand(IngestLocks ingestLocks, Clock clock) {
    this.ingestLocks = ingestLocks;
    this.clock = java.util.Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Integer call() throws InterruptedException {
    serve.validate();
    // Before the ingest, so that a busy port is reported at once rather than after the whole digest.
    if (!noServe) serve.checkCanListen();
    // Before anything starts, so that a reader's own data folder is refused at once.
    newsdesk.config.DataDir dir = DemoFolder.resolve(data);
    DemoCorpus corpus = DemoCorpus.load();
    StopSignal stop = StopSignal.onShutdown();
    try (stop; DemoSite site = DemoSite.start(corpus, 0);
        Workspace ws = Workspace.forIngest(dir, !noServe, clock);
        // The demo site is on loopback, so the private-network guard is lifted for it (for this
        // fetcher only: the web UI follows the sources readers add under the usual rule).
        HttpFetcher fetcher = Workspace.fetcher(FetchConfig.defaults().withAllowPrivateNetwork(true)
            .withMirrors(Map.of(DemoCorpus.ORIGIN, site.baseUrl().toString())))) {
      System.err.println("Demo site (Wikinews mirror) at " + site.baseUrl() + "; demo data folder "
          + ws.dir().root().toAbsolutePath());
      List<Source> sources = new ArrayList<>();
      for (DemoCorpus.Section section : corpus.sections()) {
        sources.add(ws.store().addSource(site.feedUrl(section.slug()).toString(), "demo",
            "demo:wikinews:" + section.slug(), "Wikinews \u2014 " + section.title()));
      }
      long start = System.nanoTime();
      IngestReport report;
      try (IngestLock ingest = ingestLocks.tryAcquire(ws.dir()).orElseThrow(() -> new UserError(
          "another newsdesk process (run, or a fetch) is fetching into " + ws.dir().root() + "; try again when it is done"))) {
        report = ws.pipeline(fetcher, TerminalProgress.forStderr()).ingest(sources, stop::stopRequested);
      }
      IngestSummary.print(report, Duration.ofNanos(System.nanoTime() - start), System.err);
      var stories = new DigestBuilder(ws.store()).digest(Instant.EPOCH, null, Integer.MAX_VALUE);
      System.out.print(new TextDigestRenderer().render(stories));
      System.out.flush();
      System.err.println(Plural.count(stories.size(), "story", "stories") + " from " + Plural.count(ws.store().articleCount(), "article") + ". " + DemoCorpus.ATTRIBUTION);
      // The demo ingests once, then only serves: the pages say how to read a source added later.
      if (!noServe) ServeCommand.serveUntilStopped(ws, serve, ServeCommand.readerSources(network, discovery), false, stop);
    }
    return stop.exitStatus();
  }
}
