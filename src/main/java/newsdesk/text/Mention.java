package newsdesk.text;

import java.util.List;

/**
 * One occurrence of a candidate name with the type votes its context gave.
 *
 * @param tokens      the words of the name, titles stripped
 * @param votes       votes for PERSON, ORGANIZATION, LOCATION (indexed by {@link EntityType#ordinal()})
 * @param midSentence whether the name stands inside a sentence after a word or comma, where a
 *                    capital letter marks a name; at a sentence's or line's start, or after a
 *                    quote, bracket, colon or dash, any word may be capitalised
 */
record Mention(List<String> tokens, double[] votes, boolean midSentence) {
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
