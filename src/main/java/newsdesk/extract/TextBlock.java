package newsdesk.extract;

import org.jsoup.nodes.Element;

/**
 * A run of text between two block boundaries of the page, with what the scorer needs.
 *
 * @param owner     the innermost block-level element holding the text
 * @param ownerId   the owner's index in the {@link Layout} the block belongs to
 * @param kind      what the owner is (paragraph, heading, list item ...)
 * @param text      the text, whitespace collapsed, {@code \n} where the page had {@code <br>}
 * @param weight    weighted length (see {@link ExtractionSettings#denseScriptWeight})
 * @param linkWeight weighted length of the part inside links
 */
record TextBlock(Element owner, int ownerId, Kind kind, String text, int weight, int linkWeight) {
  enum Kind { PARAGRAPH, HEADING, LIST_ITEM, QUOTE, PREFORMATTED, CELL, OTHER }

  double linkDensity() {
    return weight == 0 ? 0 : (double) linkWeight / weight;
  }
}
