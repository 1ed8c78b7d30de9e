package newsdesk.text;

import static newsdesk.text.EntityExtractor.lower;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Whether one token of a tagged sentence may be (part of) a name: the capital, tag and context
 * tests that {@link MentionCollector} grows a name's run of tokens with. Money ("US$"),
 * contractions, the first half of a compound ("Iranian-backed"), capitals for emphasis and a
 * sentence's opening preposition are no names; a well-known place is one whatever its tag.
 */
final class NameTokens {
  /** "We're", "I've", "Don't": a pronoun or verb with a clitic, never a name. */
  static final Pattern CONTRACTION = Pattern.compile("(?i)(n't|'re|'ve|'ll|'m|'d)$");

  private final NameWords words;
  private final EntityAliases aliases;

  NameTokens(NameWords words, EntityAliases aliases) {
    this.words = words;
    this.aliases = aliases;
  }

  /** "Iran's Quds Force" is two names. */
  static boolean possessive(String token) {
    return token.endsWith("'s") || token.equals("'s") || token.equals("'");
  }

  /**
   * A sentence-initial capitalised word right before a name ("Wladimir" of "Wladimir Klitschko"); a
   * word the tagger calls a verb only when it has a participle's ending and a place's head word
   * follows it ("Reading Station": the head's modifier, no verb; an institution's head word is
   * mostly the verb's object: "Proroguing Parliament", "Remarked Center for ...").
   */
  boolean opensName(String[] tokens, String[] tags) {
    String first = tokens[0];
    return tokens.length > 1 && !first.isEmpty() && Character.isUpperCase(first.codePointAt(0))
        && !words.isNotEntity(first) && !sentenceOpener(first) && !"ADV".equals(tags[0])
        && (!"VERB".equals(tags[0]) || (words.hasParticipleEnding(first) && words.cues().locationSuffixes().contains(lower(tokens[1]))))
        && !((("ADP".equals(tags[0]) || "SCONJ".equals(tags[0])) && words.isCommonWord(first))) // "Under X law", not "Keurig"
        && nameLike(tokens, tags, 1);
  }

  boolean nameLike(String[] tokens, String[] tags, int i) {
    String token = tokens[i];
    // "Iranian-backed", "Bishop-emeritus": the first half of a compound word, not a name.
    if (token.isEmpty() || !Character.isUpperCase(token.codePointAt(0)) || money(token)
        || (token.endsWith("-") && token.length() > 1) || CONTRACTION.matcher(token).find()) return false;
    if (shoutedWord(tokens, i) || (!NameWords.midSentence(tokens, i) && sentenceOpener(token))) return false;
    if (words.isNotEntity(token)) {
      return (words.isTitle(token) && "PROPN".equals(tags[i])) || (i > 0 && words.isNameOpener(token)
          && i + 1 < tokens.length && !tokens[i + 1].isEmpty() && Character.isUpperCase(tokens[i + 1].codePointAt(0)));
    }
    if ("PROPN".equals(tags[i]) || knownPlaceWord(token)) return true;
    // Inside a sentence a capital letter marks a name whatever the tagger thinks ("United States",
    // "New York", "Associated Press"); at its start, and after a bracket, quote, colon or dash
    // ("((WN)) Yeah, ..."), only a proper noun does, or a word that continues a name.
    if ("PUNCT".equals(tags[i])) return false;
    return NameWords.midSentence(tokens, i) || (i > 0 && nameLike(tokens, tags, i - 1))
        || (i > 1 && words.isConnector(tokens[i - 1]) && nameLike(tokens, tags, i - 2)); // "SARS - CoV-2"
  }

  /**
   * Whether tokens[i] is a common word in capitals written for emphasis beside another ("I WON THIS
   * ELECTION, BY A LOT"): two letters or more, its lower case a common word or a word that is no
   * name, next to such a word in capitals (one letter will do: "A LOT"; a comma may be between). A known place or form of a
   * known entity among them stays a name ("UNITED STATES", "THE US").
   */
  private boolean shoutedWord(String[] tokens, int i) {
    if (tokens[i].length() < 2 || !shouted(tokens[i])) return false;
    if (!shoutedNeighbour(tokens, i, -1) && !shoutedNeighbour(tokens, i, 1)) return false;
    if (aliases.isWrittenForm(tokens[i])) return false;
    for (int from = Math.max(0, i - 2); from <= i; from++) {
      for (int to = i + 1; to <= Math.min(tokens.length, from + 3); to++) {
        if (words.isPlace(Mention.join(Arrays.asList(tokens).subList(from, to)))) return false;
      }
    }
    return true;
  }

  /** Whether the word before ({@code step} -1) or after (+1) tokens[i], across one comma, is {@link #shouted}. */
  private boolean shoutedNeighbour(String[] tokens, int i, int step) {
    int k = i + step;
    if (k >= 0 && k < tokens.length && ",".equals(tokens[k])) k += step;
    return k >= 0 && k < tokens.length && shouted(tokens[k]);
  }

  /** A word of capital letters only whose lower case is a common word or a word that is no name ("WON", "THIS", "A"). */
  private boolean shouted(String token) {
    if (token.isEmpty() || !token.chars().allMatch(Character::isUpperCase)) return false;
    String w = lower(token);
    return words.cues().commonWords().contains(w) || words.isNotEntity(token);
  }

  /**
   * A one-word well-known place, possessive or not ("Chile", "Chile's"), which is a name also where
   * the tagger calls it a noun or verb at a sentence's start ("Chile sits on ..."); four letters or
   * more unless in capitals, so that "Us" at a sentence's start is no United States.
   */
  private boolean knownPlaceWord(String token) {
    String word = token.endsWith("'s") ? token.substring(0, token.length() - 2) : token;
    return (word.length() >= 4 || NameWords.isAcronym(word)) && words.isPlace(word);
  }

  /** A preposition or conjunction that is no name when it opens a sentence ({@code not.entities.sentence.start}: "Unlike"). */
  private boolean sentenceOpener(String token) {
    return words.cues().sentenceStartNotEntities().contains(lower(token));
  }

  /** "US$", "HK$": a currency, not a place. */
  private static boolean money(String token) {
    return token.chars().anyMatch(c -> Character.getType(c) == Character.CURRENCY_SYMBOL);
  }
}
