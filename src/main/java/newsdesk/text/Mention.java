package newsdesk.text;

import java.util.List;

/**
 * One occurrence of a candidate name with the type votes its context gave.
 *
 * @param tokens      the words of the name, titles stripped
 * @param votes       votes for PERSON, ORGANIZATION, LOCATION (indexed by {@link EntityType#ordinal()})
 * @param speech      the vote of a speech verb next to the name ("X said", "said X"), kept apart
 *                    from {@code votes}: people and institutions both speak, so it counts for a
 *                    person only once the entity's name reads as a person's (see
 *                    {@link MentionResolver})
 * @param midSentence whether the name stands inside a sentence after a word or comma, where a
 *                    capital letter marks a name; at a sentence's or line's start, or after a
 *                    quote, bracket, colon or dash, any word may be capitalised
 * @param placePreposition the place vote of a place preposition right before the name ("in X"), kept
 *                    apart from {@code votes}: it counts only for a name that the text puts after
 *                    such prepositions often enough (see {@link MentionResolver})
 */
record Mention(List<String> tokens, double[] votes, double speech, boolean midSentence, double placePreposition) {
  /** A mention without a speech verb or place preposition next to it. */
  Mention(List<String> tokens, double[] votes, boolean midSentence) {
    this(tokens, votes, 0, midSentence, 0);
  }

  String name() {
    return join(tokens);
  }

  /** Words joined by spaces, except around hyphens ("al-Sisi"). */
  static String join(List<String> words) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (i > 0 && !"-".equals(w) && !"-".equals(words.get(i - 1))) sb.append(' ');
      sb.append(w);
    }
    return sb.toString();
  }
}
