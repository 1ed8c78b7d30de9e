package newsdesk.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Finds the article among a page's text blocks: the container whose blocks best separate article
 * text from page furniture, then the blocks inside it that read as article text.
 *
 * <p>The method combines text-density block classification (Kohlschütter et al., "Boilerplate
 * detection using shallow text features", WSDM 2010: length and link density of each block) with
 * the container search of Readability (block scores propagated to ancestors) and the class/id and
 * semantic-tag pruning of trafilatura. A block is <em>good</em> when it is long
 * ({@link ExtractionSettings#goodBlockLength}) and mostly unlinked, <em>bad</em> when most of its
 * text is in links ({@link ExtractionSettings#badLinkDensity}), <em>neutral</em> otherwise. A
 * container scores the weight of its good blocks minus {@link ExtractionSettings#linkPenalty} times
 * its bad text and {@link ExtractionSettings#neutralPenalty} times its neutral text: the maximum is
 * the tightest element that still holds the article's paragraphs. Elements marked as furniture by
 * tag or class/id words are left out, unless they hold more than
 * {@link ExtractionSettings#guardShare} of the page's good text.
 */
final class ContentSelector {
  private static final byte NONE = 0;
  private static final byte WEAK = 1;
  private static final byte STRONG = 2;
  /** A hidden element: weak furniture, ignored with the weak class words when they remove too much. */
  private static final byte HIDDEN = 3;

  private final BoilerplatePatterns patterns;
  private final ExtractionSettings settings;

  ContentSelector(BoilerplatePatterns patterns, ExtractionSettings settings) {
    this.patterns = patterns;
    this.settings = settings;
  }

  /** The article container and its blocks, in page order. */
  record Selection(Element container, List<TextBlock> blocks) {
    static final Selection NONE = new Selection(null, List.of());
  }

  Selection select(Layout layout) {
    return select(layout, BodyHint.NONE);
  }

  /**
   * The blocks of the article, in page order (empty when none stands out), steered by the article
   * text the page states in its metadata: blocks that text covers count as article text,
   * good-looking blocks it does not cover as neutral.
   */
  Selection select(Layout layout, BodyHint hint) {
    List<TextBlock> blocks = layout.blocks();
    if (blocks.isEmpty()) return Selection.NONE;
    int n = layout.size();
    int[] parent = layout.parents();
    boolean[] excluded = new boolean[n];
    boolean[] positive = new boolean[n];
    List<TextBlock> kept = withoutFurniture(layout, excluded, positive);
    double[] score = new double[n];
    for (TextBlock b : kept) score[b.ownerId()] += hinted(b, contribution(b), hint);
    for (int i = n - 1; i > 0; i--) score[parent[i]] += score[i];
    int[] depth = new int[n];
    for (int i = 1; i < n; i++) depth[i] = depth[parent[i]] + 1;
    int best = -1;
    double bestScore = 0;
    double maxBonus = Math.max(1, Math.max(settings.positiveBonus(), settings.articleBodyBonus()));
    // Deterministic: document order, ties to the deeper element.
    for (int i = 0; i < n; i++) {
      if (excluded[i] || score[i] <= 0 || score[i] * maxBonus < bestScore - 1e-9) continue;
      double s = score[i] * bonus(layout.elements().get(i), positive[i]);
      if (s > bestScore + 1e-9 || (best >= 0 && Math.abs(s - bestScore) <= 1e-9 && depth[i] > depth[best])) {
        best = i;
        bestScore = Math.max(s, bestScore);
      }
    }
    if (best < 0) return Selection.NONE;
    int end = best;
    while (end + 1 < n && depth[end + 1] > depth[best]) end++;
    List<TextBlock> inside = new ArrayList<>();
    for (TextBlock b : kept) if (b.ownerId() >= best && b.ownerId() <= end) inside.add(b);
    return new Selection(layout.elements().get(best), inside);
  }

  /** For diagnostics: the blocks left once furniture is removed. */
  List<TextBlock> withoutFurniture(Layout layout) {
    return withoutFurniture(layout, new boolean[layout.size()], new boolean[layout.size()]);
  }

  /** The blocks not inside furniture; marks the excluded elements in {@code excluded}. */
  private List<TextBlock> withoutFurniture(Layout layout, boolean[] excluded, boolean[] positive) {
    int n = layout.size();
    int[] parent = layout.parents();
    double[] good = new double[n];
    int[] goodBlocks = new int[n];
    int[] blockCount = new int[n];
    double totalGood = 0;
    for (TextBlock b : layout.blocks()) {
      double g = goodWeight(b);
      totalGood += g;
      good[b.ownerId()] += g;
      if (g > 0) goodBlocks[b.ownerId()]++;
      blockCount[b.ownerId()]++;
    }
    for (int i = n - 1; i > 0; i--) {
      good[parent[i]] += good[i];
      goodBlocks[parent[i]] += goodBlocks[i];
      blockCount[parent[i]] += blockCount[i];
    }
    byte[] tagMark = new byte[n];
    byte[] wordMark = new byte[n];
    // Pages repeat the same class attributes many times: read each distinct one once.
    Map<String, Integer> classWords = new HashMap<>();
    for (int i = 0; i < n; i++) {
      if (blockCount[i] > 0) markOf(layout.elements().get(i), i, tagMark, wordMark, positive, classWords);
    }
    Guard guard = new Guard(settings.guardShare() * totalGood, settings.strongGuardShare() * totalGood);
    boolean[] strongOnly = new boolean[n];
    exclude(parent, good, goodBlocks, tagMark, wordMark, guard, false, true, strongOnly);
    exclude(parent, good, goodBlocks, tagMark, wordMark, guard, true, true, excluded);
    boolean useWeakWords = true;
    if (keptGood(layout, excluded) < settings.fallbackShare() * keptGood(layout, strongOnly)) {
      // The weak class/id words removed most of the text: on this site they do not mean furniture.
      System.arraycopy(strongOnly, 0, excluded, 0, n);
      useWeakWords = false;
    }
    boolean[] lenient = new boolean[n];
    exclude(parent, good, goodBlocks, tagMark, wordMark, guard, useWeakWords, false, lenient);
    if (hiddenParts(parent, tagMark, goodBlocks) >= settings.guardBlocks()
        && keptGood(layout, excluded) < settings.fallbackShare() * keptGood(layout, lenient)) {
      // Hidden containers held most of the text: frameworks stream whole articles through them.
      System.arraycopy(lenient, 0, excluded, 0, n);
    }
    List<TextBlock> kept = new ArrayList<>(layout.blocks().size());
    for (TextBlock b : layout.blocks()) if (!excluded[b.ownerId()]) kept.add(b);
    return kept;
  }

  /** Outermost hidden elements that hold article-like text: several mean a streamed article. */
  private static int hiddenParts(int[] parent, byte[] tagMark, int[] goodBlocks) {
    boolean[] insideHidden = new boolean[parent.length];
    int parts = 0;
    for (int i = 1; i < parent.length; i++) {
      insideHidden[i] = insideHidden[parent[i]] || tagMark[parent[i]] == HIDDEN;
      if (tagMark[i] == HIDDEN && !insideHidden[i] && goodBlocks[i] > 0) parts++;
    }
    return parts;
  }

  private double keptGood(Layout layout, boolean[] excluded) {
    double sum = 0;
    for (TextBlock b : layout.blocks()) if (!excluded[b.ownerId()]) sum += goodWeight(b);
    return sum;
  }

  /** Marks every element inside furniture, top down (parents come before children). */
  private void exclude(int[] parent, double[] good, int[] goodBlocks, byte[] tagMark, byte[] wordMark,
      Guard guard, boolean useWeakWords, boolean strictHidden, boolean[] out) {
    for (int i = 1; i < parent.length; i++) {
      if (out[parent[i]]) {
        out[i] = true;
        continue;
      }
      if (!strictHidden && tagMark[i] == HIDDEN) {
        // Without weak marks, a hidden element is dropped only when it holds no article-like text.
        out[i] = goodBlocks[i] == 0;
        continue;
      }
      byte mark = tagMark[i] == HIDDEN ? WEAK : tagMark[i];
      if (mark == NONE && (useWeakWords || wordMark[i] == STRONG)) mark = wordMark[i];
      if (mark == NONE) continue;
      if (goodBlocks[i] < settings.guardBlocks()) {
        out[i] = true;
        continue;
      }
      out[i] = good[i] <= (mark == STRONG ? guard.strong() : guard.weak());
    }
  }

  /** Whether the tag (or hiding) and the class/id words of {@code e} mark furniture or article body. */
  private void markOf(Element e, int i, byte[] tagMark, byte[] wordMark, boolean[] positive,
      Map<String, Integer> classWords) {
    String tag = e.normalName();
    boolean furnitureTag = patterns.isFurnitureTag(tag) && !(tag.equals("figure") && holdsContent(e));
    tagMark[i] = furnitureTag ? WEAK : BlockLinearizer.isHidden(e) ? HIDDEN : NONE;
    String classAndId = e.className() + " " + e.id();
    if (classAndId.length() <= 1) return;
    int words = classWords.computeIfAbsent(classAndId, k -> {
      if (patterns.hasPositiveToken(k)) return 4;
      return switch (patterns.furnitureMark(k)) {
        case STRONG -> (int) STRONG;
        case WEAK -> (int) WEAK;
        case NONE -> (int) NONE;
      };
    });
    positive[i] = words == 4;
    if (positive[i] || BlockLinearizer.isInline(tag) || tag.equals("main")
        || "articleBody".equalsIgnoreCase(e.attr("itemprop"))) {
      return;
    }
    wordMark[i] = (byte) words;
  }

  /** Mostly link text: navigation, unless long prose that happens to be richly linked. */
  boolean isLinkList(TextBlock b) {
    double ld = b.linkDensity();
    if (ld <= settings.badLinkDensity()) return false;
    return b.weight() < settings.linkedProseLength() || ld > settings.linkedProseDensity();
  }

  double goodWeight(TextBlock b) {
    if (isLinkList(b)) return 0;
    int min = b.kind() == TextBlock.Kind.PARAGRAPH ? settings.goodParagraphLength() : settings.goodBlockLength();
    return b.weight() >= min ? b.weight() * (1 - b.linkDensity()) : 0;
  }

  boolean isGood(TextBlock b) {
    return goodWeight(b) > 0;
  }

  private double hinted(TextBlock b, double contribution, BodyHint hint) {
    if (hint.isEmpty() || isLinkList(b)) return contribution;
    double coverage = hint.coverage(b.text());
    if (coverage < 0) return contribution;
    if (coverage >= settings.hintCoverage()) return Math.max(contribution, b.weight());
    if (coverage < 1 - settings.hintCoverage()) return -settings.neutralPenalty() * b.weight();
    return contribution;
  }

  double contribution(TextBlock b) {
    double good = goodWeight(b);
    if (good > 0) return good - settings.linkPenalty() * b.linkWeight();
    if (isLinkList(b)) {
      double share = b.kind() == TextBlock.Kind.LIST_ITEM ? settings.linkedItemShare() : 1;
      return -settings.linkPenalty() * share * b.weight();
    }
    // Short table cells are data the article presents more often than furniture.
    if (b.kind() == TextBlock.Kind.CELL) return 0;
    return -settings.neutralPenalty() * b.weight();
  }

  private double bonus(Element e, boolean positiveWords) {
    if ("articleBody".equalsIgnoreCase(e.attr("itemprop"))) return settings.articleBodyBonus();
    return positiveWords ? settings.positiveBonus() : 1.0;
  }

  /** A figure that wraps a table, quote, list or code is content, not a captioned image. */
  private static boolean holdsContent(Element figure) {
    return figure.selectFirst("table, blockquote, pre, ul, ol") != null;
  }

  /** The good text above which a furniture-marked element is kept, for weak and strong marks. */
  private record Guard(double weak, double strong) {}
}
