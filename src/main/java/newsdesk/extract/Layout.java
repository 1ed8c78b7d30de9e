package newsdesk.extract;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * A page laid out as text blocks, with the element tree they hang from as arrays indexed in
 * document (pre-)order, so that scores can be summed up the tree without hashing elements.
 *
 * @param blocks   the text blocks in page order
 * @param elements the walked elements; index 0 is the root
 * @param parents  the index of each element's parent, -1 for the root; always below the child's
 */
record Layout(List<TextBlock> blocks, List<Element> elements, int[] parents) {
  int size() {
    return parents.length;
  }
}
