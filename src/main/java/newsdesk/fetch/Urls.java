package newsdesk.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Resolution of the URLs found in feeds (RFC 3986, forgiving about the spaces and stray characters
 * of real feeds) and the scheme allow-list that keeps {@code javascript:} and the like out.
 */
public final class Urls {
  /** Schemes a link may use; anything else (javascript:, data:, vbscript:...) is dropped. */
  private static final Set<String> SAFE_SCHEMES = Set.of(
      "file", "ftp", "gopher", "h323", "hdl", "http", "https", "imap", "magnet", "mailto", "mms", "news",
      "nntp", "prospero", "rsync", "rtsp", "rtspu", "sftp", "shttp", "sip", "sips", "snews", "svn", "svn+ssh",
      "telnet", "wais", "aim", "callto", "cvs", "facetime", "feed", "git", "gtalk", "irc", "ircs", "irc6", "itms",
      "msnim", "skype", "ssh", "smb", "ymsg", "tel", "sms", "xmpp", "webcal");

  private Urls() {}

  /** {@code ref} resolved against {@code base} (either may be null); {@code ref} itself when it cannot be. */
  public static String resolve(URI base, String ref) {
    if (ref == null) return null;
    String r = ref.strip();
    if (base == null) return r;
    URI resolved = resolveUri(base, r);
    return resolved == null ? r : resolved.toString();
  }

  /** Like {@link #resolve} but returns "" for a URL whose scheme is not on the allow-list. */
  public static String resolveSafe(URI base, String ref) {
    String url = resolve(base, ref);
    if (url == null) return null;
    String scheme = scheme(url);
    if (scheme == null) return base == null || scheme(base.toString()) == null || isSafeScheme(base.getScheme()) ? url : "";
    return isSafeScheme(scheme) ? url : "";
  }

  /**
   * Whether {@code url}, a resolved link, may be kept: a relative link (no scheme) or one whose
   * scheme is on the allow-list. False for null and for {@code javascript:}, {@code data:} and the like.
   */
  public static boolean isSafeLink(String url) {
    if (url == null) return false;
    String scheme = scheme(url);
    return scheme == null || isSafeScheme(scheme);
  }

  public static boolean isSafeScheme(String scheme) {
    return scheme != null && SAFE_SCHEMES.contains(scheme.toLowerCase(Locale.ROOT));
  }

  /** The scheme of {@code url} (ignoring control characters and spaces browsers ignore), or null. */
  public static String scheme(String url) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c <= ' ') continue;
      if (c == ':') return sb.isEmpty() ? null : sb.toString();
      if (Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.') sb.append(c);
      else return null;
    }
    return null;
  }

  /**
   * {@code ref} resolved against {@code base} as a URI; a relative {@code ref} when base is null;
   * null when {@code ref} is not a URI even after escaping (callers keep the text or the old base).
   */
  public static URI resolveUri(URI base, String ref) {
    URI r = parse(ref);
    if (r == null) return null;
    if (base == null || r.isAbsolute() || base.isOpaque()) return r;
    if (ref.isEmpty()) return withoutFragment(base);
    if (ref.startsWith("#")) return parse(withoutFragment(base) + ref);
    URI b = base;
    if (b.getRawAuthority() != null && (b.getRawPath() == null || b.getRawPath().isEmpty())) {
      b = parse(b.getScheme() + "://" + b.getRawAuthority() + "/" + (b.getRawQuery() == null ? "" : "?" + b.getRawQuery()));
      if (b == null) return r;
    }
    if (ref.startsWith("?")) {
      String s = b.toString();
      int cut = indexOfAny(s, "?#");
      return parse((cut < 0 ? s : s.substring(0, cut)) + ref);
    }
    try {
      return b.resolve(r);
    } catch (IllegalArgumentException e) {
      return r;
    }
  }

  private static URI withoutFragment(URI u) {
    String s = u.toString();
    int hash = s.indexOf('#');
    return hash < 0 ? u : parse(s.substring(0, hash));
  }

  private static int indexOfAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) if (chars.indexOf(s.charAt(i)) >= 0) return i;
    return -1;
  }

  /** Parses a URI, percent-encoding the characters real feeds leave raw; null when hopeless. */
  public static URI parse(String s) {
    try {
      return new URI(s);
    } catch (URISyntaxException e) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
        int c = s.codePointAt(i);
        if (c <= ' ' || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`' || c == '{'
            || c == '|' || c == '}' || c >= 0x7f) {
          // Whole code points: a character outside the Basic Multilingual Plane is two chars, and
          // either alone encodes as '?'.
          for (byte b : Character.toString(c).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            sb.append('%').append(String.format("%02X", b & 0xff));
          }
        } else if (c == '%' && !(i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2)))) {
          sb.append("%25");
        } else {
          sb.appendCodePoint(c);
        }
      }
      try {
        return new URI(sb.toString());
      } catch (URISyntaxException e2) {
        return null;
      }
    }
  }

  private static boolean isHex(char c) {
    return Character.digit(c, 16) >= 0;
  }
}
