package newsdesk.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Drops the blocks inside the chosen container that are not article text: link lists, the
 * headline, byline and date lines, furniture lines (share prompts, advertisement labels), and
 * short non-paragraph furniture before the first and after the last article paragraph.
 */
final class BlockFilter {
  private static final Pattern TIME_OR_YEAR = Pattern.compile("\\b(1[89]|20)\\d{2}\\b|\\b\\d{1,2}:\\d{2}\\b");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern DIGIT = Pattern.compile("\\d");

  private final BoilerplatePatterns patterns;
  private final ExtractionSettings settings;
  private final ContentSelector selector;

  BlockFilter(BoilerplatePatterns patterns, ExtractionSettings settings, ContentSelector selector) {
    this.patterns = patterns;
    this.settings = settings;
    this.selector = selector;
  }

  List<TextBlock> filter(List<TextBlock> blocks, PageMetadata meta) {
    List<TextBlock> kept = new ArrayList<>(blocks.size());
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (TextBlock b : blocks) {
      // The same long paragraph twice is a layout copy (hidden mobile or print version), not text.
      if (b.weight() >= settings.goodParagraphLength() && !seen.add(b.text())) continue;
      if (selector.isLinkList(b)) continue;
      if (b.weight() <= settings.maxLineLength() * 2 && isHeadline(b, meta)) continue;
      if (b.weight() <= settings.maxLineLength() && isFurnitureLine(b, meta)) continue;
      kept.add(b);
    }
    kept = cutFurnitureTail(kept);
    int first = 0;
    while (first < kept.size() && !selector.isGood(kept.get(first)) && isTrimmable(kept.get(first))) first++;
    int last = kept.size() - 1;
    while (last >= first && !selector.isGood(kept.get(last)) && kept.get(last).kind() == TextBlock.Kind.HEADING) last--;
    return kept.subList(first, last + 1);
  }

  /**
   * Ends the article at the first furniture heading ("Related articles", "About the author") after
   * which less than {@link ExtractionSettings#tailShare} of the article-like text follows.
   */
  private List<TextBlock> cutFurnitureTail(List<TextBlock> blocks) {
    double total = 0;
    for (TextBlock b : blocks) total += selector.goodWeight(b);
    double before = 0;
    for (int i = 0; i < blocks.size(); i++) {
      TextBlock b = blocks.get(i);
      boolean headingLike = b.kind() == TextBlock.Kind.HEADING || (b.weight() <= settings.tailHeadingLength() && !selector.isGood(b));
      if (headingLike && before > 0 && total - before < settings.tailShare() * total
          && patterns.isFurnitureHeading(b.text().strip())) {
        return blocks.subList(0, i);
      }
      before += selector.goodWeight(b);
    }
    return blocks;
  }

  /** The headline, or the {@code <title>} that is the headline plus the site name. */
  private static boolean isHeadline(TextBlock b, PageMetadata meta) {
    String n = normalize(b.text());
    if (n.length() < 10) return false;
    for (String h : meta.headlines()) {
      if (h.equals(n) || (h.startsWith(n) && n.length() * 10 >= h.length() * 7)) return true;
    }
    return false;
  }

  private static boolean isTrimmable(TextBlock b) {
    return b.kind() == TextBlock.Kind.HEADING || b.kind() == TextBlock.Kind.OTHER;
  }

  private boolean isFurnitureLine(TextBlock b, PageMetadata meta) {
    String text = b.text().strip();
    if (patterns.isBoilerplateLine(text)) return true;
    if (b.weight() < settings.bylineLength()) {
      for (String author : meta.authors()) {
        if (author.length() > 3 && text.contains(author)) return true;
      }
    }
    return b.weight() < settings.dateLineLength() && isDateLine(text);
  }

  /** A short line made mostly of a date or time, such as "Updated 5:03 PM ET, Nov 19, 2019". */
  private static boolean isDateLine(String text) {
    if (!TIME_OR_YEAR.matcher(text).find()) return false;
    char end = text.charAt(text.length() - 1);
    if (end == '.' || end == '!' || end == '?' || end == '"' || end == '”') return false;
    var digits = DIGIT.matcher(text);
    int n = 0;
    while (digits.find()) n++;
    return n >= 4;
  }

  static String normalize(String s) {
    return NON_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }
}
