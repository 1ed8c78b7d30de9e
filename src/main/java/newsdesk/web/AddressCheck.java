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
 * 500, although the mistake is the caller's. An escaped control character ({@code %00} to
 * {@code %1F} but tab, newline and carriage return, the rule of {@code newsdesk.text.CleanText}) is
 * refused too: no form makes one, and echoed into a page (the search box, the title, a saved
 * search's name) it is a character no HTML page or XML feed may carry.
 */
final class AddressCheck {
  private AddressCheck() {}

  /** Throws a 400 {@link HttpProblem} naming the part of the address that cannot be read. */
  static void check(String rawPath, String rawQuery) {
    String path = rawPath == null ? null : problem(rawPath);
    if (path != null) throw HttpProblem.badRequest("the address's path cannot be read: " + rawPath + " has " + path);
    String query = rawQuery == null ? null : problem(rawQuery.replace('+', ' '));
    if (query != null) {
      throw HttpProblem.badRequest("the query string cannot be read: it has " + query
          + (query.startsWith("a malformed") ? " (write % as %25)" : ""));
    }
  }

  /** What is wrong with {@code raw} ("a malformed % escape", "a control character (%01)"), or null. */
  private static String problem(String raw) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    String control = null;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c != '%') {
        byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(b, 0, b.length);
        continue;
      }
      if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0 || Character.digit(raw.charAt(i + 2), 16) < 0) {
        return "a malformed % escape";
      }
      int b = Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16);
      if (control == null && b < 0x20 && b != '\t' && b != '\n' && b != '\r') control = raw.substring(i, i + 3).toUpperCase(java.util.Locale.ROOT);
      bytes.write(b);
      i += 2;
    }
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()));
    } catch (CharacterCodingException e) {
      return "a malformed % escape";
    }
    return control == null ? null : "a control character (" + control + ")";
  }
}
