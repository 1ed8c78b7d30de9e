package newsdesk.summarize;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The sentences of a story that are off its lead: a clusterer groups two reports by what they share
 * (the Cairo summit on the Turkish-Libyan border deal and the Greek prime minister on the EastMed
 * pipeline), and the brief, which is about the headline's report, should not wander into the other
 * one's own subject. A sentence is off the lead when the story has several articles and a headline
 * article, the sentence belongs to another article whose opening (title and first sentence) has a
 * cosine below {@code threshold} with the headline article's opening, and the sentence's own cosine
 * with that opening is below {@code threshold} too (tf-isf vectors of {@link StoryAnalyzer}). A
 * report of the same event opens on the same names and words, so its sentences stay eligible.
 */
final class OffLeadSentences {
  private OffLeadSentences() {}

  /** The off-lead test for {@code story}'s candidates; never true when {@code threshold <= 0}. */
  static Predicate<Candidate> of(StoryAnalyzer.Story story, int headlineArticle, double threshold) {
    if (threshold <= 0 || headlineArticle < 0 || story.articles() < 2) return c -> false;
    List<Candidate> cs = story.candidates();
    SparseVector lead = opening(story, headlineArticle);
    if (lead.ids().length == 0) return c -> false;
    Set<Candidate> off = Collections.newSetFromMap(new IdentityHashMap<>());
    for (int a = 0; a < story.articles(); a++) {
      if (a == headlineArticle || opening(story, a).cosine(lead) >= threshold) continue;
      for (Candidate c : cs) {
        if (c.article() == a && c.vector().cosine(lead) < threshold) off.add(c);
      }
    }
    return off::contains;
  }

  /** The sum of an article's title vector and its first sentence's vector. */
  private static SparseVector opening(StoryAnalyzer.Story story, int article) {
    TreeMap<Integer, Double> acc = new TreeMap<>();
    add(acc, story.titles().get(article));
    story.candidates().stream().filter(c -> c.article() == article).findFirst().ifPresent(c -> add(acc, c.vector()));
    return SparseVector.of(acc);
  }

  private static void add(TreeMap<Integer, Double> acc, SparseVector v) {
    for (int k = 0; k < v.ids().length; k++) acc.merge(v.ids()[k], v.weights()[k], Double::sum);
  }
}
