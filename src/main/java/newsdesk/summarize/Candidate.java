package newsdesk.summarize;

/**
 * A sentence of a story that the summarizer may choose, with what scoring and selection need.
 *
 * @param article     index of the article in the story's input order
 * @param index       index of the sentence among its article's kept sentences
 * @param start       start of the sentence in the article text (after any dateline cut)
 * @param end         end of the sentence in the article text
 * @param paragraph   paragraph of the article the sentence sits in
 * @param words       number of white-space separated words
 * @param vector      tf-isf weighted stemmed content terms, L2-normalised
 * @param bigrams     lower-cased word bigrams (for the no-fact-twice rule), sorted, distinct
 * @param dangling    opens with a pronoun or connective that refers back
 * @param endsClean   ends with a sentence terminator (or a closing quote after one)
 * @param opensQuote  opens with a quotation mark
 * @param leavesQuoteOpen a quotation is still open at its end (see {@link Quotations})
 * @param quoteCloses a later sentence of its article closes that quotation, so the two can be taken
 *                    together; false for a quotation the text never closes
 * @param keyBigrams  stemmed bigrams with at least one content word, distinct (for bigram support)
 * @param facts       content words, names and numbers, for the "each fact once" rule
 * @param question    asks rather than tells: taken only when nothing else is left
 * @param reply       opens with a reply ("Yes.", "No, I think ...") that needs the question before
 *                    it: taken only when nothing else is left, like a question
 * @param orphan      opens with "He" or "She" right after a sentence whose speaker is plural
 *                    ("..., officials said."): the pronoun has nobody to refer to
 * @param demonstrative refers back with "this/these + noun" ("launched this event"), not at the
 *                    opening of its article: it cannot open a brief
 * @param interview   a line of an interview transcript (from the first question or speaker label
 *                    of an article that is one): the interviewer's or interviewee's words, not
 *                    narration; false until {@link TranscriptDetector} marks the story
 * @param cue         has a word of {@link SummarizerResources#importanceCues()} (casualties)
 * @param labelled    opened with an interview speaker label, cut from its text (see
 *                    {@link SummarizerResources#transcriptLabels()})
 * @param unnamedSubject outside its quotations, "he" or "she" comes before any name ("\"...\", he
 *                    added."): who speaks is named in a sentence before it (see {@link NameReferences})
 * @param known       the names the sentence gives and every end of them, lower case ("gloria la
 *                    riva", "la riva", "riva"): a reader of it knows these people by these names
 * @param shortNames  the names it gives only in a short form of a longer name an earlier sentence
 *                    of its article used ("Gammon" after "C.L. Gammon"): they need introducing
 */
record Candidate(
    int article,
    int index,
    int start,
    int end,
    int paragraph,
    int words,
    SparseVector vector,
    long[] bigrams,
    boolean dangling,
    boolean endsClean,
    boolean opensQuote,
    long[] keyBigrams,
    FactSignature facts,
    boolean question,
    boolean reply,
    boolean leavesQuoteOpen,
    boolean quoteCloses,
    boolean orphan,
    boolean demonstrative,
    boolean interview,
    boolean cue,
    boolean labelled,
    boolean unnamedSubject,
    java.util.Set<String> known,
    java.util.List<String> shortNames) {

  /** This sentence with {@code interview} set as given, every other component the same. */
  Candidate withInterview(boolean line) {
    return new Candidate(article, index, start, end, paragraph, words, vector, bigrams, dangling, endsClean,
        opensQuote, keyBigrams, facts, question, reply, leavesQuoteOpen, quoteCloses, orphan, demonstrative, line, cue, labelled,
        unnamedSubject, known, shortNames);
  }

  /** Share of the shorter sentence's bigrams that the other one also has. */
  double sharedBigrams(Candidate other) {
    long[] a = bigrams;
    long[] b = other.bigrams;
    if (a.length == 0 || b.length == 0) return 0;
    int shared = SortedIds.sharedCount(a, b);
    return (double) shared / Math.min(a.length, b.length);
  }
}
