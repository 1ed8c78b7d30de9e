package newsdesk.extract;

/**
 * The thresholds of {@link DensityArticleExtractor}, in one place. Lengths are "weighted
 * characters": a CJK or Hangul character counts as {@link #denseScriptWeight} Latin characters, so
 * that thresholds mean about the same amount of text in every script.
 *
 * @param maxPageBytes      pages larger than this are refused with an error (bounded memory)
 * @param maxDepth          the deepest element nesting the HTML parser builds (deeper markup is
 *                          flattened), bounding time and stack on pathological pages
 * @param goodBlockLength   a block at least this long with little link text is article-like
 * @param goodParagraphLength the same for a {@code <p>}, which is more likely to be content
 * @param badLinkDensity    a block with more of its text in links than this is navigation
 * @param neutralPenalty    weight of short non-link text against a container
 * @param linkPenalty       weight of link-heavy text against a container
 * @param positiveBonus     score multiplier for a container marked as article body
 * @param guardShare        a furniture-marked element holding more than this share of the page's
 *                          article-like text is kept (the mark was wrong)
 * @param maxLineLength     boilerplate-line patterns apply only to blocks up to this long
 * @param denseScriptWeight weight of one CJK / Hangul character
 */
public record ExtractionSettings(
    long maxPageBytes,
    int maxDepth,
    int goodBlockLength,
    int goodParagraphLength,
    double badLinkDensity,
    double neutralPenalty,
    double linkPenalty,
    double positiveBonus,
    double guardShare,
    int maxLineLength,
    int denseScriptWeight) {

  /** Values tuned on the development pages (see docs/benchmarks/extract.md). */
  public static ExtractionSettings defaults() {
    return new ExtractionSettings(16_000_000, 512, 80, 40, 0.5, 0.25, 1.0, 1.15, 0.5, 160, 3);
  }
}
