package newsdesk.text;

/**
 * What the tokens around a capitalised stretch say about it, for {@link MentionTyper}: whether it
 * may be a sentence's subject, is a possessive, follows a word of publishing, or is followed by a
 * lower-case word, a relative pronoun of a person or another name's role. Each method reads the
 * tokens of one sentence and the stretch's bounds; none changes them.
 */
final class MentionContext {
  private final NameWords names;
  private final EntityCues cues;

  MentionContext(NameWords names) {
    this.names = names;
    this.cues = names.cues();
  }

  /**
   * Whether the name at tokens[start] may be what a relative pronoun after it refers to: not after
   * an article ("the Houthis, who": a group) nor a preposition, whose phrase mostly hangs on a name
   * before it ("Ryan Cloutier of the Center for Astrophysics, who", "according to CNN, who").
   */
  boolean subjectPosition(String[] tokens, int start) {
    if (start == 0) return true;
    String before = EntityExtractor.lower(tokens[start - 1]);
    return !(NOT_BEFORE_SUBJECT.contains(before) || cues.locationPrepositions().contains(before) || names.isGenitive(before)
        || names.opensDomain(before));
  }

  /** Articles and prepositions that are no place preposition, after which a name is no subject. */
  private static final java.util.Set<String> NOT_BEFORE_SUBJECT = java.util.Set.of("the", "a", "an", "by", "with", "on", "about", "against");

  /**
   * Whether a lower-case title follows the name at {@code end} and a capitalised name follows that
   * ("Grateful Dead drummer Mickey Hart", "Chelsea manager Ana Ruiz"): the name is where the person
   * after the title belongs, not a person.
   */
  boolean roleOfAnotherAfter(String[] tokens, int end) {
    return end + 1 < tokens.length && !tokens[end].isEmpty() && Character.isLowerCase(tokens[end].codePointAt(0))
        && names.isTitle(tokens[end]) && !tokens[end + 1].isEmpty() && Character.isUpperCase(tokens[end + 1].codePointAt(0));
  }

  /**
   * Whether the name ending before {@code end} is a possessive ("in Tomasz Sekielski's film"): the
   * preposition before it governs what the name owns, not the name.
   */
  static boolean possessiveAt(String[] tokens, int end) {
    String last = tokens[end - 1];
    return last.endsWith("'s") || (end < tokens.length && "'s".equals(tokens[end]));
  }

  /**
   * Whether the place preposition at tokens[prep] follows a word of publishing, at most
   * {@link #PUBLICATION_WINDOW} words before it and with no punctuation between ("published in X",
   * "published on Monday in X", "published a study in X"): X is where it was published, a journal
   * or an outlet, no place.
   */
  boolean publishedIn(String[] tokens, int prep) {
    for (int k = prep - 1; k >= Math.max(0, prep - PUBLICATION_WINDOW); k--) {
      String w = tokens[k];
      if (w.isEmpty() || !Character.isLetterOrDigit(w.codePointAt(0))) return false;
      if (cues.publicationWords().contains(EntityExtractor.lower(w))) return true;
    }
    return false;
  }

  /** Words between a word of publishing and the preposition it governs: "published on May 8 in X" has three. */
  private static final int PUBLICATION_WINDOW = 4;
  /** Whether the token at {@code end} opens with a lower-case letter or a hyphen ("-backed"). */
  static boolean beforeLowerCase(String[] tokens, int end) {
    if (end >= tokens.length || tokens[end].isEmpty()) return false;
    int c = tokens[end].codePointAt(0);
    return Character.isLowerCase(c) || c == '-';
  }

  /** Whether a person's relative pronoun follows the name at {@code end}, with or without a comma ("X, who"). */
  boolean relativeAfter(String[] tokens, int end) {
    if (end < tokens.length && cues.personRelativesAfter().contains(tokens[end])) return true;
    return end + 1 < tokens.length && ",".equals(tokens[end]) && cues.personRelativesAfter().contains(tokens[end + 1]);
  }
}
