package newsdesk.summarize;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The "each fact once" rule of {@link ExtractiveSummarizer} between a candidate sentence and the
 * sentences already chosen: whether it restates one's fact ({@link FactSignature}, threshold
 * {@link SummarizerConfig#factOverlap()}, or {@link SummarizerConfig#factOverlapWithin()} between
 * two sentences of one article), whether it says that fact and more besides
 * ({@link SummarizerConfig#factKeepRicher()}), and the same tests on pairs of consecutive sentences
 * ({@link SummarizerConfig#factPairs()}). The opening of the headline's article is never replaced.
 * Stateless once built; thread-safe.
 */
final class FactRepetition {
  /** How a candidate relates to a chosen sentence's fact. */
  enum Fact { NEW, REPEAT, RICHER }

  private final SummarizerConfig config;
  private final int headlineArticle;

  /**
   * @param config          the story's parameters
   * @param headlineArticle the article whose title is the headline, -1 for none
   */
  FactRepetition(SummarizerConfig config, int headlineArticle) {
    this.config = Objects.requireNonNull(config, "config");
    this.headlineArticle = headlineArticle;
  }

  /** Whether {@code s} is the opening sentence of the headline's article (never superseded). */
  boolean isHeadlineLead(Candidate s) {
    return s.article() == headlineArticle && s.index() == 0;
  }

  /**
   * Whether {@code c} states {@code s}'s fact: not at all, with nothing more ({@code REPEAT}), or
   * with more besides ({@code RICHER}: {@code s}'s terms are mostly in {@code c} but not the other
   * way round, {@code s} is not the antecedent of a chosen dangling sentence, nor does it go on with a
   * quotation the chosen sentence before it leaves open).
   */
  Fact compare(Candidate c, Candidate s, List<Candidate> chosen) {
    FactSignature a = c.facts();
    FactSignature b = s.facts();
    double w = config.factAnchorWeight();
    double t = c.article() == s.article() && config.factOverlapWithin() >= 0 ? config.factOverlapWithin() : config.factOverlap();
    if (!a.repeats(b, t, w, config.factPlainOverlap(), config.factPlainMinTerms())) return Fact.NEW;
    if (config.factKeepRicher() <= 0) return Fact.REPEAT;
    if (a.coveredBy(b, w) >= t || b.coveredBy(a, w) < t) return Fact.REPEAT;
    if (c.words() < s.words()) return Fact.REPEAT;
    if (isAntecedentOfDangling(s, chosen) || goesOnWithChosenQuote(s, chosen)) return Fact.REPEAT;
    return Fact.RICHER;
  }

  /**
   * The chosen sentences {@code c} restates with more besides. The opening of the headline's
   * article is never one: sharing its names is not saying what it says (a follow-up's "Senators
   * questioned the pact" shares every name of "The two countries signed a pact"), and without it
   * the brief can lose the event its headline names.
   */
  List<Candidate> superseded(Candidate c, List<Candidate> chosen) {
    List<Candidate> out = new ArrayList<>();
    for (Candidate s : chosen) {
      if (isHeadlineLead(s)) continue;
      if (compare(c, s, chosen) == Fact.RICHER) out.add(s);
    }
    List<Candidate> pairs = pairRepeat(c, chosen);
    if (pairs != null) {
      for (Candidate s : pairs) {
        if (!out.contains(s)) out.add(s);
      }
    }
    return out;
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
  List<Candidate> pairRepeat(Candidate c, List<Candidate> chosen) {
    if (config.factPairs() <= 0) return null;
    List<Candidate> superseded = new ArrayList<>();
    for (Candidate p : chosen) {
      if (p.article() == c.article()) continue;
      for (Candidate q : chosen) {
        if (q.article() == p.article() && q.index() == p.index() + 1 && repeats(c.facts(), p.facts().union(q.facts()))) {
          return List.of();
        }
      }
    }
    if (config.factPairs() < 2) return null;
    for (Candidate p : chosen) {
      if (p.article() != c.article() || Math.abs(p.index() - c.index()) != 1) continue;
      FactSignature pair = p.facts().union(c.facts());
      for (Candidate s : chosen) {
        if (s.article() == c.article() || superseded.contains(s) || !repeats(s.facts(), pair)) continue;
        if (isHeadlineLead(s) || p.words() + c.words() < s.words()) return List.of();
        if (isAntecedentOfDangling(s, chosen) || goesOnWithChosenQuote(s, chosen)) return List.of();
        superseded.add(s);
      }
    }
    return superseded.isEmpty() ? null : superseded;
  }

  /** Whether {@code a} restates {@code b} by the across-articles threshold. */
  private boolean repeats(FactSignature a, FactSignature b) {
    return a.repeats(b, config.factOverlap(), config.factAnchorWeight(), config.factPlainOverlap(), config.factPlainMinTerms());
  }

  /**
   * Whether {@code s} goes on with a quotation that the chosen sentence right before it in its article
   * leaves open: without {@code s} the brief would leave that quotation open.
   */
  private static boolean goesOnWithChosenQuote(Candidate s, List<Candidate> chosen) {
    for (Candidate p : chosen) {
      if (p.leavesQuoteOpen() && p.article() == s.article() && p.index() == s.index() - 1) return true;
    }
    return false;
  }

  /** Whether a chosen dangling sentence leans on {@code s} (it directly follows it in its article). */
  private boolean isAntecedentOfDangling(Candidate s, List<Candidate> chosen) {
    for (Candidate d : chosen) {
      if (CandidateSelector.leansBack(d, config) && d.article() == s.article() && d.index() == s.index() + 1) return true;
    }
    return false;
  }
}
