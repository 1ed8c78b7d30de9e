package newsdesk.summarize;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The extractive {@link Summarizer}: scores every sentence of every article ({@link SentenceScorer}),
 * picks them greedily by maximal marginal relevance under two hard rules against saying a fact
 * twice: no two chosen sentences share more than {@link SummarizerConfig#maxSharedBigrams()} of
 * their bigrams, and none restates another's fact in other words (shared names and numbers,
 * {@link FactSignature}, threshold {@link SummarizerConfig#factOverlap()}, or
 * {@link SummarizerConfig#factOverlapWithin()} between two sentences of one article). When a
 * candidate restates a chosen sentence's fact and says more besides, it takes that sentence's
 * place ({@link SummarizerConfig#factKeepRicher()}), so the brief keeps the fuller version and the
 * freed words or slot go to the next sentence. A sentence of an article
 * not yet in the brief gets {@link SummarizerConfig#newArticleBonus()}. It orders
 * them by article (one whose lead sentence was chosen first, the headline's article if it can,
 * then the article holding the best sentence) and by position within it, and
 * groups them into short paragraphs. Told the story's wire report
 * ({@link #summarize(List, SummaryLength, String)}), it heads and opens the brief with that report.
 * The parts: {@link StoryAnalyzer} (candidate sentences),
 * {@link TranscriptDetector}, {@link SentenceScorer}, {@link CandidateSelector} (with
 * {@link FactRepetition}), {@link BriefLayout} and {@link HeadlineWriter}.
 *
 * <p>A sentence opening with a pronoun or connective ("He said", "However") is chosen only right
 * after its predecessor in the same article and never opens a paragraph. Sentences shorter than
 * {@link SummarizerConfig#minWords()} and dangling ones without their predecessor are used only when
 * a sentence count cannot be met otherwise, or when nothing else could be chosen; questions, and
 * answers that open with a reply to one ("Yes.", "No, I think ..."), come after those. A null
 * length means {@link SummaryLength#DEFAULT}.
 * Deterministic and thread-safe.
 */
public final class ExtractiveSummarizer implements Summarizer {
  private final SummarizerSettings settings;
  private final StoryAnalyzer analyzer;
  private final HeadlineWriter headlines;

  public ExtractiveSummarizer(SummarizerSettings settings, SummarizerResources resources, HeadlineWriter headlines) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.analyzer = new StoryAnalyzer(new SentenceSplitter(resources), resources);
    this.headlines = Objects.requireNonNull(headlines, "headlines");
  }

  /** The tuned defaults with the bundled English resources. */
  public ExtractiveSummarizer() {
    this(SummarizerSettings.defaults(), SummarizerResources.english(), HeadlineWriter.english());
  }

  @Override
  public Brief summarize(List<SourceArticle> articles, SummaryLength length) {
    return summarize(articles, length, null);
  }

  /**
   * {@inheritDoc} Its title is the headline when {@link HeadlineWriter#usableTitle} takes it and no
   * newer article has updated a figure of its opening sentence (else the usual title, see
   * {@link HeadlineWriter#titleArticle}: the story moved on), and the brief then opens with the
   * report's opening sentence (it scores highest) and keeps that headline even when the opening
   * could not be taken.
   */
  @Override
  public Brief summarize(List<SourceArticle> articles, SummaryLength length, String report) {
    Objects.requireNonNull(articles, "articles");
    SummaryLength len = length == null ? SummaryLength.DEFAULT : length;
    StoryAnalyzer.Story analyzed = analyzer.analyze(articles);
    SummarizerConfig config = settings.forStory(
        (int) analyzed.candidates().stream().mapToInt(Candidate::article).distinct().count());
    StoryAnalyzer.Story story = new TranscriptDetector(config).markInterviewLines(analyzed);
    int reportIndex = -1;
    for (int i = 0; i < articles.size() && report != null; i++) {
      if (articles.get(i).id().equals(report)) reportIndex = i;
    }
    FigureUpdates updates = FigureUpdates.of(story.candidates(), articles, config, reportIndex);
    int reportArticle = reportIndex >= 0 && headlines.usableTitle(articles.get(reportIndex), updates::outdates)
        && !openingOutdated(reportIndex, story.candidates(), updates) ? reportIndex : -1;
    int headlineArticle = reportArticle >= 0 ? reportArticle : headlines.titleArticle(articles, updates::outdates);
    double[] score = new SentenceScorer(config).score(story, articles.stream().map(SourceArticle::published).toList());
    // An outdated figure's importance passes to its update: the fact is told, with the newer figure.
    for (int i = 0; i < score.length; i++) {
      if (updates.update()[i] >= 0) score[updates.update()[i]] = Math.max(score[updates.update()[i]], score[i]);
    }
    if (reportArticle >= 0) leadWith(reportArticle, story.candidates(), score);
    Set<String> headlineNames = new java.util.HashSet<>(NameReferences.usedByArticles(story.candidates(), 2));
    if (headlineArticle >= 0) {
      headlineNames.addAll(NameReferences.known(analyzer.references(articles).names(articles.get(headlineArticle).title())));
    }
    List<Candidate> chosen = new CandidateSelector(config, headlineArticle, headlineNames,
        OffLeadSentences.of(story, headlineArticle, config.offLeadSimilarity())).select(story, score, len, updates);
    List<List<SummarySentence>> paragraphs = new BriefLayout(config).paragraphs(chosen, headlineArticle, articles);
    if (reportArticle < 0) headlineArticle = leadArticle(chosen, paragraphs, articles, headlineArticle, updates);
    String lead = paragraphs.isEmpty() ? "" : paragraphs.get(0).get(0).text();
    return new Brief(headlines.write(articles, lead, headlineArticle), paragraphs,
        headlineArticle >= 0 ? articles.get(headlineArticle).id() : null);
  }

  /**
   * Whether a newer article has updated a figure of {@code article}'s opening sentence: the story
   * moved on, and the card tells the newer report rather than the wire's older one.
   */
  private static boolean openingOutdated(int article, List<Candidate> candidates, FigureUpdates updates) {
    for (int i = 0; i < candidates.size(); i++) {
      if (candidates.get(i).article() == article && candidates.get(i).index() == 0 && updates.outdated()[i]) return true;
    }
    return false;
  }

  /**
   * Makes the opening sentence of {@code article} (the story's wire report) score highest, so that
   * the brief opens with it under the report's headline: the card tells the report its link names.
   */
  private static void leadWith(int article, List<Candidate> candidates, double[] score) {
    double best = java.util.Arrays.stream(score).max().orElse(0);
    for (int i = 0; i < score.length; i++) {
      if (candidates.get(i).article() == article && candidates.get(i).index() == 0) score[i] = Math.nextUp(best);
    }
  }

  /**
   * The article that leads the brief, so that headline, "Read more" and the brief's first sentence
   * name one report: {@code headlineArticle}, unless the brief opens on another article's opening
   * sentence (the headline article's own opening was not chosen: a newer report restated it, or
   * told more) and that article's title can be the headline.
   */
  private int leadArticle(List<Candidate> chosen, List<List<SummarySentence>> paragraphs, List<SourceArticle> articles,
      int headlineArticle, FigureUpdates updates) {
    if (paragraphs.isEmpty()) return headlineArticle;
    SummarySentence first = paragraphs.get(0).get(0);
    for (int a = 0; a < articles.size(); a++) {
      if (a == headlineArticle || !articles.get(a).id().equals(first.articleId())) continue;
      final int article = a;
      boolean opening = chosen.stream().anyMatch(c -> c.article() == article && c.index() == 0 && c.start() == first.start());
      if (opening && headlines.usableTitle(articles.get(a), updates::outdates)) return a;
    }
    return headlineArticle;
  }
}
