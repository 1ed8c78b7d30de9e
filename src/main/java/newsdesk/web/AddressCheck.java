package newsdesk.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Refuses an address whose percent escapes cannot be read ({@code %ZZ}, {@code %u0041}, a lone
 * {@code %}, bytes that are not UTF-8): the framework would otherwise drop such a parameter
 * silently (a search with {@code q=%ZZ} answered "give q or a filter") or fail on the path with a
 * 500, although the mistake is the caller's.
 */
final class AddressCheck {
  private AddressCheck() {}

  /** Throws a 400 {@link HttpProblem} naming the part of the address that cannot be read. */
  static void check(String rawPath, String rawQuery) {
    if (rawPath != null && !readable(rawPath)) throw HttpProblem.badRequest("the address's path cannot be read: " + rawPath + " has a malformed % escape");
    if (rawQuery != null && !readable(rawQuery.replace('+', ' '))) {
      throw HttpProblem.badRequest("the query string cannot be read: it has a malformed % escape (write % as %25)");
    }
  }

  /** Whether every {@code %} starts two hex digits and the escaped bytes are UTF-8. */
  static boolean readable(String raw) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c != '%') {
        byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(b, 0, b.length);
        continue;
      }
      if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0 || Character.digit(raw.charAt(i + 2), 16) < 0) return false;
      bytes.write(Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16));
      i += 2;
    }
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
