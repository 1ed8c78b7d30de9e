package newsdesk.dedup.eval;

/** How a benchmark copy differs from its original. */
public enum VariantKind {
  /** Another outlet's page furniture (byline, share bar, newsletter, wire credit) around it. */
  BOILERPLATE,
  /** Paragraphs in another order. */
  REORDERED,
  /** A paragraph added (an update), taken from another article (at most 120 words of it). */
  PARAGRAPH_ADDED,
  /** One paragraph left out (a trimmed wire copy). */
  PARAGRAPH_REMOVED,
  /** Another headline. */
  HEADLINE_CHANGED,
  /** A few words edited: replaced, dropped, swapped, numbers changed (about 2% of words). */
  WORDS_EDITED,
  /** A syndicated copy: other boilerplate, another headline, a paragraph cut and a few edits. */
  SYNDICATED
}
