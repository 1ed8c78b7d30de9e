package newsdesk.text;

import static newsdesk.text.EntityExtractor.lower;

import java.util.ArrayList;
import java.util.List;

/**
 * Two names that share their head words ("French and German Foreign Ministries"): where such a
 * run ends, and its two mentions, each in its place.
 */
final class SharedHeadNames {
  private final NameWords words;
  private final NameTokens nameTokens;
  private final RunSplitter splitter;

  SharedHeadNames(NameWords words, NameTokens nameTokens, RunSplitter splitter) {
    this.words = words;
    this.nameTokens = nameTokens;
    this.splitter = splitter;
  }

  /**
   * The end of "X and Y Head..." at tokens[start] where X and Y are words of one kind, parties' or
   * nations' ({@code organization.kind.modifiers}, {@code demonyms.txt}), and the head words after
   * Y end in a word that names an organisation or place ("Democratic and Republican Party's primaries", "French and
   * German Foreign Ministries"): two names that share their head, not one; -1 otherwise.
   * "Food and Drug Administration", "National Oceanic and Atmospheric Administration" stay one name.
   */
  int sharedHeadEnd(String[] tokens, String[] tags, int start) {
    if (start + 3 >= tokens.length || !words.isConjunction(tokens[start + 1]) || !kindModifier(tokens[start])
        || !kindModifier(tokens[start + 2])) return -1;
    int end = start + 3;
    while (end < tokens.length && nameTokens.nameLike(tokens, tags, end) && !NameTokens.possessive(tokens[end - 1])) end++;
    if (end == start + 3) return -1;
    return words.isHeadWord(headForm(tokens[end - 1])) ? end : -1;
  }

  private boolean kindModifier(String token) {
    String w = lower(token);
    return words.cues().kindModifiers().contains(w) || words.cues().notShownNames().contains(w);
  }

  /** A head word without its possessive, in the singular when that is a head word too ("Parties" -> "Party"). */
  private String headForm(String token) {
    String t = token.replaceFirst("'s?$", "");
    String single = NameWords.singular(t);
    return words.isHeadWord(single) ? single : t;
  }

  /** The two names of "X and Y Head" (see {@link #sharedHeadEnd}): "X Head" and "Y Head", each in its place. */
  void mentionsWithSharedHead(String[] tokens, String[] tags, int start, int end, List<Mention> out) {
    List<String> heads = new ArrayList<>();
    for (int k = start + 3; k < end; k++) heads.add(k == end - 1 ? headForm(tokens[k]) : tokens[k]);
    for (int modifier : new int[] {start, start + 2}) {
      int n = modifier + 1 + heads.size() + (tokens.length - end);
      String[] t = new String[n];
      String[] g = new String[n];
      System.arraycopy(tokens, 0, t, 0, modifier + 1);
      System.arraycopy(tags, 0, g, 0, modifier + 1);
      for (int h = 0; h < heads.size(); h++) {
        t[modifier + 1 + h] = heads.get(h);
        g[modifier + 1 + h] = "PROPN";
      }
      System.arraycopy(tokens, end, t, modifier + 1 + heads.size(), tokens.length - end);
      System.arraycopy(tags, end, g, modifier + 1 + heads.size(), tokens.length - end);
      splitter.mentions(t, g, modifier, modifier + 1 + heads.size(), out);
    }
  }
}
