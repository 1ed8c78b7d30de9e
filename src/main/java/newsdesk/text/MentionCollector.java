package newsdesk.text;

import java.util.Arrays;
import java.util.List;

/**
 * The mentions of one tokenised sentence: runs of name-like tokens ({@link NameTokens}) joined by
 * connectors, cut into names by {@link RunSplitter}; or, for a language whose nouns all bear
 * capitals, only its well-known places.
 */
final class MentionCollector {
  private static final String UNTAGGED = "X";

  private final NameWords words;
  private final EntityAliases aliases;
  private final NameTokens nameTokens;
  private final SharedHeadNames sharedHeads;
  private final RunSplitter splitter;

  MentionCollector(NameWords words, EntityAliases aliases, NameTokens nameTokens, SharedHeadNames sharedHeads,
      RunSplitter splitter) {
    this.words = words;
    this.aliases = aliases;
    this.nameTokens = nameTokens;
    this.sharedHeads = sharedHeads;
    this.splitter = splitter;
  }

  /** Tags that mark no word a proper noun, for a language the English tagger does not know. */
  static String[] untagged(int n) {
    String[] tags = new String[n];
    Arrays.fill(tags, UNTAGGED);
    return tags;
  }

  /** The well-known places of one to three tokens in {@code tokens}, longest first. */
  void collectPlaces(String[] tokens, List<Mention> out) {
    int i = 0;
    while (i < tokens.length) {
      int found = 0;
      for (int len = Math.min(3, tokens.length - i); len >= 1 && found == 0; len--) {
        List<String> span = Arrays.asList(tokens).subList(i, i + len);
        String first = span.get(0);
        if (!first.isEmpty() && Character.isUpperCase(first.codePointAt(0)) && words.isPlace(Mention.join(span))) found = len;
      }
      if (found == 0) {
        i++;
        continue;
      }
      double[] votes = new double[3];
      votes[MentionTyper.LOC] = 3;
      out.add(new Mention(List.copyOf(Arrays.asList(tokens).subList(i, i + found)), votes, NameWords.midSentence(tokens, i)));
      i += found;
    }
  }

  /**
   * @param tags the tagger's tags, or {@link #untagged} ones for a language it does not know: then a
   *             sentence's first word opens a name only when it is a well-known place ("À Genève")
   */
  void collectMentions(String[] tokens, String[] tags, List<Mention> out) {
    boolean tagged = !UNTAGGED.equals(tags[0]);
    int i = 0;
    while (i < tokens.length) {
      if (!nameTokens.nameLike(tokens, tags, i) && !(i == 0 && tagged && nameTokens.opensName(tokens, tags))) {
        i++;
        continue;
      }
      int start = i;
      int shared = sharedHeads.sharedHeadEnd(tokens, tags, start);
      if (shared > 0) {
        sharedHeads.mentionsWithSharedHead(tokens, tags, start, shared, out);
        i = shared;
        continue;
      }
      int end = i + 1;
      while (end < tokens.length && !NameTokens.possessive(tokens[end - 1])) {
        if (nameTokens.nameLike(tokens, tags, end)) {
          end++;
        } else if (end + 1 < tokens.length && (words.isConnector(tokens[end]) || splitter.joinsWithAnd(tokens, start, end))
            && nameTokens.nameLike(tokens, tags, end + 1)) {
          end += 2;
        } else if (end + 2 < tokens.length && words.isConnector(tokens[end]) && words.isConnector(tokens[end + 1])
            && nameTokens.nameLike(tokens, tags, end + 2)) {
          end += 3; // "al - Sisi"
        } else {
          break;
        }
      }
      if (namesAKind(tokens, start, end)) end++;
      // "AEW (All Elite Wrestling)": a capitalised word that is no name alone opens the name its acronym spells.
      if (start > 0 && !tokens[start - 1].isEmpty() && Character.isUpperCase(tokens[start - 1].codePointAt(0))
          && words.isNotEntity(tokens[start - 1]) && words.spellsBracketedAcronym(tokens, start - 1, end)) start--;
      splitter.mentions(tokens, tags, start, end, out);
      i = end;
    }
  }

  /**
   * Whether the name tokens[start, end) and the lower-case word after it name a kind of thing after
   * a place or person ("the Powassan virus", "Lyme disease", "the Saffir–Simpson scale"): that word
   * is one of {@code not.shown.endings}, so the whole stays a clustering feature and
   * {@link EntityExtractor#worthShowing} hides it; alone the name would be shown with a made-up type. Not after a
   * possessive or a well-known place or entity, which stay names of their own ("Iran's virus
   * cases", "the China virus").
   */
  private boolean namesAKind(String[] tokens, int start, int end) {
    if (end >= tokens.length || !words.cues().notShownEndings().contains(tokens[end]) || NameTokens.possessive(tokens[end - 1])) return false;
    String name = Mention.join(Arrays.asList(tokens).subList(start, end));
    return !words.isPlace(name) && !aliases.isWrittenForm(name);
  }
}
