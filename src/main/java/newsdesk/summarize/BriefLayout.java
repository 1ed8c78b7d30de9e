package newsdesk.summarize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Puts a brief's chosen sentences in reading order and groups them into short paragraphs. The
 * first article is one whose opening sentence was chosen, so that the brief begins on a lead rather
 * than on a later article's detail: the article whose title is the headline if its opening is
 * among the chosen, else the first such article in the order the sentences were chosen. The others
 * follow in the order of their first chosen sentence; within an article, sentences keep their
 * order. A sentence that leans on one before it (dangling, or a demonstrative with
 * {@link SummarizerConfig#demonstratives()} on) never opens the brief, and a dangling one never
 * opens a paragraph. A paragraph holds at most {@link SummarizerConfig#paragraphSentences()}
 * sentences of one article; when that gives more than {@link SummarizerConfig#maxParagraphs()}
 * paragraphs, one more each (up to three more). Thread-safe: no mutable state.
 */
final class BriefLayout {
  private final SummarizerConfig config;

  BriefLayout(SummarizerConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /**
   * The brief's paragraphs.
   *
   * @param chosen          the chosen sentences, in the order they were chosen
   * @param headlineArticle the article whose title is the headline, -1 for none
   * @param articles        the story's articles, which the sentences' offsets point into
   */
  List<List<SummarySentence>> paragraphs(List<Candidate> chosen, int headlineArticle, List<SourceArticle> articles) {
    List<Candidate> ordered = order(chosen, headlineArticle);
    int perParagraph = config.paragraphSentences();
    List<List<SummarySentence>> out = paragraphs(ordered, articles, perParagraph);
    // A long brief gets longer paragraphs rather than more of them (a card shows a few).
    while (config.maxParagraphs() > 0 && out.size() > config.maxParagraphs()
        && perParagraph < config.paragraphSentences() + 3) {
      out = paragraphs(ordered, articles, ++perParagraph);
    }
    return out;
  }

  private List<Candidate> order(List<Candidate> chosen, int headlineArticle) {
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
    for (int i = 0; i < out.size() && cannotLead(out.get(0)); i++) {
      if (!cannotLead(out.get(i))) {
        out.add(0, out.remove(i));
        break;
      }
    }
    return out;
  }

  /** A sentence that leans on one before it: it never opens the brief. */
  private boolean cannotLead(Candidate c) {
    return CandidateSelector.leansBack(c, config) || config.demonstratives() > 0 && c.demonstrative();
  }

  private List<List<SummarySentence>> paragraphs(List<Candidate> ordered, List<SourceArticle> articles, int perParagraph) {
    List<List<SummarySentence>> out = new ArrayList<>();
    List<SummarySentence> current = new ArrayList<>();
    Candidate previous = null;
    for (Candidate c : ordered) {
      boolean mayOpen = !CandidateSelector.leansBack(c, config);
      boolean wantsBreak = previous != null
          && (previous.article() != c.article() || current.size() >= perParagraph);
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
