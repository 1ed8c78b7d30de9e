package newsdesk.summarize;

import java.util.List;

/**
 * Scores a story's candidate sentences by generic, unsupervised signals (weights in
 * {@link SummarizerConfig}):
 *
 * <ul>
 *   <li>lead prior {@code 1 / (1 + i)^decay} on the sentence's index {@code i} in its article (news
 *       puts key facts first; Lead-3 is the baseline to beat);
 *   <li>centrality: cosine with the centroid of all the story's sentence vectors (Radev et al.,
 *       2004, centroid-based summarization);
 *   <li>cross-document agreement: for stories with several articles, the mean over the other
 *       articles of the best cosine with one of their sentences - a fact several outlets report is
 *       a key fact;
 *   <li>article centrality: the cosine of the sentence's article centroid with the story centroid,
 *       which keeps an off-topic or boiler-plate heavy article from supplying sentences;
 *   <li>title overlap: the best cosine with an article title;
 *   <li>bigram support: the share of the sentence's content bigrams that recur in another article
 *       (or, for a single article, in another sentence) - a restated phrase marks a key fact;
 *   <li>update novelty, in a story whose articles carry publication times: a sentence of an article
 *       published after another one gains {@code updateWeight} times one minus its best cosine with
 *       a sentence of an earlier article - what the newer report adds to what was known (the
 *       novelty of update summarization, TAC 2008 update task; Dang and Owczarzak, 2008);
 *   <li>a bonus {@code cueWeight} for a sentence about casualties (a word of
 *       {@code importance-cues.txt}: killed, dead, injured, ...);
 *   <li>penalties for very long sentences, text that does not end like a sentence (captions,
 *       navigation) and sentences that open with a quotation.
 * </ul>
 */
final class SentenceScorer {
  private final SummarizerConfig config;

  SentenceScorer(SummarizerConfig config) {
    this.config = config;
  }

  double[] score(StoryAnalyzer.Story story) {
    return score(story, java.util.Collections.nCopies(story.articles(), null));
  }

  /** Scores with the articles' publication times (null where unknown), in the story's article order. */
  double[] score(StoryAnalyzer.Story story, List<java.time.Instant> published) {
    List<Candidate> cs = story.candidates();
    int n = cs.size();
    double[] score = new double[n];
    if (n == 0) return score;
    SparseVector centroid = sum(cs, -1, story.articles()).normalized();
    SparseVector[] articleCentroids = new SparseVector[story.articles()];
    int articlesWithText = 0;
    for (int a = 0; a < story.articles(); a++) {
      articleCentroids[a] = sum(cs, a, story.articles()).normalized();
      if (articleCentroids[a].ids().length > 0) articlesWithText++;
    }
    double[] support = config.bigramWeight() == 0 ? new double[n] : bigramSupport(cs, articlesWithText > 1);
    double[] agreement = articlesWithText > 1 ? agreement(cs, story.articles(), articlesWithText) : new double[n];
    double[] novelty = config.updateWeight() == 0 ? new double[n] : novelty(cs, published);
    for (int i = 0; i < n; i++) {
      Candidate c = cs.get(i);
      double s = config.positionWeight() / Math.pow(1 + c.index(), config.positionDecay());
      s += config.centralityWeight() * c.vector().dot(centroid);
      s += config.agreementWeight() * agreement[i];
      s += config.bigramWeight() * support[i];
      s += config.updateWeight() * novelty[i];
      if (c.cue()) s += config.cueWeight();
      if (articlesWithText > 1) {
        s += config.articleWeight() * articleCentroids[c.article()].dot(centroid);
      }
      double title = 0;
      for (SparseVector t : story.titles()) title = Math.max(title, c.vector().dot(t));
      s += config.titleWeight() * title;
      if (c.words() > config.idealMaxWords()) {
        s -= config.longPenalty() * (c.words() - config.idealMaxWords());
      }
      if (!c.endsClean() && c.words() < config.fragmentWords()) s -= config.noPunctPenalty();
      if (c.opensQuote()) s -= config.quotePenalty();
      score[i] = s;
    }
    return score;
  }

  /**
   * For each sentence of an article published after another article of the story, one minus its
   * best cosine with a sentence of an earlier article; 0 elsewhere (and everywhere without times).
   */
  private static double[] novelty(List<Candidate> cs, List<java.time.Instant> published) {
    double[] out = new double[cs.size()];
    for (int i = 0; i < cs.size(); i++) {
      java.time.Instant t = published.get(cs.get(i).article());
      if (t == null) continue;
      double best = 0;
      boolean earlier = false;
      for (Candidate o : cs) {
        java.time.Instant u = published.get(o.article());
        if (u == null || !u.isBefore(t)) continue;
        earlier = true;
        best = Math.max(best, cs.get(i).vector().dot(o.vector()));
      }
      if (earlier) out[i] = 1 - best;
    }
    return out;
  }

  /** Sum of the vectors of one article's sentences ({@code article < 0}: all). */
  private static SparseVector sum(List<Candidate> cs, int article, int articles) {
    java.util.TreeMap<Integer, Double> acc = new java.util.TreeMap<>();
    for (Candidate c : cs) {
      if (article >= 0 && c.article() != article) continue;
      SparseVector v = c.vector();
      for (int k = 0; k < v.ids().length; k++) acc.merge(v.ids()[k], v.weights()[k], Double::sum);
    }
    return SparseVector.of(acc);
  }

  /**
   * Share of each sentence's content bigrams found in another article ({@code acrossArticles}) or
   * in another sentence.
   */
  private static double[] bigramSupport(List<Candidate> cs, boolean acrossArticles) {
    java.util.Map<Long, Long> seen = new java.util.HashMap<>();
    for (int i = 0; i < cs.size(); i++) {
      long key = acrossArticles ? cs.get(i).article() : i;
      for (long b : cs.get(i).keyBigrams()) {
        seen.merge(b, key, (old, k) -> old.equals(k) ? old : -1L);
      }
    }
    double[] out = new double[cs.size()];
    for (int i = 0; i < cs.size(); i++) {
      long[] bs = cs.get(i).keyBigrams();
      int shared = 0;
      for (long b : bs) if (seen.get(b) == -1L) shared++;
      out[i] = bs.length == 0 ? 0 : (double) shared / bs.length;
    }
    return out;
  }

  private static double[] agreement(List<Candidate> cs, int articles, int articlesWithText) {
    int n = cs.size();
    double[][] best = new double[n][articles];
    for (int i = 0; i < n; i++) {
      Candidate a = cs.get(i);
      for (int j = i + 1; j < n; j++) {
        Candidate b = cs.get(j);
        if (a.article() == b.article()) continue;
        double sim = a.vector().dot(b.vector());
        if (sim > best[i][b.article()]) best[i][b.article()] = sim;
        if (sim > best[j][a.article()]) best[j][a.article()] = sim;
      }
    }
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      double s = 0;
      for (double v : best[i]) s += v;
      out[i] = s / (articlesWithText - 1);
    }
    return out;
  }
}
