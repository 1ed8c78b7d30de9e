package newsdesk.fetch;

import java.net.URI;

/**
 * The private-network rule of a {@link FetchConfig}, for commands that record an address without
 * fetching it (an OPML import, {@code sources add --no-discover}): they refuse what a fetch under
 * the same configuration would refuse, in the same words.
 */
public final class AddressPolicy {
  private final FetchConfig config;
  private final AddressGuard guard;

  public AddressPolicy(FetchConfig config) {
    this(config, AddressGuard.system());
  }

  AddressPolicy(FetchConfig config, AddressGuard guard) {
    this.config = java.util.Objects.requireNonNull(config, "config");
    this.guard = guard;
  }

  /**
   * Throws a {@link FetchException.Kind#BLOCKED_ADDRESS} failure when {@code url}'s host is (or
   * resolves to) a loopback, private or other special address and the configuration does not allow
   * private networks. A host that cannot be resolved now is not refused: the first fetch says why
   * it cannot be read.
   */
  public void check(URI url) throws FetchException {
    if (config.allowPrivateNetwork()) return;
    try {
      guard.check(url);
    } catch (FetchException e) {
      if (e.kind() == FetchException.Kind.BLOCKED_ADDRESS) throw e;
    }
  }
}
