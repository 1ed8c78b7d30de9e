package newsdesk.summarize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans an article title for a headline: white space is collapsed, labels that match a prefix
 * pattern ("BREAKING:") are cut from its start, and, in up to two rounds, the part after the last
 * separator (" - ", " | ", " — ", not ":") is cut when it is the article's outlet or looks like a
 * site name of at most {@link HeadlineLimits#maxSuffixWords} words (every word capitalised, or a
 * domain such as "example.com"); else the part before the first separator when it is the outlet.
 * Thread-safe: no mutable state.
 */
final class TitleCleaner {
  private static final Pattern SEPARATOR = Pattern.compile("\\s+[-|–—:·]{1,2}\\s+");

  private final List<Pattern> prefixes;
  /** A site name written as a domain ("example.com"). */
  private final Pattern domainName;
  private final HeadlineLimits limits;

  /**
   * @param prefixes   labels cut from the start of a title
   * @param domainName a site name written as a domain, matched against a whole title part
   * @param limits     {@link HeadlineLimits#maxSuffixWords} bounds a site name's length
   */
  TitleCleaner(List<Pattern> prefixes, Pattern domainName, HeadlineLimits limits) {
    this.prefixes = List.copyOf(prefixes);
    this.domainName = Objects.requireNonNull(domainName, "domainName");
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /** {@code title} (null: empty) without labels and site suffixes; {@code outlet} may be null. */
  String clean(String title, String outlet) {
    String t = title == null ? "" : title.strip().replaceAll("\\s+", " ");
    for (Pattern p : prefixes) {
      Matcher m = p.matcher(t);
      if (m.lookingAt()) t = t.substring(m.end()).strip();
    }
    for (int round = 0; round < 2; round++) {
      List<int[]> seps = separators(t);
      if (seps.isEmpty()) break;
      int[] last = seps.get(seps.size() - 1);
      String tail = t.substring(last[1]).strip();
      int[] first = seps.get(0);
      String head = t.substring(0, first[0]).strip();
      if (isOutlet(tail, outlet) || (HeadlineShortener.words(tail).length <= limits.maxSuffixWords() && looksLikeName(tail))) {
        t = t.substring(0, last[0]).strip();
      } else if (isOutlet(head, outlet)) {
        t = t.substring(first[1]).strip();
      } else {
        break;
      }
    }
    return t;
  }

  private static boolean isOutlet(String segment, String outlet) {
    if (outlet == null || outlet.isBlank()) return false;
    return squash(segment).equals(squash(outlet));
  }

  private static String squash(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  /** A site name: every word capitalised or a domain such as "example.com". */
  private boolean looksLikeName(String segment) {
    if (domainName.matcher(segment).matches()) return true;
    for (String w : HeadlineShortener.words(segment)) {
      if (!Character.isUpperCase(w.charAt(0)) && !Character.isDigit(w.charAt(0))) return false;
    }
    return true;
  }

  private static List<int[]> separators(String t) {
    List<int[]> out = new ArrayList<>();
    Matcher m = SEPARATOR.matcher(t);
    while (m.find()) {
      if (!m.group().contains(":")) out.add(new int[] {m.start(), m.end()});
    }
    return out;
  }
}
