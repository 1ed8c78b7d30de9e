package newsdesk.fetch;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The target of a redirect, as servers write their {@code Location} header rather than as RFC 3986
 * says: with raw spaces and characters such as {@code |} (escaped as the feed code escapes the
 * links of real feeds, {@link Urls#resolveUri}), and with raw UTF-8, which the JDK's HTTP client
 * hands over decoded as ISO-8859-1 ({@code /wiki/Café} arrives as {@code /wiki/CafÃ©}): such a
 * header is decoded again as UTF-8 when its bytes are UTF-8, and its non-ASCII characters are
 * percent-encoded as UTF-8, as browsers do.
 */
final class RedirectLocation {
  private RedirectLocation() {}

  /** {@code location} resolved against {@code base}; null when it is no URI even after escaping. */
  static URI resolve(URI base, String location) {
    URI resolved = Urls.resolveUri(base, asUtf8(location.strip()));
    return resolved == null ? null : URI.create(resolved.toASCIIString());
  }

  /**
   * {@code header} read again as UTF-8 when it is a header value decoded as ISO-8859-1 whose bytes
   * are valid UTF-8 with at least one non-ASCII character; else {@code header} as it is (a real
   * ISO-8859-1 {@code é} is one byte, never valid UTF-8 on its own).
   */
  static String asUtf8(String header) {
    boolean nonAscii = false;
    byte[] bytes = new byte[header.length()];
    for (int i = 0; i < header.length(); i++) {
      char c = header.charAt(i);
      if (c > 0xff) return header; // not a Latin-1 decoding of bytes
      nonAscii |= c > 0x7f;
      bytes[i] = (byte) c;
    }
    if (!nonAscii) return header;
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return header;
    }
  }
}
