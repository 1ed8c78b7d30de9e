package newsdesk.summarize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Who a sentence names, and whom it refers to without naming: what a brief needs to know so that
 * none of its sentences depends on one it left out.
 *
 * <p>A <em>name</em> is a run of name-like words: a word that starts with a capital letter, has
 * lower-case letters after it (not an acronym), and whose lower-case form the story never uses (so "Police" or "Previously" at a sentence's start is
 * no name, "Gammon" is), next to each other with only spaces, full stops or hyphens between them
 * or apostrophes between them ("C.L. Gammon", "Gloria La Riva", "Christine O'Donnell"). A sentence <em>refers back by a short name</em> when it names
 * someone by a proper end of a longer name that an earlier sentence of its article used ("Gammon"
 * after "C.L. Gammon", "La Riva" after "Gloria La Riva") and does not itself give the longer form:
 * a reader who did not see that earlier sentence does not know who it is. Dates and the common nouns
 * that end names of places and institutions ("House" after "White House") are no short names
 * ({@code not-short-names.txt}). A sentence <em>leans on a
 * pronoun</em> when, outside its quotations, a singular personal pronoun ("he", "she") comes before
 * any name ("\"...\", he added."): the speaker is named in a sentence before it. Case-sensitive on
 * the sentence, per story (the story's lower-case words decide what is a name). Thread-safe:
 * immutable.
 */
final class NameReferences {
  /** Words that are no short name of a person on their own (dates, "House"): data in {@code not-short-names.txt}. */
  private static final Set<String> NOT_SHORT_NAMES = Set.copyOf(
      SummarizerResources.lines("not-short-names.txt").stream()
          .flatMap(l -> java.util.Arrays.stream(l.split("\\s+"))).toList());

  private final Set<String> pronouns;
  private final Set<String> lowerCaseWords;

  /**
   * @param pronouns       the singular personal pronouns, lower case
   * @param lowerCaseWords every word the story writes in lower case (see {@link #lowerCaseWords})
   */
  NameReferences(Set<String> pronouns, Set<String> lowerCaseWords) {
    this.pronouns = Set.copyOf(Objects.requireNonNull(pronouns, "pronouns"));
    this.lowerCaseWords = Set.copyOf(Objects.requireNonNull(lowerCaseWords, "lowerCaseWords"));
  }

  /** The words of {@code texts} that are written in lower case somewhere (a word: letters and digits). */
  static Set<String> lowerCaseWords(List<String> texts) {
    Set<String> out = new HashSet<>();
    for (String text : texts) {
      for (Word w : words(text, false)) {
        if (Character.isLowerCase(w.text.codePointAt(0))) out.add(w.text);
      }
    }
    return out;
  }

  /** A word of a sentence: its text, where it is, and whether it stands inside a quotation. */
  private record Word(String text, int start, int end, boolean quoted) {}

  private static List<Word> words(String sentence, boolean startsQuoted) {
    List<Word> out = new ArrayList<>();
    boolean quoted = startsQuoted;
    int i = 0;
    while (i < sentence.length()) {
      char c = sentence.charAt(i);
      if (c == '\u201c') quoted = true;
      else if (c == '\u201d') quoted = false;
      else if (c == '"') quoted = !quoted;
      if (!Character.isLetterOrDigit(c)) {
        i++;
        continue;
      }
      int j = i;
      while (j < sentence.length() && Character.isLetterOrDigit(sentence.charAt(j))) j++;
      out.add(new Word(sentence.substring(i, j), i, j, quoted));
      i = j;
    }
    return out;
  }

  /** Capitalised, with lower-case letters after (not "AP" or "I"), and never written in lower case in the story. */
  private boolean nameLike(String word) {
    return Character.isUpperCase(word.codePointAt(0)) && word.chars().skip(1).anyMatch(Character::isLowerCase)
        && !lowerCaseWords.contains(word.toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * The names of a sentence, each as its lower-case words joined by single spaces. Initials ("C.L.")
   * join a name but make none on their own.
   */
  List<String> names(String sentence) {
    List<String> out = new ArrayList<>();
    List<Word> ws = words(sentence, false);
    List<String> run = new ArrayList<>();
    boolean named = false;
    for (int k = 0; k <= ws.size(); k++) {
      Word w = k < ws.size() ? ws.get(k) : null;
      boolean part = w != null && (nameLike(w.text) || isInitial(w.text));
      if (part && (run.isEmpty() || onlyNameGlue(sentence, ws.get(k - 1).end, w.start))) {
        run.add(w.text.toLowerCase(java.util.Locale.ROOT));
        named |= nameLike(w.text);
        continue;
      }
      if (named) out.add(String.join(" ", run));
      run = new ArrayList<>();
      named = false;
      if (part) {
        run.add(w.text.toLowerCase(java.util.Locale.ROOT));
        named = nameLike(w.text);
      }
    }
    return out;
  }

  private static boolean isInitial(String word) {
    return word.length() == 1 && Character.isUpperCase(word.charAt(0));
  }

  private static boolean onlyNameGlue(String s, int from, int to) {
    if (to - from > 2) return false;
    for (int i = from; i < to; i++) {
      if (" .-'\u2019\u00a0".indexOf(s.charAt(i)) < 0) return false;
    }
    return true;
  }

  /** Every proper end of each name ("la riva" and "riva" of "gloria la riva"). */
  static Set<String> properEnds(List<String> names) {
    Set<String> out = new HashSet<>();
    for (String n : names) {
      for (int i = n.indexOf(' '); i >= 0; i = n.indexOf(' ', i + 1)) out.add(n.substring(i + 1));
    }
    return out;
  }

  /** Every name and every end of one (what a reader who saw these names knows by name). */
  static Set<String> known(List<String> names) {
    Set<String> out = new HashSet<>(names);
    out.addAll(properEnds(names));
    return out;
  }

  /**
   * The names of a sentence that are short forms of a longer name its article used before
   * ({@code earlierEnds}: the {@link #properEnds} of the earlier sentences' names) and that the
   * sentence does not give in the longer form itself.
   */
  static List<String> shortNames(List<String> names, Set<String> earlierEnds) {
    Set<String> ownEnds = properEnds(names);
    List<String> out = new ArrayList<>();
    for (String n : names) {
      if (earlierEnds.contains(n) && !ownEnds.contains(n) && !out.contains(n) && !NOT_SHORT_NAMES.contains(n)) out.add(n);
    }
    return out;
  }

  /** The names that the sentences of at least {@code articles} different articles give. */
  static Set<String> usedByArticles(List<Candidate> candidates, int articles) {
    java.util.Map<String, Set<Integer>> by = new java.util.HashMap<>();
    for (Candidate c : candidates) {
      for (String n : c.known()) by.computeIfAbsent(n, k -> new HashSet<>()).add(c.article());
    }
    Set<String> out = new HashSet<>();
    by.forEach((n, as) -> {
      if (as.size() >= articles) out.add(n);
    });
    return out;
  }

  /**
   * Whether a singular personal pronoun outside the sentence's quotations comes before any name
   * there ({@code startsQuoted}: the sentence continues a quotation opened before it).
   */
  boolean leansOnPronoun(String sentence, boolean startsQuoted) {
    for (Word w : words(sentence, startsQuoted)) {
      if (w.quoted) continue;
      if (nameLike(w.text)) return false;
      if (pronouns.contains(w.text.toLowerCase(java.util.Locale.ROOT))) return true;
    }
    return false;
  }
}
