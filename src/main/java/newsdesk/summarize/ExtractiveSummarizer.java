package newsdesk.summarize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
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
 * groups them into short paragraphs.
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
    Objects.requireNonNull(articles, "articles");
    SummaryLength len = length == null ? SummaryLength.DEFAULT : length;
    StoryAnalyzer.Story analyzed = analyzer.analyze(articles);
    SummarizerConfig config = settings.forStory(
        (int) analyzed.candidates().stream().mapToInt(Candidate::article).distinct().count());
    StoryAnalyzer.Story story = new TranscriptDetector(config).markInterviewLines(analyzed);
    FigureUpdates updates = FigureUpdates.of(story.candidates(), articles, config.figureUpdates());
    int headlineArticle = headlines.titleArticle(articles, updates::outdates);
    double[] score = new SentenceScorer(config).score(story, articles.stream().map(SourceArticle::published).toList());
    // An outdated figure's importance passes to its update: the fact is told, with the newer figure.
    for (int i = 0; i < score.length; i++) {
      if (updates.update()[i] >= 0) score[updates.update()[i]] = Math.max(score[updates.update()[i]], score[i]);
    }
    List<Candidate> chosen = select(config, story, score, len, headlineArticle, updates);
    List<List<SummarySentence>> paragraphs = paragraphs(config, order(config, chosen, headlineArticle), articles);
    String lead = paragraphs.isEmpty() ? "" : paragraphs.get(0).get(0).text();
    return new Brief(headlines.write(articles, lead, headlineArticle), paragraphs,
        headlineArticle >= 0 ? articles.get(headlineArticle).id() : null);
  }

  private static List<Candidate> select(SummarizerConfig config, StoryAnalyzer.Story story, double[] score, SummaryLength len,
      int headlineArticle, FigureUpdates updates) {
    List<Candidate> cs = story.candidates();
    List<Candidate> chosen = new ArrayList<>();
    Set<Integer> taken = new HashSet<>();
    int words = 0;
    // Pass 0 obeys every rule; later passes admit short sentences, then dangling ones: for a
    // sentence count, so that "exactly N" holds whenever the story has N distinct sentences; for a
    // word budget, only when pass 0 found nothing (a story told in short sentences still gets a
    // summary rather than none).
    // Pass 3 admits interview lines and pronouns without an antecedent; the last pass admits
    // questions, so that they fill a brief only when nothing else is left.
    int passes = 5;
    double[] redundancy = new double[cs.size()];
    Set<Integer> articlesUsed = new HashSet<>();
    java.util.Map<Integer, List<Integer>> closingOf = new java.util.HashMap<>();
    for (int pass = 0; pass < passes && !full(chosen, words, len)
        && (pass == 0 || len.sentences() > 0 || chosen.isEmpty()); pass++) {
      while (!full(chosen, words, len)) {
        int best = -1;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < cs.size(); i++) {
          if (taken.contains(i)) continue;
          // An outdated figure only fills a brief that has nothing else left, and never beside its update.
          if (updates.outdated()[i] && (pass < passes - 1 || chosen.contains(cs.get(updates.update()[i])))) continue;
          Candidate c = cs.get(i);
          double value = score[i] - config.mmrLambda() * redundancy[i]
              + (articlesUsed.contains(c.article()) ? 0 : config.newArticleBonus());
          if (value <= bestValue) continue;
          List<Integer> closing = c.leavesQuoteOpen() ? quoteClosing(config, cs, i, taken, chosen) : List.of();
          boolean withClosing = closing != null
              && admissible(config, c, pass, chosen, words + wordsOf(cs, closing), len, closing.size(), headlineArticle);
          // Once the brief is short of sentences (the later passes), an open quotation is the lesser evil.
          if (!withClosing && ((pass < 2 && closing != null) || !admissible(config, c, pass, chosen, words, len, 0, headlineArticle))) continue;
          closingOf.put(i, withClosing ? closing : List.of());
          if (value > bestValue) {
            bestValue = value;
            best = i;
          }
        }
        if (best < 0) break;
        taken.add(best);
        Candidate picked = cs.get(best);
        List<Candidate> superseded = superseded(config, picked, chosen, headlineArticle);
        chosen.removeAll(superseded);
        for (Candidate s : superseded) words -= s.words();
        chosen.add(picked);
        articlesUsed.add(picked.article());
        words += picked.words();
        // A quotation the picked sentence leaves open is closed by the sentences that follow it.
        for (int j : closingOf.get(best)) {
          taken.add(j);
          chosen.add(cs.get(j));
          words += cs.get(j).words();
        }
        if (superseded.isEmpty()) {
          List<Candidate> added = new ArrayList<>(List.of(picked));
          for (int j : closingOf.get(best)) added.add(cs.get(j));
          for (int i = 0; i < cs.size(); i++) {
            for (Candidate a : added) redundancy[i] = Math.max(redundancy[i], cs.get(i).vector().dot(a.vector()));
          }
        } else {
          for (int i = 0; i < cs.size(); i++) {
            double r = 0;
            for (Candidate s : chosen) r = Math.max(r, cs.get(i).vector().dot(s.vector()));
            redundancy[i] = r;
          }
        }
      }
    }
    return chosen;
  }

  private enum Fact { NEW, REPEAT, RICHER }

  /**
   * Whether {@code c} states {@code s}'s fact: not at all, with nothing more ({@code REPEAT}), or
   * with more besides ({@code RICHER}: {@code s}'s terms are mostly in {@code c} but not the other
   * way round, and {@code s} is not the antecedent of a chosen dangling sentence).
   */
  private static Fact compare(SummarizerConfig config, Candidate c, Candidate s, List<Candidate> chosen) {
    FactSignature a = c.facts();
    FactSignature b = s.facts();
    double w = config.factAnchorWeight();
    double t = c.article() == s.article() && config.factOverlapWithin() >= 0 ? config.factOverlapWithin() : config.factOverlap();
    if (!a.repeats(b, t, w, config.factPlainOverlap(), config.factPlainMinTerms())) return Fact.NEW;
    if (config.factKeepRicher() <= 0) return Fact.REPEAT;
    if (a.coveredBy(b, w) >= t || b.coveredBy(a, w) < t) return Fact.REPEAT;
    if (c.words() < s.words()) return Fact.REPEAT;
    for (Candidate d : chosen) {
      if (d.dangling() && d.article() == s.article() && d.index() == s.index() + 1) return Fact.REPEAT;
    }
    return Fact.RICHER;
  }

  /**
   * The chosen sentences {@code c} restates with more besides. The opening of the headline's
   * article is never one: sharing its names is not saying what it says (a follow-up's "Senators
   * questioned the pact" shares every name of "The two countries signed a pact"), and without it
   * the brief can lose the event its headline names.
   */
  private static List<Candidate> superseded(SummarizerConfig config, Candidate c, List<Candidate> chosen, int headlineArticle) {
    List<Candidate> out = new ArrayList<>();
    for (Candidate s : chosen) {
      if (s.article() == headlineArticle && s.index() == 0) continue;
      if (compare(config, c, s, chosen) == Fact.RICHER) out.add(s);
    }
    List<Candidate> pairs = pairRepeat(config, c, chosen, headlineArticle);
    if (pairs != null) {
      for (Candidate s : pairs) {
        if (!out.contains(s)) out.add(s);
      }
    }
    return out;
  }

  /**
   * The sentences after {@code cs[i]} in its article, not yet taken, up to the one that closes the
   * quotation {@code cs[i]} leaves open; null when none closes it within
   * {@link SummarizerConfig#quoteClosingSentences()} or
   * one of them would repeat a chosen sentence, {@code cs[i]} or another of them (then
   * {@code cs[i]} may still be chosen alone).
   */
  private static List<Integer> quoteClosing(SummarizerConfig config, List<Candidate> cs, int i, Set<Integer> taken,
      List<Candidate> chosen) {
    List<Integer> run = new ArrayList<>();
    Candidate c = cs.get(i);
    List<Candidate> before = new ArrayList<>(chosen);
    before.add(c);
    for (int j = i + 1, k = 1; j < cs.size() && k <= config.quoteClosingSentences(); j++, k++) {
      Candidate n = cs.get(j);
      if (n.article() != c.article() || n.index() != c.index() + k) return null;
      if (!taken.contains(j)) {
        // A closing sentence that would say a chosen one's fact again cannot be taken along.
        for (Candidate s : before) {
          if (n.sharedBigrams(s) > config.maxSharedBigrams() || compare(config, n, s, before) != Fact.NEW) return null;
        }
        run.add(j);
        before.add(n);
      }
      if (!n.leavesQuoteOpen()) return run;
    }
    return null;
  }

  private static int wordsOf(List<Candidate> cs, List<Integer> ids) {
    int sum = 0;
    for (int j : ids) sum += cs.get(j).words();
    return sum;
  }

  private static boolean admissible(SummarizerConfig config, Candidate c, int pass, List<Candidate> chosen, int words,
      SummaryLength len, int alongside, int headlineArticle) {
    if (len.sentences() > 0 && chosen.size() + 1 + alongside > len.sentences()) return false;
    if (pass < 1 && c.words() < config.minWords()) return false;
    if (pass < 2 && c.dangling() && !hasPredecessor(config, c, chosen)) return false;
    if (pass < 2 && config.demonstratives() > 1 && c.demonstrative() && !hasPredecessor(config, c, chosen)) return false;
    if (pass < 3 && (config.orphanPronouns() > 0 && c.orphan() || config.interviewLines() > 0 && c.interview())) return false;
    if (pass < 4 && (c.question() || c.reply())) return false;
    int freed = 0;
    List<Candidate> richer = new ArrayList<>();
    for (Candidate s : chosen) {
      if (c.sharedBigrams(s) > config.maxSharedBigrams()) return false;
      Fact f = compare(config, c, s, chosen);
      if (f == Fact.REPEAT) return false;
      // The headline article's lead is never superseded, so a fuller restatement of it is a repeat.
      if (f == Fact.RICHER && s.article() == headlineArticle && s.index() == 0) return false;
      if (f == Fact.RICHER) {
        freed += s.words();
        richer.add(s);
      }
    }
    List<Candidate> pairs = pairRepeat(config, c, chosen, headlineArticle);
    if (pairs != null && pairs.isEmpty()) return false;
    if (pairs != null) {
      for (Candidate s : pairs) {
        if (!richer.contains(s)) freed += s.words();
      }
    }
    if (len.words() > 0 && words - freed + c.words() > len.words()) return false;
    return true;
  }

  /**
   * The "each fact once" test on pairs: {@code c} states what two consecutive chosen sentences of
   * another article state together ("Lopez declared a state of emergency ... She said the state
   * would ask for federal aid." beside "The governor has declared a state of emergency ... and plans
   * to request federal disaster assistance."): refused; or {@code c} and a chosen neighbour in its
   * own article together state what a chosen sentence of another article states: that sentence is
   * superseded by the pair when the pair has at least its words (and it is neither the headline
   * article's lead nor the antecedent of a chosen dangling sentence), else {@code c} is refused.
   * Each sentence alone shares too little with the other to count as a repeat.
   *
   * @return null when {@code c} repeats nothing this way, else the chosen sentences it supersedes
   *         (empty: {@code c} is refused)
   */
  private static List<Candidate> pairRepeat(SummarizerConfig config, Candidate c, List<Candidate> chosen, int headlineArticle) {
    if (config.factPairs() <= 0) return null;
    double w = config.factAnchorWeight();
    List<Candidate> superseded = new ArrayList<>();
    for (Candidate p : chosen) {
      if (p.article() == c.article()) continue;
      for (Candidate q : chosen) {
        if (q.article() == p.article() && q.index() == p.index() + 1
            && c.facts().repeats(p.facts().union(q.facts()), config.factOverlap(), w, config.factPlainOverlap(), config.factPlainMinTerms())) {
          return List.of();
        }
      }
    }
    if (config.factPairs() < 2) return null;
    for (Candidate p : chosen) {
      if (p.article() != c.article() || Math.abs(p.index() - c.index()) != 1) continue;
      FactSignature pair = p.facts().union(c.facts());
      for (Candidate s : chosen) {
        if (s.article() == c.article() || superseded.contains(s)
            || !s.facts().repeats(pair, config.factOverlap(), w, config.factPlainOverlap(), config.factPlainMinTerms())) {
          continue;
        }
        if (s.article() == headlineArticle && s.index() == 0 || p.words() + c.words() < s.words()) return List.of();
        for (Candidate d : chosen) {
          if (d.dangling() && d.article() == s.article() && d.index() == s.index() + 1) return List.of();
        }
        superseded.add(s);
      }
    }
    return superseded.isEmpty() ? null : superseded;
  }

  private static boolean hasPredecessor(SummarizerConfig config, Candidate c, List<Candidate> chosen) {
    for (Candidate s : chosen) {
      int gap = c.index() - s.index();
      if (s.article() == c.article() && gap >= 1 && gap <= config.danglingWindow()) return true;
    }
    return false;
  }

  private static boolean full(List<Candidate> chosen, int words, SummaryLength len) {
    return len.sentences() > 0 ? chosen.size() >= len.sentences() : words >= len.words();
  }

  /**
   * By article, then by position within it. The first article is one whose opening sentence was
   * chosen, so that the brief begins on a lead rather than on a later article's detail: the
   * article whose title is the headline if its opening is among the chosen, else the first such
   * article in the order of best sentences. The others follow in the order of their best sentence.
   * An unresolved opener never leads.
   */
  private static List<Candidate> order(SummarizerConfig config, List<Candidate> chosen, int headlineArticle) {
    List<Integer> articleOrder = new ArrayList<>();
    chosen.stream().filter(c -> c.index() == 0)
        .min(Comparator.comparing((Candidate c) -> c.article() != headlineArticle))
        .ifPresent(c -> articleOrder.add(c.article()));
    for (Candidate c : chosen) {
      if (!articleOrder.contains(c.article())) articleOrder.add(c.article());
    }
    List<Candidate> out = new ArrayList<>(chosen);
    out.sort(Comparator.<Candidate>comparingInt(c -> articleOrder.indexOf(c.article()))
        .thenComparingInt(Candidate::index));
    for (int i = 0; i < out.size() && cannotLead(config, out.get(0)); i++) {
      if (!cannotLead(config, out.get(i))) {
        out.add(0, out.remove(i));
        break;
      }
    }
    return out;
  }

  /** A sentence that leans on one before it: it never opens the brief. */
  private static boolean cannotLead(SummarizerConfig config, Candidate c) {
    return c.dangling() || config.demonstratives() > 0 && c.demonstrative();
  }

  private static List<List<SummarySentence>> paragraphs(SummarizerConfig config, List<Candidate> ordered, List<SourceArticle> articles) {
    List<List<SummarySentence>> out = new ArrayList<>();
    List<SummarySentence> current = new ArrayList<>();
    Candidate previous = null;
    for (Candidate c : ordered) {
      boolean mayOpen = !c.dangling();
      boolean wantsBreak = previous != null
          && (previous.article() != c.article() || current.size() >= config.paragraphSentences());
      if (!current.isEmpty() && wantsBreak && mayOpen) {
        out.add(current);
        current = new ArrayList<>();
      }
      SourceArticle a = articles.get(c.article());
      current.add(new SummarySentence(a.text().substring(c.start(), c.end()), a.id(), c.start(), c.end()));
      previous = c;
    }
    if (!current.isEmpty()) out.add(current);
    return out;
  }
}
