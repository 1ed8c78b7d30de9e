package newsdesk.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;

/**
 * The server-side request forgery guard: refuses hosts that resolve to addresses a public feed
 * has no business on. Every address of the DNS answer must be public, so a name that answers
 * with one public and one private address is refused too.
 *
 * <p>Special ranges refused (IANA special-purpose registries, RFC 6890): IPv4 0/8, 10/8,
 * 100.64/10, 127/8, 169.254/16, 172.16/12, 192.0.0/24, 192.0.2/24, 192.88.99/24, 192.168/16,
 * 198.18/15, 198.51.100/24, 203.0.113/24, 224/4 and 240/4; IPv6 ::, ::1, fc00::/7, fe80::/10,
 * fec0::/10, ff00::/8, 2001:db8::/32, 100::/64, and the IPv4 embedded in ::ffff:0:0/96,
 * 64:ff9b::/96, 2002::/16 and IPv4-compatible addresses is checked as IPv4.
 *
 * <p>The JDK caches a positive DNS answer (30 s by default), so the connection the HTTP client
 * opens right after the check uses the same answer; a rebinding attacker would need a lookup to
 * expire in between. The checked address is not pinned for the connection: see "Private-network
 * guard and its limit" in docs/ARCHITECTURE.md for why and what a fix would take.
 */
final class AddressGuard {
  /** Resolves a host name; a seam for tests. */
  interface Resolver {
    List<InetAddress> resolve(String host) throws UnknownHostException;
  }

  /** Why an address is refused and how to allow it, in the words of every command and the web UI. */
  static final String REFUSAL = "a loopback, private or other special address "
      + "(only public addresses are followed unless newsdesk was started with --allow-private-network)";

  private final Resolver resolver;

  AddressGuard(Resolver resolver) {
    this.resolver = resolver;
  }

  static AddressGuard system() {
    return new AddressGuard(host -> List.of(InetAddress.getAllByName(host)));
  }

  /** Throws unless every address {@code url}'s host resolves to is public. */
  void check(URI url) throws FetchException {
    String host = url.getHost();
    if (host == null) throw new FetchException(url, 0, FetchException.Kind.BAD_URL, "no host", null, null);
    if (host.startsWith("[") && host.endsWith("]")) host = host.substring(1, host.length() - 1);
    List<InetAddress> addresses;
    try {
      addresses = resolver.resolve(host);
    } catch (UnknownHostException e) {
      throw new FetchException(url, 0, FetchException.Kind.NETWORK, "cannot resolve host " + host, null, e);
    }
    for (InetAddress a : addresses) {
      if (isSpecial(a)) {
        // An address literal (IPv6 ones contain ':') is the address itself.
        String what = host.equals(a.getHostAddress()) || host.contains(":") ? host + " is"
            : host + " resolves to " + a.getHostAddress() + ",";
        throw new FetchException(url, 0, FetchException.Kind.BLOCKED_ADDRESS, what + " " + REFUSAL, null, null);
      }
    }
  }

  static boolean isSpecial(InetAddress a) {
    if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
        || a.isMulticastAddress()) {
      return true;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet4Address) return isSpecialV4(b);
    if (a instanceof Inet6Address) return isSpecialV6(b);
    return true;
  }

  private static boolean isSpecialV4(byte[] b) {
    int o0 = b[0] & 0xff;
    int o1 = b[1] & 0xff;
    int o2 = b[2] & 0xff;
    return o0 == 0 || o0 == 10 || o0 == 127 || o0 >= 224
        || (o0 == 100 && o1 >= 64 && o1 <= 127)
        || (o0 == 169 && o1 == 254)
        || (o0 == 172 && o1 >= 16 && o1 <= 31)
        || (o0 == 192 && o1 == 0 && (o2 == 0 || o2 == 2))
        || (o0 == 192 && o1 == 88 && o2 == 99)
        || (o0 == 192 && o1 == 168)
        || (o0 == 198 && (o1 == 18 || o1 == 19))
        || (o0 == 198 && o1 == 51 && o2 == 100)
        || (o0 == 203 && o1 == 0 && o2 == 113);
  }

  private static boolean isSpecialV6(byte[] b) {
    int first = b[0] & 0xff;
    if ((first & 0xfe) == 0xfc) return true; // fc00::/7 unique local
    if (first == 0xfe && (b[1] & 0xc0) == 0xc0) return true; // fec0::/10 old site-local
    if (first == 0x20 && b[1] == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) return true; // 2001:db8::/32
    if (first == 0x01 && allZero(b, 1, 8)) return true; // 100::/64 discard
    if (first == 0x20 && b[1] == 0x02) return isSpecialV4(new byte[] {b[2], b[3], b[4], b[5]}); // 6to4
    boolean mapped = allZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    boolean compatible = allZero(b, 0, 12);
    boolean nat64 = (b[0] & 0xff) == 0 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b
        && allZero(b, 4, 12);
    if (mapped || compatible || nat64) return isSpecialV4(new byte[] {b[12], b[13], b[14], b[15]});
    return false;
  }

  private static boolean allZero(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) if (b[i] != 0) return false;
    return true;
  }
}
