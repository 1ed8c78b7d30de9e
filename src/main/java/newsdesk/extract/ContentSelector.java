package newsdesk.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
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

  /** The blocks of the article, in page order; empty when none stands out. */
  Selection select(List<TextBlock> blocks, Element root) {
    return select(blocks, root, BodyHint.NONE);
  }

  /**
   * As {@link #select(List, Element)}, steered by the article text the page states in its
   * metadata: blocks that text covers count as article text, good-looking blocks it does not
   * cover count as neutral.
   */
  Selection select(List<TextBlock> blocks, Element root, BodyHint hint) {
    if (blocks.isEmpty()) return Selection.NONE;
    Map<Element, Stats> stats = new IdentityHashMap<>();
    List<Stats> order = new ArrayList<>();
    List<TextBlock> kept = withoutFurniture(blocks, root, stats, order);
    Element best = null;
    double bestScore = 0;
    int bestDepth = -1;
    for (TextBlock b : kept) {
      double contribution = hinted(b, contribution(b), hint);
      for (Element e = b.owner(); e != null; e = e == root ? null : e.parent()) {
        stats.get(e).score += contribution;
      }
    }
    // Deterministic: elements in the order first met, ties to the deeper one.
    for (Stats st : order) {
      Element e = st.element;
      if (st.excluded) continue;
      double score = st.score * bonus(e);
      int depth = depthOf(e, root);
      if (score > bestScore + 1e-9 || (Math.abs(score - bestScore) <= 1e-9 && depth > bestDepth && best != null)) {
        best = e;
        bestScore = score;
        bestDepth = depth;
      }
    }
    if (best == null) return Selection.NONE;
    List<TextBlock> inside = new ArrayList<>();
    for (TextBlock b : kept) if (isWithin(b.owner(), best, root)) inside.add(b);
    return new Selection(best, inside);
  }

  /** {@code blocks} without those inside furniture; fills the per-element statistics. */
  private List<TextBlock> withoutFurniture(
      List<TextBlock> blocks, Element root, Map<Element, Stats> stats, List<Stats> order) {
    double totalGood = 0;
    for (TextBlock b : blocks) {
      double good = goodWeight(b);
      totalGood += good;
      for (Element e = b.owner(); e != null; e = e == root ? null : e.parent()) {
        Stats s = stats.get(e);
        if (s == null) {
          s = new Stats(e);
          stats.put(e, s);
          order.add(s);
        }
        s.good += good;
        if (good > 0) s.goodBlocks++;
      }
    }
    Guard guard = new Guard(settings.guardShare() * totalGood, settings.strongGuardShare() * totalGood);
    Map<Element, Boolean> strongOnly = new IdentityHashMap<>();
    List<TextBlock> keptStrongOnly = keep(blocks, root, stats, strongOnly, guard, false);
    Map<Element, Boolean> excluded = new IdentityHashMap<>();
    List<TextBlock> kept = keep(blocks, root, stats, excluded, guard, true);
    if (keptGood(kept) < settings.fallbackShare() * keptGood(keptStrongOnly)) {
      // The weak class/id words removed most of the text: on this site they do not mean furniture.
      excluded = strongOnly;
      kept = keptStrongOnly;
    }
    for (Stats st : order) st.excluded = Boolean.TRUE.equals(excluded.get(st.element));
    return kept;
  }

  /** For diagnostics: the blocks left once furniture is removed. */
  List<TextBlock> withoutFurniture(List<TextBlock> blocks, Element root) {
    return withoutFurniture(blocks, root, new IdentityHashMap<>(), new ArrayList<>());
  }

  private List<TextBlock> keep(
      List<TextBlock> blocks, Element root, Map<Element, Stats> stats, Map<Element, Boolean> excluded,
      Guard guard, boolean useClassWords) {
    List<TextBlock> kept = new ArrayList<>(blocks.size());
    for (TextBlock b : blocks) {
      if (!isExcluded(b.owner(), root, stats, excluded, guard, useClassWords)) kept.add(b);
    }
    return kept;
  }

  private double keptGood(List<TextBlock> kept) {
    double sum = 0;
    for (TextBlock b : kept) sum += goodWeight(b);
    return sum;
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
    if (isLinkList(b)) return -settings.linkPenalty() * b.weight();
    // Short table cells are data the article presents more often than furniture.
    if (b.kind() == TextBlock.Kind.CELL) return 0;
    return -settings.neutralPenalty() * b.weight();
  }

  private double bonus(Element e) {
    if ("articleBody".equalsIgnoreCase(e.attr("itemprop"))) return settings.articleBodyBonus();
    String classAndId = e.className() + " " + e.id();
    if (classAndId.length() > 1 && patterns.hasPositiveToken(classAndId)) return settings.positiveBonus();
    return 1.0;
  }

  private boolean isExcluded(
      Element start, Element root, Map<Element, Stats> stats, Map<Element, Boolean> memo, Guard guard,
      boolean useClassWords) {
    List<Element> path = new ArrayList<>();
    Boolean result = null;
    for (Element e = start; e != null; e = e == root ? null : e.parent()) {
      Boolean known = memo.get(e);
      if (known != null) {
        result = known;
        break;
      }
      path.add(e);
    }
    if (result == null) result = false;
    // Resolve from the top down: an element is excluded when an ancestor is or it is itself.
    for (int i = path.size() - 1; i >= 0; i--) {
      Element e = path.get(i);
      if (!result && e != root) result = isFurniture(e, stats.get(e), guard, useClassWords);
      memo.put(e, result);
    }
    return result;
  }

  private boolean isFurniture(Element e, Stats s, Guard guard, boolean useWeakWords) {
    String tag = e.normalName();
    boolean furnitureTag = patterns.isFurnitureTag(tag) && !(tag.equals("figure") && holdsContent(e));
    BoilerplatePatterns.Mark mark = furnitureTag || BlockLinearizer.isHidden(e)
        ? BoilerplatePatterns.Mark.WEAK : BoilerplatePatterns.Mark.NONE;
    if (mark == BoilerplatePatterns.Mark.NONE && !BlockLinearizer.isInline(tag) && !tag.equals("main")) {
      String classAndId = e.className() + " " + e.id();
      if (classAndId.length() > 1 && !patterns.hasPositiveToken(classAndId)
          && !"articleBody".equalsIgnoreCase(e.attr("itemprop"))) {
        mark = patterns.furnitureMark(classAndId);
        if (mark == BoilerplatePatterns.Mark.WEAK && !useWeakWords) mark = BoilerplatePatterns.Mark.NONE;
      }
    }
    if (mark == BoilerplatePatterns.Mark.NONE) return false;
    if (s == null || s.goodBlocks < settings.guardBlocks()) return true;
    double limit = mark == BoilerplatePatterns.Mark.STRONG ? guard.strong() : guard.weak();
    return s.good <= limit;
  }

  /** A figure that wraps a table, quote, list or code is content, not a captioned image. */
  private static boolean holdsContent(Element figure) {
    return figure.selectFirst("table, blockquote, pre, ul, ol") != null;
  }

  private static boolean isWithin(Element e, Element ancestor, Element root) {
    for (Element x = e; x != null; x = x == root ? null : x.parent()) if (x == ancestor) return true;
    return false;
  }

  private static int depthOf(Element e, Element root) {
    int d = 0;
    for (Element x = e; x != null && x != root; x = x.parent()) d++;
    return d;
  }

  /** The good text above which a furniture-marked element is kept, for weak and strong marks. */
  private record Guard(double weak, double strong) {}

  private static final class Stats {
    final Element element;

    Stats(Element element) {
      this.element = element;
    }

    double good;
    int goodBlocks;
    double score;
    boolean excluded;
  }
}
