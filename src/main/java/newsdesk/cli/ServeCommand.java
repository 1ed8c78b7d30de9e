package newsdesk.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import newsdesk.fetch.FetchConfig;
import newsdesk.fetch.HttpFetcher;
import newsdesk.web.WebOptions;
import newsdesk.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Serves the web UI over what is stored. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the web UI (digest, stories, search) until Ctrl-C.",
    footerHeading = HelpText.ENVIRONMENT_HEADING, footer = {HelpText.PASSWORD, HelpText.LOG})
public final class ServeCommand implements Callable<Integer> {
  @Mixin DataOption data;
  @Mixin ServeOptions serve;
  @Mixin NetworkOptions network;
  @Mixin DiscoveryOptions discovery;

  private final Clock clock;

  /** On the system clock. */
  public ServeCommand() {
    this(Clock.systemUTC());
  }

  /** {@code clock}: what the store stamps with and the command reads as now. */
  public ServeCommand(Clock clock) {
    this.clock = java.util.Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Integer call() throws InterruptedException {
    serve.validate();
    serve.checkCanListen();
    StopSignal stop = StopSignal.onShutdown();
    try (stop; Workspace ws = Workspace.forIngest(data.servedDataDir("serve"), true, clock)) {
      serveUntilStopped(ws, serve, readerSources(network, discovery), false, stop);
    }
    return stop.exitStatus();
  }

  /** How often the serving process indexes articles that other processes ({@code fetch}) stored. */
  static final java.time.Duration INDEX_CATCH_UP = java.time.Duration.ofSeconds(30);

  /**
   * How the sources readers add (web form, API) are fetched: by the command's own {@code network}
   * and {@code discovery} options, the same in {@code serve}, {@code run} and {@code demo}: loopback
   * and private addresses are refused unless {@code --allow-private-network}, whatever the command
   * itself fetches (the demo's own site is on loopback), and discovery takes the time
   * {@code --discovery-deadline} and {@code --discovery-guess-timeout} give it.
   */
  static FetchConfig readerSources(NetworkOptions network, DiscoveryOptions discovery) {
    return discovery.applyTo(network.config());
  }

  /**
   * Starts the web server, prints its address, and blocks until the process is stopped. Sources
   * that readers add (web form, API) are discovered through a fetcher of {@code readerSources}
   * ({@link #readerSources}). While it serves, it holds the index
   * and indexes every {@link #INDEX_CATCH_UP} what other processes added to the database.
   * {@code polls} says whether this process also fetches the sources ({@code run}), so that the
   * pages tell a reader who adds a source whether it will be read or how to read it. Returns once
   * {@code stop} is raised, with the web server closed and the index catch-up thread ended; the
   * caller closes the workspace and then {@code stop}, so that a shutdown waits for it all.
   */
  static void serveUntilStopped(Workspace ws, ServeOptions options, FetchConfig readerSources, boolean polls,
      StopSignal stop) throws InterruptedException {
    try (HttpFetcher fetcher = Workspace.fetcher(readerSources)) {
      serve(ws, options, options.webOptions(fetcher, ws.clock()).withPolling(polls), stop);
    }
  }

  private static void serve(Workspace ws, ServeOptions options, WebOptions webOptions, StopSignal stop) throws InterruptedException {
    try (WebServer web = new WebServer(ws.store(), ws.index(), webOptions, System.err, stop::fail)) {
      int port;
      try {
        port = web.start(options.bind, options.port);
      } catch (newsdesk.web.CannotListenException e) {
        throw ServeOptions.userError(e); // taken between the check and the start
      }
      String host = options.bind.contains(":") ? "[" + options.bind + "]" : options.bind;
      System.out.println("Serving at http://" + host + ":" + port + "/"
          + (options.baseUrl == null ? "" : " (public address " + webOptions.baseUrl() + "/)"));
      System.out.flush();
      newsdesk.pipeline.IndexSync sync = new newsdesk.pipeline.IndexSync(ws.store(), ws.index());
      newsdesk.config.RepeatedRound catchUp = new newsdesk.config.RepeatedRound("newsdesk: indexing new articles",
          sync::catchUp, System.err, stop::fail);
      Thread indexer = Thread.ofPlatform().daemon().name("index-catch-up")
          .start(() -> catchUp.repeatUntilInterrupted(INDEX_CATCH_UP, true));
      try {
        stop.await();
      } finally {
        // Before the index is closed under it.
        StopSignal.interruptAndJoin(indexer, StopSignal.JOIN_LIMIT);
      }
    }
  }
}
