package newsdesk.summarize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Chooses a brief's sentences from a scored story: greedy maximal marginal relevance (Carbonell
 * and Goldstein, 1998; weight {@link SummarizerConfig#mmrLambda()}) under two hard rules against
 * saying a fact twice: no two chosen sentences share more than
 * {@link SummarizerConfig#maxSharedBigrams()} of their bigrams, and none restates another's fact
 * ({@link FactRepetition}; a fuller restatement takes the other's place). A sentence of an article
 * not yet in the brief gets {@link SummarizerConfig#newArticleBonus()}; a sentence that leaves a
 * quotation open takes along the ones that close it ({@link Quotations}), and one held back for a
 * name the brief has not introduced may bring the earlier sentence that introduces it
 * ({@link SummarizerConfig#introducers()}). Either pair is chosen as one, at the value of the sentence
 * that needs the other.
 *
 * <p>Pass 0 obeys every rule; later passes admit short sentences, then dangling ones; pass 3
 * interview lines and pronouns without an antecedent; the last questions and replies. For a
 * sentence count the later passes run whenever the count is not met; for a word budget only when
 * pass 0 found nothing ({@link SummarizerConfig#budgetPasses()}). Passes 0 and 1 also hold back a
 * sentence that names someone the brief has not introduced ({@link SummarizerConfig#introducedNames()});
 * passes 0 to 2 a sentence off the story's lead; every pass but the last a sentence that leaves a
 * quotation open which cannot be closed in the brief ({@link SummarizerConfig#openQuotes()}), so no
 * brief paragraph ends inside a quotation unless nothing else is left. An outdated figure
 * ({@link FigureUpdates}) is taken only in the last pass,
 * never beside its update. Deterministic; one selector serves one story (no mutable state of its
 * own).
 */
final class CandidateSelector {
  private static final int PASSES = 5;

  private final SummarizerConfig config;
  private final FactRepetition facts;
  private final Set<String> headlineNames;
  private final java.util.function.Predicate<Candidate> offLead;

  /**
   * @param config          the story's parameters
   * @param headlineArticle the article whose title is the headline, -1 for none
   * @param headlineNames   the names the headline gives ({@link NameReferences#known}), so that a
   *                        sentence may use their short forms
   * @param offLead         whether a candidate is off the story's lead
   *                        ({@link SummarizerConfig#offLeadSimilarity()}): taken only when nothing else is left
   */
  CandidateSelector(SummarizerConfig config, int headlineArticle, Set<String> headlineNames,
      java.util.function.Predicate<Candidate> offLead) {
    this.config = Objects.requireNonNull(config, "config");
    this.facts = new FactRepetition(config, headlineArticle);
    this.headlineNames = Set.copyOf(headlineNames);
    this.offLead = Objects.requireNonNull(offLead, "offLead");
  }

  CandidateSelector(SummarizerConfig config, int headlineArticle) {
    this(config, headlineArticle, Set.of(), c -> false);
  }

  /** The chosen sentences, in the order they were chosen (superseded ones removed). */
  List<Candidate> select(StoryAnalyzer.Story story, double[] score, SummaryLength len, FigureUpdates updates) {
    List<Candidate> cs = story.candidates();
    List<Candidate> chosen = new ArrayList<>();
    Set<Integer> taken = new HashSet<>();
    int words = 0;
    double[] redundancy = new double[cs.size()];
    Set<Integer> articlesUsed = new HashSet<>();
    Map<Integer, List<Integer>> closingOf = new HashMap<>();
    Map<Integer, Integer> introducerOf = new HashMap<>();
    for (int pass = 0; pass < PASSES && !full(chosen, words, len)
        && (pass < config.budgetPasses() || len.sentences() > 0 || chosen.isEmpty()); pass++) {
      while (!full(chosen, words, len)) {
        int best = -1;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < cs.size(); i++) {
          if (taken.contains(i)) continue;
          // An outdated figure only fills a brief that has nothing else left, and never beside its update.
          if (updates.outdated()[i] && (pass < PASSES - 1 || chosen.contains(cs.get(updates.update()[i])))) continue;
          Candidate c = cs.get(i);
          double value = score[i] - config.mmrLambda() * redundancy[i]
              + (articlesUsed.contains(c.article()) ? 0 : config.newArticleBonus());
          if (value <= bestValue) continue;
          List<Integer> closing = c.leavesQuoteOpen() ? quoteClosing(cs, i, taken, chosen) : List.of();
          boolean withClosing = closing != null
              && admissible(c, pass, chosen, words + wordsOf(cs, closing), len, closing.size());
          // With openQuotes, a sentence whose quotation cannot be closed in the brief waits for the last
          // pass (nothing else is left); without, it waits only while its closing could still come along.
          boolean waitsForClosing = config.openQuotes() > 0 ? c.leavesQuoteOpen() && pass < PASSES - 1
              : pass < 2 && closing != null;
          int intro = -1;
          if (!withClosing && (waitsForClosing || !admissible(c, pass, chosen, words, len, 0))) {
            // A sentence that names someone the brief has not introduced may bring the sentence that does.
            intro = waitsForClosing || c.leavesQuoteOpen() ? -1 : introducer(cs, i, taken, chosen, pass, words, len);
            if (intro < 0) continue;
          }
          closingOf.put(i, withClosing ? closing : List.of());
          introducerOf.put(i, intro);
          if (value > bestValue) {
            bestValue = value;
            best = i;
          }
        }
        if (best < 0) break;
        List<Candidate> superseded = new ArrayList<>();
        int intro = introducerOf.get(best);
        if (intro >= 0) {
          taken.add(intro);
          Candidate introducing = cs.get(intro);
          superseded.addAll(facts.superseded(introducing, chosen));
          chosen.removeAll(superseded);
          for (Candidate s : superseded) words -= s.words();
          chosen.add(introducing);
          articlesUsed.add(introducing.article());
          words += introducing.words();
        }
        taken.add(best);
        Candidate picked = cs.get(best);
        List<Candidate> supersededByPicked = facts.superseded(picked, chosen);
        superseded.addAll(supersededByPicked);
        chosen.removeAll(supersededByPicked);
        for (Candidate s : supersededByPicked) words -= s.words();
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
          if (intro >= 0) added.add(cs.get(intro));
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

  /**
   * The sentences after {@code cs[i]} in its article, not yet taken, up to the one that closes the
   * quotation {@code cs[i]} leaves open; null when none closes it within
   * {@link SummarizerConfig#quoteClosingSentences()} (or the text never closes it), or
   * one of them would repeat a chosen sentence, {@code cs[i]} or another of them (then
   * {@code cs[i]} waits, see {@link SummarizerConfig#openQuotes()}).
   */
  private List<Integer> quoteClosing(List<Candidate> cs, int i, Set<Integer> taken, List<Candidate> chosen) {
    List<Integer> run = new ArrayList<>();
    Candidate c = cs.get(i);
    if (!c.quoteCloses()) return null;
    List<Candidate> before = new ArrayList<>(chosen);
    before.add(c);
    for (int j = i + 1, k = 1; j < cs.size() && k <= config.quoteClosingSentences(); j++, k++) {
      Candidate n = cs.get(j);
      if (n.article() != c.article() || n.index() != c.index() + k) return null;
      // A sentence taken before and since superseded by a fuller one is gone: the run would have a gap.
      if (taken.contains(j) && !chosen.contains(n)) return null;
      if (!taken.contains(j)) {
        // A closing sentence that would say a chosen one's fact again cannot be taken along.
        for (Candidate s : before) {
          if (n.sharedBigrams(s) > config.maxSharedBigrams()
              || facts.compare(n, s, before) != FactRepetition.Fact.NEW) return null;
        }
        run.add(j);
        before.add(n);
      }
      if (!n.leavesQuoteOpen()) return run;
    }
    return null;
  }

  /**
   * With {@link SummarizerConfig#introducers()}: the earlier sentence of {@code cs[i]}'s article, not
   * yet taken, that gives every name {@code cs[i]} uses without the brief having introduced it, when
   * the two can be chosen together in this pass (the first admissible now, then {@code cs[i]} after
   * it); -1 for none.
   */
  private int introducer(List<Candidate> cs, int i, Set<Integer> taken, List<Candidate> chosen, int pass, int words,
      SummaryLength len) {
    Candidate c = cs.get(i);
    if (config.introducers() <= 0 || pass >= 2 || c.shortNames().isEmpty()) return -1;
    for (int j = i - 1; j >= 0 && cs.get(j).article() == c.article(); j--) {
      Candidate n = cs.get(j);
      if (taken.contains(j) || n.leavesQuoteOpen() || !n.known().containsAll(c.shortNames())) continue;
      if (!admissible(n, pass, chosen, words + c.words(), len, 1)) continue;
      List<Candidate> with = new ArrayList<>(chosen);
      with.add(n);
      if (admissible(c, pass, with, words + n.words(), len, 0)) return j;
    }
    return -1;
  }

  private static int wordsOf(List<Candidate> cs, List<Integer> ids) {
    int sum = 0;
    for (int j : ids) sum += cs.get(j).words();
    return sum;
  }

  private boolean admissible(Candidate c, int pass, List<Candidate> chosen, int words, SummaryLength len, int alongside) {
    if (len.sentences() > 0 && chosen.size() + 1 + alongside > len.sentences()) return false;
    if (pass < 1 && c.words() < config.minWords()) return false;
    if (pass < 2 && leansBack(c) && !hasPredecessor(c, chosen)) return false;
    if (pass < 2 && config.introducedNames() > 0 && !namesKnown(c, chosen)) return false;
    if (pass < 2 && config.demonstratives() > 1 && c.demonstrative() && !hasPredecessor(c, chosen)) return false;
    if (pass < 3 && (config.orphanPronouns() > 0 && c.orphan() || config.interviewLines() > 0 && c.interview())) return false;
    if (pass < 3 && offLead.test(c)) return false;
    if (pass < 4 && (c.question() || c.reply())) return false;
    int freed = 0;
    List<Candidate> richer = new ArrayList<>();
    for (Candidate s : chosen) {
      if (c.sharedBigrams(s) > config.maxSharedBigrams()) return false;
      FactRepetition.Fact f = facts.compare(c, s, chosen);
      if (f == FactRepetition.Fact.REPEAT) return false;
      // The headline article's lead is never superseded, so a fuller restatement of it is a repeat.
      if (f == FactRepetition.Fact.RICHER && facts.isHeadlineLead(s)) return false;
      if (f == FactRepetition.Fact.RICHER) {
        freed += s.words();
        richer.add(s);
      }
    }
    List<Candidate> pairs = facts.pairRepeat(c, chosen);
    if (pairs != null && pairs.isEmpty()) return false;
    if (pairs != null) {
      for (Candidate s : pairs) {
        if (!richer.contains(s)) freed += s.words();
      }
    }
    if (len.words() > 0 && words - freed + c.words() > len.words()) return false;
    return true;
  }

  /** Dangling, or (with {@link SummarizerConfig#unnamedSubjects()}) its "he" or "she" comes before any name. */
  static boolean leansBack(Candidate c, SummarizerConfig config) {
    return c.dangling() || config.unnamedSubjects() > 0 && c.unnamedSubject();
  }

  private boolean leansBack(Candidate c) {
    return leansBack(c, config);
  }

  /**
   * Whether every short name of {@code c} is known to the reader by then: from the headline, a
   * chosen sentence of another article, or a chosen earlier sentence of its own.
   */
  private boolean namesKnown(Candidate c, List<Candidate> chosen) {
    for (String name : c.shortNames()) {
      if (headlineNames.contains(name)) continue;
      boolean known = false;
      for (Candidate s : chosen) {
        if ((s.article() != c.article() || s.index() < c.index()) && s.known().contains(name)) known = true;
      }
      if (!known) return false;
    }
    return true;
  }

  private boolean hasPredecessor(Candidate c, List<Candidate> chosen) {
    for (Candidate s : chosen) {
      int gap = c.index() - s.index();
      if (s.article() == c.article() && gap >= 1 && gap <= config.danglingWindow()) return true;
    }
    return false;
  }

  private static boolean full(List<Candidate> chosen, int words, SummaryLength len) {
    return len.sentences() > 0 ? chosen.size() >= len.sentences() : words >= len.words();
  }
}
