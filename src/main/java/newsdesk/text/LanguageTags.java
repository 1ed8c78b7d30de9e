package newsdesk.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Language codes as users and other programs see them: BCP 47 tags ({@code en}, {@code de},
 * {@code pt-BR}), whether a page declared the language or the detector found it (OpenNLP reports
 * ISO 639-3 codes: {@code eng}, {@code deu}).
 */
public final class LanguageTags {
  private static final Map<String, String> TWO_LETTER_OF_THREE = twoLetterCodes();

  private LanguageTags() {}

  /** The shortest tag for an ISO 639-3 code ({@code deu} -> {@code de}); null for null or undetermined. */
  public static String fromIso3(String code) {
    if (code == null || code.isBlank() || DetectedLanguage.UNDETERMINED.equals(code)) return null;
    String lower = code.toLowerCase(Locale.ROOT);
    return TWO_LETTER_OF_THREE.getOrDefault(lower, lower);
  }

  /**
   * The ISO 639-3 code the analyzers take for a BCP 47 tag ({@code de-AT} -> {@code deu}); null for
   * null, blank or a tag whose language Java does not know.
   */
  public static String toIso3(String tag) {
    String primary = primary(tag);
    if (primary == null) return null;
    if (primary.length() == 3) return primary;
    try {
      String iso3 = Locale.of(primary).getISO3Language();
      return iso3.isEmpty() ? null : iso3;
    } catch (java.util.MissingResourceException e) {
      return null;
    }
  }

  /** The primary language subtag of a BCP 47 tag ({@code en-US} -> {@code en}), lower case; null for null. */
  public static String primary(String tag) {
    if (tag == null || tag.isBlank()) return null;
    int dash = tag.indexOf('-');
    return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
  }

  /**
   * The language to record for an article: the page's declared tag unless the detector is sure of
   * another language (templates often declare the site's default language on every page); the
   * detected one when the page declares none; null when neither is known.
   *
   * @param declared the page's BCP 47 tag, or null
   * @param detected the detector's ISO 639-3 code, {@code und} when it was unsure, or null
   */
  public static String resolve(String declared, String detected) {
    String found = fromIso3(detected);
    if (declared == null || declared.isBlank()) return found;
    if (found != null && !found.equals(primary(declared))) return found;
    return declared;
  }

  private static Map<String, String> twoLetterCodes() {
    Map<String, String> map = new HashMap<>();
    for (String two : Locale.getISOLanguages()) {
      try {
        map.putIfAbsent(Locale.of(two).getISO3Language(), two);
      } catch (java.util.MissingResourceException e) {
        // a language without a three-letter code keeps no entry
      }
    }
    // OpenNLP reports the bibliographic-free terminology codes; a few differ from Java's (e.g. "zho"/"cmn").
    map.putIfAbsent("cmn", "zh");
    return Map.copyOf(map);
  }
}
