package newsdesk.summarize;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Builds the {@link FactSignature}s of one story's sentences, with term ids shared across the story.
 *
 * <p>A term is a stemmed word that is not a stop word, or a number kept whole ("4,200" is 4200). A
 * name is a capitalised word; the first word of a sentence counts as one only when the story also
 * writes it capitalised inside a sentence ("Nordair cancelled ..." after "... by Nordair"), since
 * every sentence opens with a capital. A number written as a word ("three hours") is an anchor like
 * a name. A number is specific when it has at least three digits, does
 * not start with 0 and is neither a year (1800-2099) nor a clock time: such a number rarely stands
 * for two different facts of one story. Thread-safe: per-call state only.
 */
final class FactSignatures {
  private static final Pattern TOKEN = Pattern.compile("\\d+(?:[.,:]\\d+)*|\\p{L}[\\p{L}\\p{M}\\p{N}]*");

  private final Set<String> stopwords;
  private final Set<String> numberWords;
  private final Set<String> namesInside = new HashSet<>();
  private final Map<String, Integer> ids = new HashMap<>();
  private final Map<String, String> stems = new HashMap<>();
  private final EnglishStemmer stemmer = new EnglishStemmer();

  /**
   * @param numberWords numbers written as words, anchors like digits
   * @param sentences   every sentence of the story, to learn which opening words are names
   */
  private FactSignatures(Set<String> stopwords, Set<String> numberWords, List<String> sentences) {
    this.stopwords = stopwords;
    this.numberWords = numberWords;
    for (String s : sentences) {
      for (Token t : tokens(s, true)) {
        if (!t.opening() && Character.isUpperCase(t.text().charAt(0))) namesInside.add(t.text().toLowerCase(Locale.ROOT));
      }
    }
  }

  /** A word or number of a text; {@code opening} when it is the first word of its sentence. */
  private record Token(String text, boolean opening) {
    boolean isNumber() {
      return Character.isDigit(text.charAt(0));
    }

    /** The number without its thousands separators ("4,200" is 4200). */
    String number() {
      return text.replace(",", "");
    }
  }

  /** The words and numbers of {@code text}; its first is a sentence's opening when {@code sentenceStart}. */
  private static List<Token> tokens(String text, boolean sentenceStart) {
    List<Token> out = new java.util.ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    boolean first = sentenceStart;
    while (m.find()) {
      out.add(new Token(m.group(), first));
      first = false;
    }
    return out;
  }

  /**
   * Whether a word ({@code lower}, its lower case) is a name: capitalised, and if it opens its
   * sentence, also capitalised somewhere inside one.
   */
  private boolean isName(Token token, String lower) {
    return Character.isUpperCase(token.text().charAt(0)) && (!token.opening() || namesInside.contains(lower));
  }

  /** The signatures of a story's sentences (in order), weighted by inverse sentence frequency. */
  static List<FactSignature> of(Set<String> stopwords, Set<String> numberWords, List<String> sentences) {
    return new FactSignatures(stopwords, numberWords, sentences).weighted(sentences);
  }

  private List<FactSignature> weighted(List<String> sentences) {
    List<FactSignature> raw = sentences.stream().map(this::unweighted).toList();
    Map<Integer, Integer> df = new HashMap<>();
    for (FactSignature f : raw) for (int t : f.terms()) df.merge(t, 1, Integer::sum);
    List<FactSignature> out = new java.util.ArrayList<>(raw.size());
    for (FactSignature f : raw) {
      double[] w = new double[f.terms().length];
      for (int i = 0; i < w.length; i++) {
        w[i] = Math.log((raw.size() + 1.0) / df.get(f.terms()[i]));
      }
      out.add(new FactSignature(f.terms(), f.anchor(), w, f.specific(), f.figures()));
    }
    return out;
  }

  private FactSignature unweighted(String sentence) {
    Map<Integer, Boolean> anchors = new HashMap<>();
    Set<Integer> specific = new HashSet<>();
    for (Token token : tokens(sentence, true)) {
      if (token.isNumber()) {
        String number = token.number();
        int id = id("#" + number);
        anchors.put(id, true);
        if (isSpecific(number)) specific.add(id);
        continue;
      }
      String t = token.text();
      String lower = t.toLowerCase(Locale.ROOT);
      if (t.length() < 2 || stopwords.contains(lower)) continue;
      boolean name = numberWords.contains(lower) || isName(token, lower);
      anchors.merge(id(stems.computeIfAbsent(lower, this::stem)), name, Boolean::logicalOr);
    }
    if (anchors.isEmpty()) return FactSignature.EMPTY;
    int[] terms = anchors.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    boolean[] anchor = new boolean[terms.length];
    for (int i = 0; i < terms.length; i++) anchor[i] = anchors.get(terms[i]);
    return new FactSignature(terms, anchor, new double[terms.length],
        specific.stream().mapToInt(Integer::intValue).sorted().toArray(), figures(sentence));
  }

