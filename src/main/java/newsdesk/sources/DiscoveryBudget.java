package newsdesk.sources;

import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import newsdesk.fetch.Deadline;
import newsdesk.fetch.FetchConfig;
import newsdesk.fetch.FetchException;
import newsdesk.fetch.FetchResponse;
import newsdesk.fetch.HttpFetcher;

/**
 * The time one discovery may spend ({@link FetchConfig#discoveryDeadline()}), and what it did not
 * try for want of it. A guessed address gets {@link FetchConfig#guessTimeout()} at most; once one
 * times out, the host is taken to hang on what it does not serve and nothing more is guessed there.
 * Each address not tried is counted under what it was ("common feed paths"...), for the message.
 * One per discovery; not thread-safe.
 */
final class DiscoveryBudget {
  private final HttpFetcher fetcher;
  private final Deadline deadline;
  private final Duration guessTimeout;
  private final Set<String> stoppedHosts = new HashSet<>();
  private final Map<String, Integer> notTried = new LinkedHashMap<>();
  private String why;

  DiscoveryBudget(HttpFetcher fetcher) {
    this.fetcher = fetcher;
    FetchConfig config = fetcher.config();
    this.deadline = Deadline.after(config.discoveryDeadline());
    this.guessTimeout = config.guessTimeout();
  }

  /** Fetches an address discovery was given or found announced, by the deadline. */
  FetchResponse fetch(URI url) throws FetchException {
    return fetcher.get(url, null, null, deadline);
  }

  /**
   * Fetches {@code url}, an address found ({@code guess} false) or guessed, unless the deadline has
   * passed or guessing stopped on its host: then returns null, counting it as {@code what} (singular: "common feed path") not tried.
   */
  FetchResponse tryFetch(URI url, String what, boolean guess) throws FetchException {
    String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
    if (deadline.passed()) {
      if (why == null) why = "discovery stopped at its deadline of " + seconds(deadline.length());
      notTried.merge(what, 1, Integer::sum);
      return null;
    }
    if (guess && stoppedHosts.contains(host)) {
      notTried.merge(what, 1, Integer::sum);
      return null;
    }
    try {
      return fetcher.get(url, null, null, guess ? deadline.orEarlier(Deadline.after(guessTimeout)) : deadline);
    } catch (FetchException e) {
      if (e.kind() == FetchException.Kind.TIMEOUT && guess && stoppedHosts.add(host) && why == null && !deadline.passed()) {
        why = "guessing stopped on " + host + " when " + url + " did not answer within " + seconds(guessTimeout);
      }
      throw e;
    }
  }

  /** What was not tried and why ("not tried: 7 common feed paths, robots.txt (...)"), or null when everything was. */
  String notTried() {
    if (notTried.isEmpty()) return null;
    String list = notTried.entrySet().stream()
        .map(e -> e.getValue() == 1 ? "the " + e.getKey() : e.getValue() + " " + e.getKey() + "s")
        .collect(Collectors.joining(", "));
    return "not tried: " + list + " (" + why + ")";
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }
}
