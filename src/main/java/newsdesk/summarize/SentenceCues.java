package newsdesk.summarize;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a sentence's words and marks say about how a brief can use it, by the lists of
 * {@link SummarizerResources}: speaker labels and datelines to cut from its start, page furniture,
 * questions and replies, sentences that lean on an earlier one (a pronoun or connective opener, a
 * pronoun whose antecedent is a plural speaker, "this/these + noun"), and quotation marks.
 * Tokens are {@link StoryAnalyzer#tokens(String) lower-cased words}. Thread-safe: no mutable state.
 */
final class SentenceCues {
  private final SummarizerResources resources;

  SentenceCues(SummarizerResources resources) {
    this.resources = Objects.requireNonNull(resources, "resources");
  }

  /**
   * Whether a sentence opening with "He" or "She" follows one whose speaker is plural ("..., officials
   * said."): read after it, the pronoun points at nobody.
   */
  boolean isOrphan(List<String> tokens, String previous) {
    if (tokens.isEmpty() || !resources.singularPronouns().contains(tokens.get(0))) return false;
    String speaker = null;
    for (Pattern p : resources.closingAttributions()) {
      Matcher m = p.matcher(previous.strip());
      if (m.find()) speaker = m.group(1);
    }
    if (speaker == null) return false;
    return resources.isPluralSpeaker(speaker);
  }

  /** Whether the sentence says "this/these + noun" after its first word, the noun not one of the time of writing. */
  boolean refersBackWithDemonstrative(List<String> tokens) {
    for (int i = 1; i + 1 < tokens.size(); i++) {
      String t = tokens.get(i);
      if (!resources.demonstratives().contains(t)) continue;
      String next = tokens.get(i + 1);
      if (!resources.stopwords().contains(next) && !resources.demonstrativeNouns().contains(next)
          && Character.isLetter(next.charAt(0))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Start of the sentence after its speaker labels, or -1 when the sentence is nothing but labels
   * (the span moves, so the brief's offsets still point at exactly the text it shows).
   */
  int cutLabel(String text, int start, int end) {
    boolean cut = true;
    while (cut && start < end) {
      cut = false;
      for (Pattern p : resources.transcriptLabels()) {
        Matcher m = p.matcher(text).region(start, end);
        if (m.lookingAt() && m.end() > start) {
          start = m.end();
          cut = true;
        }
      }
    }
    while (start < end && Character.isWhitespace(text.charAt(start))) start++;
    return start < end ? start : -1;
  }

  boolean isQuestion(String sentence) {
    for (Pattern p : resources.questions()) {
      if (p.matcher(sentence).find()) return true;
    }
    return false;
  }

  /** Whether the sentence opens with a reply cue, after any opening quotation marks. */
  boolean isReply(String sentence) {
    int from = 0;
    while (from < sentence.length() && "\"'\u2018\u201c\u00ab".indexOf(sentence.charAt(from)) >= 0) from++;
    for (Pattern p : resources.replyOpeners()) {
      if (p.matcher(sentence).region(from, sentence.length()).lookingAt()) return true;
    }
    return false;
  }

  int cutDateline(String text, int start, int end) {
    for (Pattern p : resources.datelines()) {
      Matcher m = p.matcher(text).region(start, end);
      if (m.lookingAt() && m.end() < end) start = m.end();
    }
    return start;
  }

  boolean isBoilerplate(String sentence) {
    String lower = sentence.toLowerCase(Locale.ROOT);
    for (BoilerplateRule rule : resources.boilerplate()) {
      if (rule.matches(sentence, lower)) return true;
    }
    return false;
  }

  /**
   * Whether the sentence leans on an earlier one. An article's opening that starts with "This" or
   * "These" points forward ("This is the moment a ..."), so it stands on its own.
   */
  boolean isDangling(List<String> tokens, String sentence, boolean opensArticle, boolean continuesQuote) {
    if (opensArticle) return !tokens.isEmpty() && !resources.demonstratives().contains(tokens.get(0)) && opensWithConnective(tokens, sentence);
    return continuesQuote || opensWithConnective(tokens, sentence);
  }

  /** A first word of two or more capitals (after any opening quotation mark), then a non-letter. */
  private static final Pattern ACRONYM_FIRST =
      Pattern.compile("[\\s\"'\u201C\u2018(]*\\p{Lu}{2,}(?![\\p{L}])");

  private boolean opensWithConnective(List<String> tokens, String sentence) {
    for (List<String> opener : resources.standAloneOpeners()) {
      if (tokens.size() >= opener.size() && tokens.subList(0, opener.size()).equals(opener)) return false;
    }
    // "US", "IT": an acronym, not the pronoun its lower case spells (unless the whole sentence shouts).
    if (ACRONYM_FIRST.matcher(sentence).lookingAt() && sentence.chars().anyMatch(Character::isLowerCase)) return false;
    for (List<String> opener : resources.danglingOpeners()) {
      if (tokens.size() >= opener.size() && tokens.subList(0, opener.size()).equals(opener)) {
        return true;
      }
    }
    return false;
  }

  static boolean hasLetters(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) return true;
    }
    return false;
  }

  /** Ends like a sentence: a terminator, maybe closing quotes, and no "..." of a cut-off teaser. */
  static boolean endsClean(String s) {
    if (s.endsWith("...") || s.endsWith("\u2026")) return false;
    int i = s.length() - 1;
    while (i >= 0 && "\"'\u2019\u201d)]".indexOf(s.charAt(i)) >= 0) i--;
    return i >= 0 && ".!?".indexOf(s.charAt(i)) >= 0;
  }

  static boolean opensQuote(String s) {
    return !s.isEmpty() && "\"'\u2018\u201c".indexOf(s.charAt(0)) >= 0;
  }
}
