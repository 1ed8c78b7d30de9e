package newsdesk.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reads an element tree as the sequence of text blocks a browser would lay out: every block-level
 * element (and any unknown element) starts and ends a block, inline elements do not, {@code <br>}
 * is a line break inside a block. Never-content elements and hidden inline elements are skipped (hidden
 * blocks are judged by {@link ContentSelector}: frameworks stream whole articles into hidden containers). The walk
 * is iterative, so that nesting depth costs no stack.
 */
final class BlockLinearizer {
  private static final Set<String> INLINE =
      Set.of(
          "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em",
          "font", "i", "ins", "kbd", "label", "mark", "nobr", "q", "rp", "rt", "ruby", "s", "samp",
          "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr", "br",
          "img", "o:p");

  private final BoilerplatePatterns patterns;
  private final int denseWeight;

  BlockLinearizer(BoilerplatePatterns patterns, int denseWeight) {
    this.patterns = patterns;
    this.denseWeight = denseWeight;
  }

  static boolean isInline(String tag) {
    return INLINE.contains(tag);
  }

  /** The text blocks under {@code root}, with the element tree they hang from. */
  Layout layout(Element root) {
    Walker walker = new Walker();
    NodeTraversor.filter(walker, root);
    walker.flush();
    return new Layout(walker.out, walker.elements, walker.parents.toArray());
  }

  List<TextBlock> blocks(Element root) {
    return layout(root).blocks();
  }

  static boolean isHidden(Element e) {
    if (e.hasAttr("hidden")) return true;
    if ("true".equalsIgnoreCase(e.attr("aria-hidden"))) return true;
    String style = e.attr("style");
    if (style.isEmpty()) return false;
    String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return s.contains("display:none") || s.contains("visibility:hidden");
  }

  private final class Walker implements NodeFilter {
    final List<TextBlock> out = new ArrayList<>();
    final List<Element> elements = new ArrayList<>();
    final IntList parents = new IntList();
    final IntList open = new IntList();
    final IntList owners = new IntList();
    final StringBuilder text = new StringBuilder();
    int weight;
    int linkWeight;
    int linkDepth;
    int quoteDepth;
    boolean pendingSpace;


    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode t) {
        append(t.getWholeText());
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element e)) return FilterResult.SKIP_ENTIRELY;
      String tag = e.normalName();
      if (patterns.isDropTag(tag) || (INLINE.contains(tag) && isHidden(e))) return FilterResult.SKIP_ENTIRELY;
      int id = elements.size();
      elements.add(e);
      parents.add(open.isEmpty() ? -1 : open.last());
      open.add(id);
      if (tag.equals("br")) {
        if (text.length() > 0) text.append('\n');
        pendingSpace = false;
        return FilterResult.CONTINUE;
      }
      if (tag.equals("a")) linkDepth++;
      if (!INLINE.contains(tag) || owners.isEmpty()) {
        flush();
        owners.add(id);
        if (tag.equals("blockquote")) quoteDepth++;
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element e) {
        String tag = e.normalName();
        if (tag.equals("a")) linkDepth--;
        int id = open.removeLast();
        if (!owners.isEmpty() && owners.last() == id) {
          flush();
          owners.removeLast();
          if (tag.equals("blockquote")) quoteDepth--;
        }
      }
      return FilterResult.CONTINUE;
    }

    private void append(String s) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b' || c == '\u2009' || c == '\u202f') {
          pendingSpace = true;
          continue;
        }
        if (pendingSpace && text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
          text.append(' ');
          weight++;
          if (linkDepth > 0) linkWeight++;
        }
        pendingSpace = false;
        text.append(c);
        int w = isDense(c) ? denseWeight : 1;
        weight += w;
        if (linkDepth > 0) linkWeight += w;
      }
    }

    void flush() {
      int end = text.length();
      while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
      if (end > 0 && !owners.isEmpty()) {
        int ownerId = owners.last();
        Element owner = elements.get(ownerId);
        out.add(new TextBlock(owner, ownerId, kindOf(owner), text.substring(0, end), weight, linkWeight));
      }
      text.setLength(0);
      weight = 0;
      linkWeight = 0;
      pendingSpace = false;
    }

    private TextBlock.Kind kindOf(Element owner) {
      if (quoteDepth > 0) return TextBlock.Kind.QUOTE;
      return switch (owner.normalName()) {
        // A loose list (li > p, as Markdown renders it) is still a list.
        case "p" -> owner.parent() != null && owner.parent().normalName().equals("li")
            ? TextBlock.Kind.LIST_ITEM : TextBlock.Kind.PARAGRAPH;
        case "h1", "h2", "h3", "h4", "h5", "h6" -> TextBlock.Kind.HEADING;
        case "li", "dd", "dt" -> TextBlock.Kind.LIST_ITEM;
        case "pre" -> TextBlock.Kind.PREFORMATTED;
        case "td", "th" -> TextBlock.Kind.CELL;
        default -> TextBlock.Kind.OTHER;
      };
    }
  }

  /** A growable int array: the walk keeps ids, not boxed integers. */
  private static final class IntList {
    private int[] values = new int[64];
    private int size;

    void add(int v) {
      if (size == values.length) values = java.util.Arrays.copyOf(values, size * 2);
      values[size++] = v;
    }

    int last() {
      return values[size - 1];
    }

    int removeLast() {
      return values[--size];
    }

    boolean isEmpty() {
      return size == 0;
    }

    int[] toArray() {
      return java.util.Arrays.copyOf(values, size);
    }
  }

  /** CJK ideographs, kana and Hangul carry about a word per character. */
  static boolean isDense(char c) {
    return (c >= '\u3040' && c <= '\u30ff') || (c >= '\u3400' && c <= '\u9fff')
        || (c >= '\uac00' && c <= '\ud7af') || (c >= '\uf900' && c <= '\ufaff');
  }
}
