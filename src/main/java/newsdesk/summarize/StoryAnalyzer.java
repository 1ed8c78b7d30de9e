package newsdesk.summarize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;

/**
 * Turns a story's articles into {@link Candidate} sentences: splits them, cuts datelines, drops
 * page furniture, and weights each sentence's stemmed content words by tf-isf (term frequency times
 * inverse sentence frequency over the whole story). An article's first sentence opening with "This"
 * is not taken for a dangling one: it points forward ("This is the moment ..."); a sentence
 * inside a quotation begun in an earlier sentence is one, as its speaker is named there. An
 * interview speaker label is cut from the start of its sentence, and a sentence that is only a
 * label is dropped. A sentence that opens with a reply ("Yes.", "No, I think ...") is marked as
 * one: it needs the question before it. Interview lines are left unmarked: {@link TranscriptDetector}
 * marks them once the story's {@link SummarizerConfig} is known. What a sentence's words say is
 * {@link SentenceCues}' to tell; terms and weights are {@link StoryVocabulary}'s. Thread-safe:
 * per-call state only.
 */
final class StoryAnalyzer {
  /** The analysed story: candidates in article then sentence order, and one vector per title. */
  record Story(List<Candidate> candidates, List<SparseVector> titles, int articles) {}

  private final SentenceSplitter splitter;
  private final SummarizerResources resources;
  private final SentenceCues cues;

  StoryAnalyzer(SentenceSplitter splitter, SummarizerResources resources) {
    this.splitter = splitter;
    this.resources = resources;
    this.cues = new SentenceCues(resources);
  }

