package newsdesk.summarize;

import java.util.List;
import java.util.Objects;

/**
 * The story page's brief in one call: the summary ({@link Summarizer}), the best original to link
 * ({@link BestOriginal}) and the outlets that covered the story. Thread-safe when its parts are.
 * The optional abstractive mode ({@link LlmRewriter}) is applied by the caller to
 * {@link StoryBrief#brief()}, since it is slow and may fail.
 */
public final class BriefWriter {
  private final Summarizer summarizer;
  private final BestOriginal bestOriginal;

  public BriefWriter(Summarizer summarizer, BestOriginal bestOriginal) {
    this.summarizer = Objects.requireNonNull(summarizer, "summarizer");
    this.bestOriginal = Objects.requireNonNull(bestOriginal, "bestOriginal");
  }

  /** The extractive summarizer and the bundled English rules. */
  public static BriefWriter english() {
    return new BriefWriter(new ExtractiveSummarizer(), BestOriginal.english());
  }

  /** The brief of a story at its default length ({@link SummaryLength#DEFAULT}). */
  public StoryBrief write(List<SourceArticle> articles) {
    return write(articles, SummaryLength.DEFAULT);
  }

  public StoryBrief write(List<SourceArticle> articles, SummaryLength length) {
    Objects.requireNonNull(articles, "articles");
    return new StoryBrief(summarizer.summarize(articles, length),
        bestOriginal.chooseArticle(articles).orElse(null), BestOriginal.outlets(articles));
  }
}
