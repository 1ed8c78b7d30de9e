package newsdesk.text;

import static newsdesk.text.EntityExtractor.lower;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import opennlp.tools.tokenize.TokenizerME;

/**
 * The tokens of one sentence by OpenNLP's token model, mended where the model cuts a name:
 * apostrophes in one form, a closing mark split off the last word, initials joined to their stops.
 * Not thread-safe (the model is not).
 */
final class EntityTokens {
  /** A dotted initial or acronym ("K.", "U.S.", "Ph.D."): its stops are its own. */
  private static final Pattern DOTTED = Pattern.compile("(?:\\p{L}{1,2}\\.)+");
  private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.");
  /** Dotted initials that the tokenizer cut from their last stop ("C.L" of "C.L. Gammon"). */
  private static final Pattern INITIALS_WITHOUT_LAST_STOP = Pattern.compile("(?:\\p{Lu}\\.)+\\p{Lu}");

  private final TokenizerME tokenizer;
  private final NameWords words;
  private final EntityAliases aliases;

  EntityTokens(TokenizerME tokenizer, NameWords words, EntityAliases aliases) {
    this.tokenizer = tokenizer;
    this.words = words;
    this.aliases = aliases;
  }

  /** The tokens of {@code sentence}, mended as the class comment says; empty for a sentence of none. */
  String[] tokensOf(String sentence) {
    return joinInitials(splitStops(typewriterApostrophes(tokenizer.tokenize(sentence))));
  }

  /**
   * The tokens with the typographic apostrophe (U+2019) written as the typewriter one, so that a
   * possessive is one ("Zimbabwe’s" is "Zimbabwe's", the place) and "O’Rourke" and "O'Rourke" are
   * one name.
   */
  private static String[] typewriterApostrophes(String[] tokens) {
    for (int i = 0; i < tokens.length; i++) {
      if (tokens[i].indexOf('\u2019') >= 0) tokens[i] = tokens[i].replace('\u2019', '\'');
    }
    return tokens;
  }

  /**
   * The tokens with a sentence's closing mark that the tokenizer left on the last word split off
   * ("Leonov." -> "Leonov", "."; "Aleppo?" -> "Aleppo", "?"), so that no name ends in one. A word
   * whose stop is its own keeps it: a dotted initial or acronym ({@link #DOTTED}) or one of
   * {@code abbreviations.with.stop} ("Jr.", "Inc.").
   */
  private String[] splitStops(String[] tokens) {
    List<String> out = null;
    for (int i = 0; i < tokens.length; i++) {
      String t = tokens[i];
      int n = t.length();
      char end = n > 1 ? t.charAt(n - 1) : ' ';
      boolean split = (end == '?' || end == '!') || (end == '.' && !DOTTED.matcher(t).matches()
          && !words.cues().stopAbbreviations().contains(lower(t.substring(0, n - 1))));
      if (split && Character.isLetterOrDigit(t.charAt(n - 2))) {
        if (out == null) out = new ArrayList<>(Arrays.asList(tokens).subList(0, i));
        out.add(t.substring(0, n - 1));
        out.add(t.substring(n - 1));
      } else if (out != null) {
        out.add(t);
      }
    }
    return out == null ? tokens : out.toArray(String[]::new);
  }

  /**
   * The tokens with an initial the tokenizer cut from its full stop joined again before a
   * capitalised word ("J.", "T", ".", "Guy" -> "J.", "T.", "Guy"; "C.L", ".", "Gammon" -> "C.L.",
   * "Gammon"), so that the name runs on.
   */
  private String[] joinInitials(String[] tokens) {
    List<String> out = new ArrayList<>(tokens.length);
    for (int i = 0; i < tokens.length; i++) {
      String t = tokens[i];
      boolean initials = (t.length() == 1 && Character.isUpperCase(t.charAt(0)))
          // not "U.S", which may end a sentence the model did not cut: "... in the U.S. Trump said"
          || (INITIALS_WITHOUT_LAST_STOP.matcher(t).matches() && !aliases.isWrittenForm(t));
      if (initials && i + 2 < tokens.length && ".".equals(tokens[i + 1])
          && !tokens[i + 2].isEmpty() && Character.isUpperCase(tokens[i + 2].codePointAt(0))
          && (tokens[i + 2].length() == 1 || !words.isNotEntity(tokens[i + 2]))) { // "A.", "I", ".", "Frederick"; not "V.", "I'm"
        out.add(t + ".");
        i++;
      } else {
        out.add(t);
      }
    }
    // "U. S. Geological Survey": spaced initials that spell a known entity's form are that form ("U.S.").
    for (int i = 0; i + 1 < out.size(); i++) {
      if (!INITIAL.matcher(out.get(i)).matches()) continue;
      int j = i + 1;
      StringBuilder joined = new StringBuilder(out.get(i));
      String form = null;
      int formEnd = -1;
      while (j < out.size() && INITIAL.matcher(out.get(j)).matches()) {
        joined.append(out.get(j++));
        if (aliases.isWrittenForm(joined.toString())) {
          form = joined.toString();
          formEnd = j;
        }
      }
      if (form != null) {
        out.subList(i, formEnd).clear();
        out.add(i, form);
      }
    }
    return out.size() == tokens.length ? tokens : out.toArray(String[]::new);
  }
}
