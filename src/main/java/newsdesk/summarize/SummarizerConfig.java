package newsdesk.summarize;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every weight and threshold of {@link ExtractiveSummarizer}, in one place. The score of a sentence
 * is a weighted sum of generic signals (see {@link SentenceScorer}); selection is greedy MMR
 * (Carbonell and Goldstein, 1998) under the hard "no fact twice" bigram rule.
 *
 * @param positionWeight   weight of the lead prior {@code 1 / (1 + index)^positionDecay}
 * @param positionDecay    how fast the lead prior falls with the sentence's index in its article
 * @param centralityWeight weight of the cosine between the sentence and the story's tf-isf centroid
 * @param agreementWeight  weight of cross-document agreement (mean over the other articles of the
 *                         best cosine with one of their sentences); multi-article stories only
 * @param titleWeight      weight of the best cosine with an article title
 * @param articleWeight    weight of the article's own centrality (its centroid against the story's)
 * @param bigramWeight     weight of bigram support: the share of the sentence's content bigrams that
 *                         recur elsewhere (in other articles of a multi-article story, in other
 *                         sentences of a single article) - repeated phrasing marks repeated facts
 * @param minWords         sentences shorter than this are used only to fill a sentence count
 * @param idealMaxWords    sentences longer than this lose {@code longPenalty} per extra word
 * @param longPenalty      score lost per word beyond {@code idealMaxWords}
 * @param noPunctPenalty   score lost by a sentence that does not end in . ! ? or a quote and is
 *                         shorter than {@code fragmentWords} (a heading, a caption, navigation)
 * @param fragmentWords    below this many words an unterminated sentence counts as a fragment
 * @param quotePenalty     score lost by a sentence that opens with a quotation mark (0 for stories of
 *                         several articles, whose quotations now come with their closing sentences)
 * @param mmrLambda        weight of the similarity to already chosen sentences (MMR)
 * @param maxSharedBigrams redundancy limit: two summary sentences may share at most this share of
 *                         the bigrams of the shorter one
 * @param paragraphSentences sentences per paragraph of the brief
 * @param danglingWindow   a sentence that opens with a pronoun or connective may follow only its
 *                         direct predecessor in its article (window 1)
 * @param factOverlap      "each fact once": a sentence is not taken when it shares a name or number
 *                         with a chosen one and at least this anchor-weighted share of its terms
 *                         (overlap coefficient, see {@link FactSignature}), or a specific number;
 *                         above 1 turns the rule off
 * @param factAnchorWeight in that share, a name or number weighs this many times a common word
 * @param newArticleBonus  score added to a sentence of an article that has no sentence in the
 *                         brief yet, so that a story told by several outlets draws on several
 * @param factKeepRicher   above 0: when a candidate states a chosen sentence's fact and more
 *                         besides (the chosen one's terms are mostly in it, not the other way
 *                         round), it replaces the chosen one instead of being refused, so the
 *                         brief keeps the version with more information and the freed words go
 *                         to the next sentence; 0 refuses it
 * @param factOverlapWithin the {@code factOverlap} threshold between two sentences of one article;
 *                         below 0, the same as {@code factOverlap} (two outlets paraphrase one
 *                         fact; one article rarely says it twice, but often names its subjects
 *                         again in sentences that say something new)
 * @param factPlainOverlap above 0: a sentence also restates a chosen one's fact, without any shared
 *                         name or number, when at least this share of the smaller one's terms
 *                         (rarity-weighted) is in both ("the town hall opened as an emergency
 *                         shelter" beside "The town hall has been turned into an emergency
 *                         shelter"); 0 turns it off
 * @param factPlainMinTerms the fewest terms such a pair must share ("One fact here." and "Another
 *                         fact there." share all their content words and still say nothing alike)
 * @param quoteClosingSentences a chosen sentence that leaves a quotation open takes along up to this
 *                         many following sentences of its article that close it (when they fit the
 *                         length and repeat nothing); 0 takes none
 * @param factPairs        1: the "each fact once" tests also compare a sentence with two consecutive
 *                         chosen sentences of another article taken together (one outlet tells in
 *                         two sentences what another tells in one); 2: also a sentence taken
 *                         together with its chosen neighbour against each chosen sentence of
 *                         another article; 0: off
 * @param orphanPronouns   1: a sentence opening with "He"/"She" after one whose speaker is plural
 *                         ("..., officials said.") is taken only when nothing else is left, like a
 *                         question; 0: as any dangling sentence
 * @param demonstratives   1: a sentence that refers back with "this/these + noun" ("launched this
 *                         event") and does not open its article never opens the brief; 2: it is
 *                         also chosen only after its predecessor, like a dangling one; 0: off
 * @param interviewLines   1: the lines of an interview transcript (see {@link Candidate#interview()})
 *                         are taken only when nothing else is left, so narration from the other
 *                         articles and the transcript's own introduction come first; 0: off
 * @param figureUpdates    above 0: in a story whose articles carry publication times, a sentence
 *                         stating a figure that a newer article states with another value is
 *                         outdated (see {@link FigureUpdates}; this many content words of the two
 *                         figures' clauses must agree): it is taken only when nothing else is left,
 *                         never beside its update, and its update scores at least as high as it;
 *                         0: off (an undated story is never affected)
 * @param updateWeight     weight of update novelty (see {@link SentenceScorer}): in a dated story,
 *                         what a newer article adds to the earlier ones; 0: off, the default
 *                         (Multi-News dated in article order lost 0.37 R1 at 0.3: novelty rewards
 *                         what the other outlets do not confirm)
 * @param cueWeight        score added to a sentence about casualties ({@link Candidate#cue()})
 * @param transcriptLabels an article with at least this many interview speaker labels is a
 *                         transcript (see {@link TranscriptDetector})
 * @param transcriptQuestions an article without them is a transcript when it asks at least this
 *                         many questions, in at least {@code transcriptSentences} sentences, and at
 *                         least one in every {@code transcriptQuestionEvery} sentences
 * @param transcriptSentences the fewest sentences of an article that questions alone make a
 *                         transcript (a short report that asks a few questions is none)
 * @param transcriptQuestionEvery questions make a transcript only when there is at least one in
 *                         every this many sentences of the article
 * @param restatedOverlap  above 0: in a story whose articles carry publication times, a sentence
 *                         that a newer article restates (at least this rarity-weighted share of the
 *                         smaller one's terms in both, names and numbers not needed, and at least
 *                         {@code factPlainMinTerms} terms) is outdated like an updated figure (see
 *                         {@link FigureUpdates}): the newer wording tells the fact ("No injuries were
 *                         reported, but the harbour was closed" over the older "..., and the harbour
 *                         remained open"); below {@code factPlainOverlap}, since a changed status
 *                         changes the very words two paraphrases share; 0: off
 * @param maxParagraphs    above 0: a brief that would have more paragraphs than this is laid out
 *                         again with one more sentence per paragraph (up to three more), so a card
 *                         has a few short paragraphs, not one per sentence pair of a long brief
 * @param unnamedSubjects  1: a sentence whose "he" or "she" comes before any name outside its
 *                         quotations ({@link Candidate#unnamedSubject()}: "\"...\", he added.") is
 *                         chosen only after its predecessor and never opens a paragraph, like one
 *                         opening with a pronoun; 0: off
 * @param introducedNames  1: a sentence naming someone only by a short form of a longer name used
 *                         earlier in its article ({@link Candidate#shortNames()}: "Gammon" after
 *                         "C.L. Gammon") is chosen only once the brief names that person (an earlier
 *                         sentence of its article, a sentence of another article, or the headline's
 *                         title) or the sentences of two articles of the story give it (the story's
 *                         protagonist, whom the headline names); 0: off
 * @param openQuotes       1 (the default): a sentence that leaves a quotation open (see
 *                         {@link Quotations}) and cannot take along the sentences that close it (too
 *                         many, past the length, repeating a chosen sentence, or a quotation the text
 *                         never closes) is taken only in the last pass, when nothing else is left, so
 *                         no brief paragraph ends inside a quotation; 0: it may be taken alone from the
 *                         third pass on, and in any pass when the text never closes the quotation
 * @param offLeadSimilarity above 0: in a story of several articles with a headline article, a sentence
 *                         of another article whose opening (title and first sentence) has a cosine
 *                         below this with the headline article's opening, and which itself has a
 *                         cosine below this with that opening, is off the story's lead (two reports
 *                         grouped by what they share, each about its own event): it is taken only when
 *                         nothing else is left; 0: off
 * @param budgetPasses     a brief of a word budget runs this many of the selector's passes even when
 *                         the first pass found sentences (the later ones then fill the words left over;
 *                         2 measured no better than 1); a sentence count runs them all whenever it is not met
 * @param introducers      1: a sentence held back because it names someone the brief has not introduced
 *                         ({@code introducedNames}) may be chosen together with the nearest earlier
 *                         sentence of its article that gives those names in full, when both fit and that
 *                         one is admissible itself; 0: off
 */
public record SummarizerConfig(
    double positionWeight,
    double positionDecay,
    double centralityWeight,
    double agreementWeight,
    double titleWeight,
    double articleWeight,
    double bigramWeight,
    int minWords,
    int idealMaxWords,
    double longPenalty,
    double noPunctPenalty,
    int fragmentWords,
    double quotePenalty,
    double mmrLambda,
    double maxSharedBigrams,
    int paragraphSentences,
    int danglingWindow,
    double factOverlap,
    double factAnchorWeight,
    double newArticleBonus,
    double factKeepRicher,
    double factOverlapWithin,
    double factPlainOverlap,
    int factPlainMinTerms,
    int quoteClosingSentences,
    int factPairs,
    int orphanPronouns,
    int demonstratives,
    int interviewLines,
    int figureUpdates,
    double updateWeight,
    double cueWeight,
    int transcriptLabels,
    int transcriptQuestions,
    int transcriptSentences,
    int transcriptQuestionEvery,
    double restatedOverlap,
    int maxParagraphs,
    int unnamedSubjects,
    int introducedNames,
    int openQuotes,
    double offLeadSimilarity,
    int budgetPasses,
    int introducers) {

  /** Shared starting values; {@link SummarizerSettings#defaults()} adjusts them per kind of story. */
  public static SummarizerConfig defaults() {
    return new SummarizerConfig(1.0, 0.5, 0.3, 0.5, 0.3, 0.3, 0.3, 6, 30, 0.01, 1.0, 1000, 0.2, 0.6, 0.5, 2, 1, 0.5, 2.5, 0.0, 0, -1, 0.7, 3, 6, 2, 1, 1, 1, 2, 0, 0, 2, 3, 10, 5, 0.6, 4, 1, 1, 1, 0.1, 1, 1);
  }

  /**
   * A copy with some components replaced, by component name (for experiments from the command
   * line, e.g. {@code positionDecay=0.8}).
   *
   * @throws IllegalArgumentException naming the unknown component or the bad value
   */
  public SummarizerConfig with(Map<String, String> overrides) {
    RecordComponent[] components = SummarizerConfig.class.getRecordComponents();
    for (String key : overrides.keySet()) {
      boolean known = false;
      for (RecordComponent c : components) known |= c.getName().equals(key);
      if (!known) throw new IllegalArgumentException("unknown summarizer parameter: " + key);
    }
    List<Object> values = new ArrayList<>();
    Class<?>[] types = new Class<?>[components.length];
    try {
      for (int i = 0; i < components.length; i++) {
        RecordComponent c = components[i];
        types[i] = c.getType();
        String v = overrides.get(c.getName());
        if (v == null) values.add(c.getAccessor().invoke(this));
        else if (c.getType() == int.class) values.add(Integer.parseInt(v.strip()));
        else values.add(Double.parseDouble(v.strip()));
      }
      return SummarizerConfig.class.getDeclaredConstructor(types).newInstance(values.toArray());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("bad number in summarizer parameters " + overrides, e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
