package newsdesk.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import newsdesk.fetch.HttpFetcher;
import newsdesk.web.WebOptions;
import newsdesk.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Serves the web UI over what is stored. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the web UI (digest, stories, search) until Ctrl-C.")
public final class ServeCommand implements Callable<Integer> {
  @Mixin DataOption data;
  @Mixin ServeOptions serve;
  @Mixin NetworkOptions network;

  @Override
  public Integer call() throws InterruptedException {
    serve.validate();
    serve.checkCanListen();
    try (Workspace ws = Workspace.open(data.dataDir()); HttpFetcher fetcher = Workspace.fetcher(network.config())) {
      serveUntilStopped(ws, serve, fetcher);
    }
    return 0;
  }

  /**
   * Starts the web server, prints its address, and blocks until the process is stopped. Sources
   * that readers add are discovered through {@code fetcher}.
   */
  static void serveUntilStopped(Workspace ws, ServeOptions options, HttpFetcher fetcher) throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    WebOptions webOptions = options.webOptions(fetcher);
    try (WebServer web = new WebServer(ws.store(), ws.index(), webOptions, System.err)) {
      int port;
      try {
        port = web.start(options.bind, options.port);
      } catch (newsdesk.web.CannotListenException e) {
        throw ServeOptions.userError(e); // taken between the check and the start
      }
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
      String host = options.bind.contains(":") ? "[" + options.bind + "]" : options.bind;
      System.out.println("Serving at http://" + host + ":" + port + "/"
          + (options.baseUrl == null ? "" : " (public address " + webOptions.baseUrl() + "/)"));
      System.out.flush();
      stopped.await();
    }
  }
}
