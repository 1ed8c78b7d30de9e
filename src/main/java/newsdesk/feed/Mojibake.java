package newsdesk.feed;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs UTF-8 text that was decoded as Latin-1 somewhere upstream and then escaped again
 * ({@code &#226;&#128;&#166;} for "…"). Only runs of Latin-1 characters that contain a C1 control
 * character are touched: C1 controls never occur in real text, so such a run that is valid UTF-8
 * when taken as bytes is mojibake. Remaining C1 controls become windows-1252's punctuation.
 */
final class Mojibake {
  private static final Pattern LATIN1_RUN = Pattern.compile("[\\u00C2-\\u00F4][\\u0080-\\u00BF]+(?:[\\u00C2-\\u00F4][\\u0080-\\u00BF]+)*");
  private static final Pattern C1 = Pattern.compile("[\\u0080-\\u009F]");

  private Mojibake() {}

  static String repair(String text) {
    if (!C1.matcher(text).find()) return text;
    Matcher m = LATIN1_RUN.matcher(text);
    StringBuilder sb = new StringBuilder(text.length());
    int last = 0;
    while (m.find()) {
      String run = m.group();
      String fixed = C1.matcher(run).find() ? asUtf8(run) : null;
      sb.append(text, last, m.start()).append(fixed != null ? fixed : run);
      last = m.end();
    }
    sb.append(text, last, text.length());
    return DocumentDecoder.windows1252Controls(sb.toString());
  }

  private static String asUtf8(String latin1) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(latin1.getBytes(StandardCharsets.ISO_8859_1)))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
