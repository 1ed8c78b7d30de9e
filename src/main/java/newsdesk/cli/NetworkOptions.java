package newsdesk.cli;

import newsdesk.fetch.FetchConfig;
import picocli.CommandLine.Option;

/** The network options of every command that fetches. */
public final class NetworkOptions {
  @Option(names = "--allow-private-network",
      description = {"Allow fetching from loopback, private, link-local and other special addresses.",
          "Off by default: a feed or redirect pointing into your network (server-side request forgery) is refused."})
  boolean allowPrivateNetwork;

  FetchConfig config() {
    return FetchConfig.defaults().withAllowPrivateNetwork(allowPrivateNetwork);
  }
}