  Story analyze(List<SourceArticle> articles) {
    var vocabulary = new StoryVocabulary(resources);
    NameReferences references = references(articles);
    List<Draft> drafts = new ArrayList<>();
    for (int a = 0; a < articles.size(); a++) {
      String text = articles.get(a).text();
      Set<String> earlierEnds = new HashSet<>();
      int kept = 0;
      int raw = 0;
      String previous = null;
      List<SentenceSplitter.Span> spans = new ArrayList<>();
      List<Integer> starts = new ArrayList<>();
      List<Boolean> opening = new ArrayList<>();
      List<Boolean> labels = new ArrayList<>();
      for (SentenceSplitter.Span span : splitter.split(text)) {
        boolean opensArticle = raw++ == 0;
        int start = cues.cutLabel(text, span.start(), span.end());
        if (start < 0) continue;
        boolean labelled = start > span.start() && !Character.isWhitespace(text.charAt(span.start()));
        start = cues.cutDateline(text, start, span.end());
        String sentence = text.substring(start, span.end());
        // Page furniture (a caption between two paragraphs of one quotation) is no part of the text.
        if (!SentenceCues.hasLetters(sentence) || cues.isBoilerplate(sentence)) continue;
        spans.add(span);
        starts.add(start);
        opening.add(opensArticle);
        labels.add(labelled);
      }
      List<Quotations.State> quotes = Quotations.of(
          java.util.stream.IntStream.range(0, spans.size()).mapToObj(k -> text.substring(starts.get(k), spans.get(k).end())).toList(),
          spans.stream().map(SentenceSplitter.Span::paragraph).toList());
      for (int k = 0; k < spans.size(); k++) {
        SentenceSplitter.Span span = spans.get(k);
        boolean opensArticle = opening.get(k);
        int start = starts.get(k);
        boolean labelled = labels.get(k);
        String sentence = text.substring(start, span.end());
        boolean continuesQuote = quotes.get(k).continues();
        List<String> tokens = tokens(sentence);
        int[] terms = vocabulary.sentenceTerms(tokens);
        List<String> names = references.names(sentence);
        drafts.add(new Draft(a, kept++, start, span.end(), span.paragraph(), sentence, tokens, terms,
            vocabulary.keyBigrams(tokens), continuesQuote, opensArticle, quotes.get(k).leavesOpen(), quotes.get(k).closes(), labelled,
            previous != null && cues.isOrphan(tokens, previous), references.leansOnPronoun(sentence, continuesQuote),
            NameReferences.known(names), NameReferences.shortNames(names, earlierEnds)));
        earlierEnds.addAll(NameReferences.properEnds(names));
        previous = sentence;
      }
    }
    double[] isf = vocabulary.inverseSentenceFrequency(drafts.stream().map(Draft::terms).toList());
    List<FactSignature> facts = FactSignatures.of(resources.stopwords(), resources.numberWords(), drafts.stream().map(Draft::sentence).toList());
    List<Candidate> candidates = new ArrayList<>(drafts.size());
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      candidates.add(new Candidate(d.article, d.index, d.start, d.end, d.paragraph,
          wordCount(d.sentence), StoryVocabulary.weigh(d.terms, isf), bigrams(d.tokens),
          cues.isDangling(d.tokens, d.sentence, d.opensArticle, d.continuesQuote),
          SentenceCues.endsClean(d.sentence), SentenceCues.opensQuote(d.sentence), d.keyBigrams,
          facts.get(i), cues.isQuestion(d.sentence), cues.isReply(d.sentence), d.leavesQuoteOpen, d.quoteCloses, d.orphan,
          !d.opensArticle && cues.refersBackWithDemonstrative(d.tokens), false, vocabulary.hasCue(d.tokens), d.labelled,
          d.unnamedSubject, Set.copyOf(d.known), List.copyOf(d.shortNames)));
    }
    List<SparseVector> titles = new ArrayList<>();
    for (SourceArticle article : articles) {
      titles.add(StoryVocabulary.weigh(vocabulary.knownTerms(tokens(article.title())), isf));
    }
    return new Story(List.copyOf(candidates), List.copyOf(titles), articles.size());
  }

  /** The names and references of the story these articles tell. */
  NameReferences references(List<SourceArticle> articles) {
    return new NameReferences(resources.singularPronouns(),
        NameReferences.lowerCaseWords(articles.stream().map(SourceArticle::text).toList()));
  }

  private record Draft(int article, int index, int start, int end, int paragraph, String sentence,
      List<String> tokens, int[] terms, long[] keyBigrams, boolean continuesQuote, boolean opensArticle,
      boolean leavesQuoteOpen, boolean quoteCloses, boolean labelled, boolean orphan, boolean unnamedSubject, Set<String> known,
      List<String> shortNames) {}

  private static long[] bigrams(List<String> tokens) {
    long[] out = new long[Math.max(0, tokens.size() - 1)];
    for (int i = 0; i + 1 < tokens.size(); i++) {
      out[i] = ((long) tokens.get(i).hashCode() << 32) | (tokens.get(i + 1).hashCode() & 0xffffffffL);
    }
    return Arrays.stream(out).sorted().distinct().toArray();
  }

  /**
   * Characters of Chinese or Japanese text per word of a length budget: those scripts put no spaces
   * between words, and a word of either is about two characters on average (an English sentence
   * translates to roughly 1.5 to 2.5 times as many characters as it has words).
   */
  static final int CJK_CHARACTERS_PER_WORD = 2;

  /**
   * Lower-cased runs of letters and digits; a run of Chinese or Japanese characters (which has no
   * spaces between words) gives its character bigrams instead (one character alone: itself), the
   * terms of CJK indexing.
   */
  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) i++;
      int j = i;
      boolean cjk = i < text.length() && isCjk(text.charAt(i));
      while (j < text.length() && Character.isLetterOrDigit(text.charAt(j)) && isCjk(text.charAt(j)) == cjk) j++;
      if (j > i && !cjk) out.add(text.substring(i, j).toLowerCase(Locale.ROOT));
      if (j > i && cjk) {
        if (j - i == 1) out.add(text.substring(i, j));
        for (int k = i; k + 1 < j; k++) out.add(text.substring(k, k + 2));
      }
      i = j;
    }
    return out;
  }

  /** A Han, Hiragana or Katakana character, or a full-width letter or digit. */
  static boolean isCjk(char c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS && Character.isLetterOrDigit(c);
  }

  /** CJK punctuation (。、「」 and full-width marks): it separates like a space and counts for nothing. */
  private static boolean isCjkMark(char c) {
    Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
    return (b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS)
        && !Character.isLetterOrDigit(c);
  }

  /**
   * Words as the evaluation counts them: runs of non-white-space; in Chinese and Japanese text, one
   * word per {@link #CJK_CHARACTERS_PER_WORD} of its characters (rounded up), its punctuation and
   * the quotation marks around it not counted. Text of other scripts counts as it always did.
   */
  static int wordCount(String text) {
    int n = 0;
    int cjk = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isCjk(c)) {
        cjk++;
        inWord = false;
        continue;
      }
      boolean gap = Character.isWhitespace(c) || isCjkMark(c) || cjk > 0 && isQuoteMark(c);
      if (!gap && !inWord) n++;
      inWord = !gap;
    }
    return n + (cjk + CJK_CHARACTERS_PER_WORD - 1) / CJK_CHARACTERS_PER_WORD;
  }

  private static boolean isQuoteMark(char c) {
    return "\u201c\u201d\u2018\u2019\"'".indexOf(c) >= 0;
  }
}
