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
 * @param badLinkDensity    a block with more of its text in links than this is navigation ...
 * @param linkedProseLength ... unless it is at least this long ...
 * @param linkedProseDensity ... and has no more than this share in links (a richly linked paragraph)
 * @param neutralPenalty    weight of short non-link text against a container
 * @param linkPenalty       weight of link-heavy text against a container
 * @param linkedItemShare   share of {@code linkPenalty} for a linked list item (lists of links
 *                          inside articles are common; menus are mostly caught as furniture)
 * @param positiveBonus     score multiplier for a container whose class/id names an article body
 * @param articleBodyBonus  score multiplier for a container marked {@code itemprop=articleBody}
 * @param guardShare        a furniture-marked element holding more than this share of the page's
 *                          article-like text in at least {@code guardBlocks} blocks is kept (the
 *                          mark was wrong)
 * @param guardBlocks       see {@code guardShare}
 * @param strongGuardShare  the same share for strongly marked furniture (comment threads)
 * @param fallbackShare     when class/id words would remove all but this share of the page's
 *                          article-like text, they are ignored for the page
 * @param tailShare         a furniture heading ends the article when less than this share of
 *                          the article-like text follows it
 * @param hintCoverage      a block whose words are at least this share in the page's stated
 *                          article text (JSON-LD articleBody) counts as article text; one under
 *                          {@code 1 - hintCoverage} as furniture
 * @param hintMinWords      stated article text of fewer words than this is ignored (too short to
 *                          tell article from furniture)
 * @param hintMinBlockWords the hint judges only blocks of at least this many words (in a shorter
 *                          one, coverage is chance)
 * @param tailHeadingLength a block up to this long that is not article-like can be the furniture
 *                          heading that ends the article (see {@code tailShare})
 * @param bylineLength      a block shorter than this that contains an author's name is a byline
 *                          and dropped
 * @param dateLineLength    a block shorter than this made mostly of a date or time is a dateline
 *                          and dropped
 * @param maxLineLength     boilerplate-line patterns apply only to blocks up to this long
 * @param denseScriptWeight weight of one CJK / Hangul character
 */
public record ExtractionSettings(
    long maxPageBytes,
    int maxDepth,
    int goodBlockLength,
    int goodParagraphLength,
    double badLinkDensity,
    int linkedProseLength,
    double linkedProseDensity,
    double neutralPenalty,
    double linkPenalty,
    double linkedItemShare,
    double positiveBonus,
    double articleBodyBonus,
    double guardShare,
    int guardBlocks,
    double strongGuardShare,
    double fallbackShare,
    double tailShare,
    double hintCoverage,
    int maxLineLength,
    int denseScriptWeight,
    int hintMinWords,
    int hintMinBlockWords,
    int tailHeadingLength,
    int bylineLength,
    int dateLineLength) {

  /** The settings before the hint's word limits and the furniture line lengths were configurable: their defaults. */
  public ExtractionSettings(long maxPageBytes, int maxDepth, int goodBlockLength, int goodParagraphLength,
      double badLinkDensity, int linkedProseLength, double linkedProseDensity, double neutralPenalty, double linkPenalty,
      double linkedItemShare, double positiveBonus, double articleBodyBonus, double guardShare, int guardBlocks,
      double strongGuardShare, double fallbackShare, double tailShare, double hintCoverage, int maxLineLength,
      int denseScriptWeight) {
    this(maxPageBytes, maxDepth, goodBlockLength, goodParagraphLength, badLinkDensity, linkedProseLength,
        linkedProseDensity, neutralPenalty, linkPenalty, linkedItemShare, positiveBonus, articleBodyBonus, guardShare,
        guardBlocks, strongGuardShare, fallbackShare, tailShare, hintCoverage, maxLineLength, denseScriptWeight,
        defaults().hintMinWords(), defaults().hintMinBlockWords(), defaults().tailHeadingLength(),
        defaults().bylineLength(), defaults().dateLineLength());
  }

  /** Values tuned on the development pages (see docs/benchmarks/extract.md). */
  public static ExtractionSettings defaults() {
    return new ExtractionSettings(
        16_000_000, 512, 80, 40, 0.5, 150, 0.7, 0.25, 1.0, 0.3, 1.5, 1.5, 0.5, 3, 0.9, 0.4, 0.25, 0.8, 160, 3, 50, 8, 40, 100, 60);
  }
}
