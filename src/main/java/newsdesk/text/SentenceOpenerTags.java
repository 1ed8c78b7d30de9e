package newsdesk.text;

import static newsdesk.text.EntityExtractor.lower;

import opennlp.tools.postag.POSTaggerME;

/**
 * The tags of a tokenised sentence, with its capitalised first word tagged as what it is in lower
 * case when that makes it a verb form or a preposition before a name: the tagger takes any
 * capitalised word before a name for a proper noun, which glued "Born" to "Robert Burns" and "Under"
 * to "Maryland". Not thread-safe (the tagger is not).
 */
final class SentenceOpenerTags {
  private static final String PROPER_NOUN = "PROPN";
  private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("ADP", "SCONJ");
  private static final String VERB = "VERB";

  private final POSTaggerME tagger;
  private final NameWords words;

  SentenceOpenerTags(POSTaggerME tagger, NameWords words) {
    this.tagger = tagger;
    this.words = words;
  }

  /**
   * The tagger's tags of {@code tokens}; when the first token is a capitalised common word tagged a
   * proper noun before another capitalised word, and the tagger, reading the sentence with that word
   * in lower case, calls it a preposition ("Under X law"; not an adverb: "North Korea"), or a verb that ends in a participle's or
   * gerund's ending ({@code sentence.start.participle.endings}: "Born", "Raised", "Known") before a
   * name of two or more words that does not open with a head word ("Reading Station Road" stays whole), the first
   * tag is that one. Other words keep their tags; a given name that is a common word ("Will", "Bill",
   * "Mark") stays a name: it has no such ending, and in lower case it is no preposition.
   */
  String[] tagsOf(String[] tokens) {
    String[] tags = tagger.tag(tokens);
    if (tokens.length < 2 || !PROPER_NOUN.equals(tags[0]) || !gluedOpener(tokens)) return tags;
    String[] lowered = tokens.clone();
    lowered[0] = lower(tokens[0]);
    String tag = tagger.tag(lowered)[0];
    if (PREPOSITIONS.contains(tag) || (VERB.equals(tag) && words.hasParticipleEnding(lowered[0]) && nameOfTwoWordsFollows(tokens)
        && !words.isHeadWord(tokens[1]))) {
      tags[0] = tag;
    }
    return tags;
  }

  /** Whether tokens[0] is a capitalised common word, no acronym, before a capitalised word. */
  private boolean gluedOpener(String[] tokens) {
    String first = tokens[0];
    String next = tokens[1];
    return !first.isEmpty() && Character.isUpperCase(first.codePointAt(0)) && !NameWords.isAcronym(first)
        && words.isCommonWord(first) && !next.isEmpty() && Character.isUpperCase(next.codePointAt(0));
  }

  /**
   * Whether two capitalised words follow the opener ("Born Robert Burns"): a participle before a
   * one-word name is too often the first word of that name ("Manning Street", "Reading").
   */
  private static boolean nameOfTwoWordsFollows(String[] tokens) {
    return tokens.length > 2 && !tokens[2].isEmpty() && Character.isUpperCase(tokens[2].codePointAt(0));
  }

}
