package newsdesk.cli;

import newsdesk.fetch.FetchConfig;
import picocli.CommandLine.Option;

/** The network options of every command that fetches. */
public final class NetworkOptions {
  @Option(names = "--allow-private-network",
      description = {"Allow fetching from loopback, private, link-local and other special addresses.",
          "Off by default: a feed or redirect pointing into your network (server-side request forgery) is refused."})
  boolean allowPrivateNetwork;

  @Option(names = "--host-delay-ms", defaultValue = "1000", paramLabel = "MS",
      description = "Minimum time between two requests to the same host (default: ${DEFAULT-VALUE} ms).")
  long hostDelayMs;

  FetchConfig config() {
    if (hostDelayMs < 0) throw new UserError("--host-delay-ms must not be negative, got " + hostDelayMs);
    FetchConfig defaults = FetchConfig.defaults();
    return defaults.withAllowPrivateNetwork(allowPrivateNetwork)
        .withPoliteness(defaults.maxConcurrentPerHost(), java.time.Duration.ofMillis(hostDelayMs));
  }
}