  /**
   * The figures of a sentence, clause by clause: each number (digits, or a number word of
   * {@code number-values.txt}) with what it counts, the {@link #FIGURE_WINDOW} content words on
   * each side of it in its clause that are neither names nor numbers ("forcing 20,000 people to
   * evacuate their homes": force; people, evacuate, home). The whole clause was too wide: "Ash up to
   * five centimetres thick covered roads" shared "ash" and "cover" with "forcing 20,000 villagers
   * to evacuate and covering East Java in ash".
   * A clause that names a year tells history ("An eruption in 1990 killed 30 people"), which no
   * later report updates: it has no figures. Clock times are no figures.
   */
  private List<FactSignature.Figure> figures(String sentence) {
    List<FactSignature.Figure> out = new java.util.ArrayList<>();
    int offset = 0;
    for (String clause : CLAUSE.split(sentence, -1)) {
      boolean sentenceStart = offset == 0;
      offset += clause.length() + 1;
      // The clause as a sequence of content-word ids, with each number's value at its place.
      List<Integer> words = new java.util.ArrayList<>();
      List<String> valueAt = new java.util.ArrayList<>();
      boolean history = false;
      for (Token token : tokens(clause, sentenceStart)) {
        if (token.isNumber()) {
          String number = token.number();
          if (isYear(number)) history = true;
          else if (number.indexOf(':') < 0) {
            words.add(-1);
            valueAt.add(number);
          }
          continue;
        }
        String t = token.text();
        String lower = t.toLowerCase(Locale.ROOT);
        String value = NUMBER_VALUES.get(lower);
        if (value != null) {
          words.add(-1);
          valueAt.add(value);
          continue;
        }
        if (t.length() < 2 || stopwords.contains(lower) || numberWords.contains(lower)) continue;
        if (isName(token, lower)) continue;
        words.add(id(stems.computeIfAbsent(lower, this::stem)));
        valueAt.add(null);
      }
      if (history) continue;
      for (int k = 0; k < words.size(); k++) {
        if (valueAt.get(k) == null) continue;
        Set<Integer> context = new java.util.TreeSet<>();
        for (int step = -1; step <= 1; step += 2) {
          int taken = 0;
          for (int j = k + step; j >= 0 && j < words.size() && taken < FIGURE_WINDOW; j += step) {
            if (words.get(j) >= 0) {
              context.add(words.get(j));
              taken++;
            }
          }
        }
        if (!context.isEmpty()) {
          out.add(new FactSignature.Figure(valueAt.get(k), context.stream().mapToLong(Integer::longValue).toArray()));
        }
      }
    }
    return out;
  }

  private static boolean isYear(String number) {
    if (number.length() != 4 || !number.chars().allMatch(Character::isDigit)) return false;
    int value = Integer.parseInt(number);
    return value >= 1800 && value <= 2099;
  }

  /** How many content words on each side of a number say what it counts (see {@link #figures}). */
  static final int FIGURE_WINDOW = 4;

  /** Clause boundaries: punctuation that is not inside a number ("20,000", "10:30"). */
  private static final Pattern CLAUSE = Pattern.compile(",(?!\\d)|;|:(?!\\d)|[()\\[\\]\u2013\u2014]|\\s-\\s");

  /** Number words with a value ("three" = 3), from {@code number-values.txt}. */
  private static final Map<String, String> NUMBER_VALUES = numberValues();

  private static Map<String, String> numberValues() {
    Map<String, String> out = new HashMap<>();
    for (String l : SummarizerResources.lines("number-values.txt")) {
      String[] kv = l.split("\\s+");
      out.put(kv[0].toLowerCase(Locale.ROOT), kv[1]);
    }
    return Map.copyOf(out);
  }

  /** A number's value as {@link FactSignature.Figure#value()} writes it, or null when it is none. */
  static String figureValue(String token) {
    if (token.isEmpty()) return null;
    if (Character.isDigit(token.charAt(0))) {
      String number = token.replace(",", "");
      return number.indexOf(':') >= 0 || isYear(number) ? null : number;
    }
    return NUMBER_VALUES.get(token.toLowerCase(Locale.ROOT));
  }

  private static boolean isSpecific(String number) {
    if (number.indexOf(':') >= 0 || number.charAt(0) == '0') return false;
    String digits = number.replace(".", "");
    if (digits.length() < 3) return false;
    return !isYear(number);
  }

  private int id(String term) {
    return ids.computeIfAbsent(term, k -> ids.size());
  }

  private String stem(String word) {
    stemmer.setCurrent(word);
    stemmer.stem();
    return stemmer.getCurrent();
  }
}
