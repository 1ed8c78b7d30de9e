package newsdesk.summarize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Turns a story's articles into {@link Candidate} sentences: splits them, cuts datelines, drops
 * page furniture, and weights each sentence's stemmed content words by tf-isf (term frequency times
 * inverse sentence frequency over the whole story). An article's first sentence opening with "This"
 * is not taken for a dangling one: it points forward ("This is the moment ..."); a sentence
 * inside a quotation begun in an earlier sentence is one, as its speaker is named there. An
 * interview speaker label is cut from the start of its sentence, and a sentence that is only a
 * label is dropped. A sentence that opens with a reply ("Yes.", "No, I think ...") is marked as
 * one: it needs the question before it. Interview lines are left unmarked: {@link TranscriptDetector}
 * marks them once the story's {@link SummarizerConfig} is known. Thread-safe: per-call state only.
 */
final class StoryAnalyzer {
  /** The analysed story: candidates in article then sentence order, and one vector per title. */
  record Story(List<Candidate> candidates, List<SparseVector> titles, int articles) {}

  private final SentenceSplitter splitter;
  private final SummarizerResources resources;

  StoryAnalyzer(SentenceSplitter splitter, SummarizerResources resources) {
    this.splitter = splitter;
    this.resources = resources;
  }

  Story analyze(List<SourceArticle> articles) {
    var stemmer = new EnglishStemmer();
    Map<String, String> stems = new HashMap<>();
    Map<String, Integer> ids = new HashMap<>();
    List<Draft> drafts = new ArrayList<>();
    for (int a = 0; a < articles.size(); a++) {
      String text = articles.get(a).text();
      int kept = 0;
      boolean insideQuote = false;
      int raw = 0;
      String previous = null;
      for (SentenceSplitter.Span span : splitter.split(text)) {
        boolean opensArticle = raw++ == 0;
        int start = cutLabel(text, span.start(), span.end());
        if (start < 0) continue;
        boolean labelled = start > span.start() && !Character.isWhitespace(text.charAt(span.start()));
        start = cutDateline(text, start, span.end());
        String sentence = text.substring(start, span.end());
        boolean continuesQuote = insideQuote;
        insideQuote = leavesQuoteOpen(sentence, insideQuote);
        if (!hasLetters(sentence) || isBoilerplate(sentence)) continue;
        List<String> tokens = tokens(sentence);
        int[] terms = tokens.stream()
            .filter(t -> !resources.stopwords().contains(t))
            .map(t -> stems.computeIfAbsent(t, w -> stem(stemmer, w)))
            .mapToInt(s -> ids.computeIfAbsent(s, k -> ids.size()))
            .toArray();
        drafts.add(new Draft(a, kept++, start, span.end(), span.paragraph(), sentence, tokens, terms,
            keyBigrams(tokens, stems, stemmer), continuesQuote, opensArticle, insideQuote, labelled,
            previous != null && isOrphan(tokens, previous)));
        previous = sentence;
      }
    }
    double[] isf = inverseSentenceFrequency(drafts, ids.size());
    List<FactSignature> facts = FactSignatures.of(resources.stopwords(), resources.numberWords(), drafts.stream().map(Draft::sentence).toList());
    List<Candidate> candidates = new ArrayList<>(drafts.size());
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      candidates.add(new Candidate(d.article, d.index, d.start, d.end, d.paragraph,
          wordCount(d.sentence), weigh(d.terms, isf), bigrams(d.tokens), isDangling(d),
          endsClean(d.sentence), opensQuote(d.sentence), d.keyBigrams,
          facts.get(i), isQuestion(d.sentence), isReply(d.sentence), d.leavesQuoteOpen, d.orphan,
          !d.opensArticle && refersBackWithDemonstrative(d.tokens), false, hasCue(d.tokens, stems, stemmer), d.labelled));
    }
    List<SparseVector> titles = new ArrayList<>();
    for (SourceArticle article : articles) {
      int[] terms = tokens(article.title()).stream()
          .filter(t -> !resources.stopwords().contains(t))
          .map(t -> stems.computeIfAbsent(t, w -> stem(stemmer, w)))
          .map(ids::get)
          .filter(java.util.Objects::nonNull)
          .mapToInt(Integer::intValue)
          .toArray();
      titles.add(weigh(terms, isf));
    }
    return new Story(List.copyOf(candidates), List.copyOf(titles), articles.size());
  }

  /** Whether a sentence has one of the importance cues (compared as stems). */
  private boolean hasCue(List<String> tokens, Map<String, String> stems, EnglishStemmer stemmer) {
    if (resources.importanceCues().isEmpty()) return false;
    for (String t : tokens) {
      if (resources.importanceCues().contains(stems.computeIfAbsent(t, w -> stem(stemmer, w)))) return true;
    }
    return false;
  }

  private record Draft(int article, int index, int start, int end, int paragraph, String sentence,
      List<String> tokens, int[] terms, long[] keyBigrams, boolean continuesQuote, boolean opensArticle,
      boolean leavesQuoteOpen, boolean labelled, boolean orphan) {}

  /**
   * Whether a sentence opening with "He" or "She" follows one whose speaker is plural ("..., officials
   * said."): read after it, the pronoun points at nobody.
   */
  private boolean isOrphan(List<String> tokens, String previous) {
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
  private boolean refersBackWithDemonstrative(List<String> tokens) {
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

  private long[] keyBigrams(List<String> tokens, Map<String, String> stems, EnglishStemmer stemmer) {
    long[] out = new long[Math.max(0, tokens.size() - 1)];
    int n = 0;
    for (int i = 0; i + 1 < tokens.size(); i++) {
      String a = tokens.get(i);
      String b = tokens.get(i + 1);
      if (resources.stopwords().contains(a) && resources.stopwords().contains(b)) continue;
      String sa = stems.computeIfAbsent(a, w -> stem(stemmer, w));
      String sb = stems.computeIfAbsent(b, w -> stem(stemmer, w));
      out[n++] = ((long) sa.hashCode() << 32) | (sb.hashCode() & 0xffffffffL);
    }
    return Arrays.stream(out, 0, n).sorted().distinct().toArray();
  }

  /**
   * Start of the sentence after its speaker labels, or -1 when the sentence is nothing but labels
   * (the span moves, so the brief's offsets still point at exactly the text it shows).
   */
  private int cutLabel(String text, int start, int end) {
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

  private boolean isQuestion(String sentence) {
    for (Pattern p : resources.questions()) {
      if (p.matcher(sentence).find()) return true;
    }
    return false;
  }

  /** Whether the sentence opens with a reply cue, after any opening quotation marks. */
  private boolean isReply(String sentence) {
    int from = 0;
    while (from < sentence.length() && "\"'\u2018\u201c\u00ab".indexOf(sentence.charAt(from)) >= 0) from++;
    for (Pattern p : resources.replyOpeners()) {
      if (p.matcher(sentence).region(from, sentence.length()).lookingAt()) return true;
    }
    return false;
  }

  private int cutDateline(String text, int start, int end) {
    for (Pattern p : resources.datelines()) {
      Matcher m = p.matcher(text).region(start, end);
      if (m.lookingAt() && m.end() < end) start = m.end();
    }
    return start;
  }

  /**
   * Whether a quotation is still open after this sentence: a quote that runs over several sentences
   * leaves the later ones without their speaker. Curly quotes are counted by direction, straight
   * double quotes by parity.
   */
  private static boolean leavesQuoteOpen(String sentence, boolean open) {
    boolean state = open;
    for (int i = 0; i < sentence.length(); i++) {
      char c = sentence.charAt(i);
      if (c == '\u201c') state = true;
      else if (c == '\u201d') state = false;
      else if (c == '"') state = !state;
    }
    return state;
  }

  private boolean isBoilerplate(String sentence) {
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
  private boolean isDangling(Draft d) {
    if (d.opensArticle) return !d.tokens.isEmpty() && !resources.demonstratives().contains(d.tokens.get(0)) && opensWithConnective(d);
    return d.continuesQuote || opensWithConnective(d);
  }

  /** A first word of two or more capitals (after any opening quotation mark), then a non-letter. */
  private static final java.util.regex.Pattern ACRONYM_FIRST =
      java.util.regex.Pattern.compile("[\\s\"'\u201C\u2018(]*\\p{Lu}{2,}(?![\\p{L}])");

  private boolean opensWithConnective(Draft d) {
    List<String> tokens = d.tokens;
    for (List<String> opener : resources.standAloneOpeners()) {
      if (tokens.size() >= opener.size() && tokens.subList(0, opener.size()).equals(opener)) return false;
    }
    // "US", "IT": an acronym, not the pronoun its lower case spells (unless the whole sentence shouts).
    if (ACRONYM_FIRST.matcher(d.sentence).lookingAt() && d.sentence.chars().anyMatch(Character::isLowerCase)) return false;
    for (List<String> opener : resources.danglingOpeners()) {
      if (tokens.size() >= opener.size() && tokens.subList(0, opener.size()).equals(opener)) {
        return true;
      }
    }
    return false;
  }

  private static double[] inverseSentenceFrequency(List<Draft> drafts, int terms) {
    int[] df = new int[terms];
    for (Draft d : drafts) {
      for (int t : Arrays.stream(d.terms).distinct().toArray()) df[t]++;
    }
    double[] isf = new double[terms];
    for (int t = 0; t < terms; t++) isf[t] = Math.log((drafts.size() + 1.0) / df[t]);
    return isf;
  }

  private static SparseVector weigh(int[] terms, double[] isf) {
    if (terms.length == 0) return SparseVector.EMPTY;
    int[] sorted = terms.clone();
    Arrays.sort(sorted);
    int distinct = 0;
    int[] ids = new int[sorted.length];
    double[] weights = new double[sorted.length];
    for (int i = 0; i < sorted.length; i++) {
      if (distinct > 0 && ids[distinct - 1] == sorted[i]) {
        weights[distinct - 1] += isf[sorted[i]];
      } else {
        ids[distinct] = sorted[i];
        weights[distinct++] = isf[sorted[i]];
      }
    }
    return new SparseVector(Arrays.copyOf(ids, distinct), Arrays.copyOf(weights, distinct)).normalized();
  }

  private static long[] bigrams(List<String> tokens) {
    long[] out = new long[Math.max(0, tokens.size() - 1)];
    for (int i = 0; i + 1 < tokens.size(); i++) {
      out[i] = ((long) tokens.get(i).hashCode() << 32) | (tokens.get(i + 1).hashCode() & 0xffffffffL);
    }
    return Arrays.stream(out).sorted().distinct().toArray();
  }

  /** Lower-cased runs of letters and digits. */
  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) i++;
      int j = i;
      while (j < text.length() && Character.isLetterOrDigit(text.charAt(j))) j++;
      if (j > i) out.add(text.substring(i, j).toLowerCase(Locale.ROOT));
      i = j;
    }
    return out;
  }

  /** Words as the evaluation counts them: runs of non-white-space. */
  static int wordCount(String text) {
    int n = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) n++;
      inWord = !space;
    }
    return n;
  }

  private static String stem(EnglishStemmer stemmer, String word) {
    stemmer.setCurrent(word);
    stemmer.stem();
    return stemmer.getCurrent();
  }

  private static boolean hasLetters(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) return true;
    }
    return false;
  }

  /** Ends like a sentence: a terminator, maybe closing quotes, and no "..." of a cut-off teaser. */
  private static boolean endsClean(String s) {
    if (s.endsWith("...") || s.endsWith("\u2026")) return false;
    int i = s.length() - 1;
    while (i >= 0 && "\"'\u2019\u201d)]".indexOf(s.charAt(i)) >= 0) i--;
    return i >= 0 && ".!?".indexOf(s.charAt(i)) >= 0;
  }

  private static boolean opensQuote(String s) {
    return !s.isEmpty() && "\"'\u2018\u201c".indexOf(s.charAt(0)) >= 0;
  }
}
