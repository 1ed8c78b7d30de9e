package newsdesk.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The boilerplate knowledge the extractor uses, read from a resource file so that it can be
 * reviewed and extended as data: class/id words of page furniture and of article bodies, tags to
 * drop, and short lines that are furniture in any layout. See {@code boilerplate.txt}.
 */
public final class BoilerplatePatterns {
  private static final int MAX_ROLE_WORDS = 4;
  private static final String DEFAULT_RESOURCE = "/newsdesk/extract/boilerplate.txt";

  private final Set<String> negativeTokens;
  private final Set<String> strongNegativeTokens;
  private final Set<String> positiveTokens;
  private final Set<String> modifierTokens;
  private final Set<String> dropTags;
  private final Set<String> furnitureTags;
  private final Pattern boilerplateLine;
  private final Pattern furnitureHeading;

  private BoilerplatePatterns(Map<String, List<String>> sections) {
    this.negativeTokens = Set.copyOf(sections.getOrDefault("negative-tokens", List.of()));
    this.strongNegativeTokens = Set.copyOf(sections.getOrDefault("strong-negative-tokens", List.of()));
    this.modifierTokens = Set.copyOf(sections.getOrDefault("modifier-tokens", List.of()));
    this.positiveTokens = Set.copyOf(sections.getOrDefault("positive-tokens", List.of()));
    this.dropTags = Set.copyOf(sections.getOrDefault("drop-tags", List.of()));
    this.furnitureTags = Set.copyOf(sections.getOrDefault("furniture-tags", List.of()));
    this.boilerplateLine = anyOf(sections.getOrDefault("boilerplate-lines", List.of()));
    this.furnitureHeading = anyOf(sections.getOrDefault("furniture-headings", List.of()));
  }

  private static Pattern anyOf(List<String> regexes) {
    return Pattern.compile(
        regexes.isEmpty() ? "(?!)" : "(?:" + String.join(")|(?:", regexes) + ")",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** The patterns shipped with newsdesk. */
  public static BoilerplatePatterns defaults() {
    return new BoilerplatePatterns(SectionedList.resource(DEFAULT_RESOURCE));
  }

  /** Reads patterns in the {@code boilerplate.txt} format. */
  public static BoilerplatePatterns parse(InputStream in) throws IOException {
    Map<String, List<String>> sections = SectionedList.parse(in);
    return new BoilerplatePatterns(sections);
  }

  boolean isDropTag(String tag) {
    return dropTags.contains(tag);
  }

  boolean isFurnitureTag(String tag) {
    return furnitureTags.contains(tag);
  }

  /** How strongly the class/id words of {@code classAndId} name page furniture. */
  Mark furnitureMark(String classAndId) {
    Mark mark = Mark.NONE;
    for (String className : classAndId.split("\\s+")) {
      List<String> words = tokens(className);
      // State/taxonomy classes, and long slugs made from a heading, do not name a role.
      if (words.isEmpty() || words.size() > MAX_ROLE_WORDS || modifierTokens.contains(words.get(0))) continue;
      for (String token : words) {
        if (strongNegativeTokens.contains(token)) return Mark.STRONG;
        if (negativeTokens.contains(token)) mark = Mark.WEAK;
      }
    }
    return mark;
  }

  /** True when a class/id word of {@code classAndId} names page furniture. */
  boolean hasNegativeToken(String classAndId) {
    return furnitureMark(classAndId) != Mark.NONE;
  }

  /** Whether class/id words mark furniture, and how surely. */
  enum Mark { NONE, WEAK, STRONG }

  /** True when the joined class/id words of {@code classAndId} name an article body. */
  boolean hasPositiveToken(String classAndId) {
    List<String> tokens = tokens(classAndId);
    for (int i = 0; i < tokens.size(); i++) {
      if (positiveTokens.contains(tokens.get(i))) return true;
      if (i + 1 < tokens.size() && positiveTokens.contains(tokens.get(i) + tokens.get(i + 1))) return true;
    }
    return false;
  }

  /** True when {@code text} is a heading that opens a furniture section (related links, comments). */
  boolean isFurnitureHeading(String text) {
    return furnitureHeading.matcher(text).matches();
  }

  /** True when the whole of a short block {@code text} is a known furniture line. */
  boolean isBoilerplateLine(String text) {
    return boilerplateLine.matcher(text).matches();
  }

  /**
   * Splits class/id values into lower-case words at non-alphanumerics and camelCase humps. Parts
   * that mix letters and digits ({@code b5343ad4}, {@code h2}) are generated names, not words, and
   * are skipped.
   */
  static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(s.charAt(i))) i++;
      int start = i;
      boolean digit = false;
      while (i < n && Character.isLetterOrDigit(s.charAt(i))) {
        if (Character.isDigit(s.charAt(i))) digit = true;
        i++;
      }
      if (start == i || digit) continue;
      int from = start;
      for (int j = start + 1; j < i; j++) {
        if (Character.isUpperCase(s.charAt(j)) && Character.isLowerCase(s.charAt(j - 1))) {
          out.add(s.substring(from, j).toLowerCase(Locale.ROOT));
          from = j;
        }
      }
      out.add(s.substring(from, i).toLowerCase(Locale.ROOT));
    }
    return out;
  }
}
