package newsdesk.dedup;

import crawlercommons.domains.EffectiveTldFinder;
import java.util.regex.Pattern;

/**
 * The registrable domain (eTLD+1) of a host by the public suffix list: what tells one site from
 * another when addresses are folded or a declared canonical is trusted. Stateless.
 */
final class RegistrableDomains {
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  private RegistrableDomains() {}

  /**
   * The registrable domain (eTLD+1) of a lower-case host by the public suffix list; for a suffix
   * the list does not know, its last two labels (the list's default rule "*"); an IP address or a
   * single-label host is its own domain; null for an empty host.
   */
  static String of(String host) {
    if (host.isEmpty()) return null;
    if (host.startsWith("[") || IPV4.matcher(host).matches()) return host;
    String domain = EffectiveTldFinder.getAssignedDomain(host, true, false);
    if (domain != null) return domain;
    int last = host.lastIndexOf('.');
    if (last < 0) return host;
    int previous = host.lastIndexOf('.', last - 1);
    return previous < 0 ? host : host.substring(previous + 1);
  }
}
