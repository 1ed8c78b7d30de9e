package newsdesk.summarize;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The summarizer's parameters for the two problems it solves: a story told by one article (single-
 * document summarization, where the lead prior dominates) and a story told by several (multi-
 * document summarization, where cross-article agreement and redundancy matter more).
 */
public record SummarizerSettings(SummarizerConfig singleArticle, SummarizerConfig multiArticle) {
  public SummarizerSettings {
    Objects.requireNonNull(singleArticle, "singleArticle");
    Objects.requireNonNull(multiArticle, "multiArticle");
  }

  /** Values tuned on the dev halves of CNN/DailyMail and Multi-News (docs/benchmarks/briefs.md). */
  public static SummarizerSettings defaults() {
    SummarizerConfig base = SummarizerConfig.defaults();
    return new SummarizerSettings(
        base.with(Map.of("mmrLambda", "0.3", "noPunctPenalty", "0.3", "minWords", "8")),
        base.with(Map.of("positionDecay", "0.3", "agreementWeight", "1.0", "mmrLambda", "0.8", "factOverlap", "0.5", "factOverlapWithin", "0.7",
            "factKeepRicher", "1", "cueWeight", "0.1", "quotePenalty", "0")));
  }

  /**
   * A copy with parameters replaced: {@code single.NAME} or {@code multi.NAME} for one kind of
   * story, a bare {@code NAME} for both.
   *
   * @throws IllegalArgumentException naming an unknown parameter or a bad value
   */
  public SummarizerSettings with(Map<String, String> overrides) {
    Map<String, String> single = new HashMap<>();
    Map<String, String> multi = new HashMap<>();
    overrides.forEach((k, v) -> {
      if (k.startsWith("single.")) single.put(k.substring(7), v);
      else if (k.startsWith("multi.")) multi.put(k.substring(6), v);
      else {
        single.putIfAbsent(k, v);
        multi.putIfAbsent(k, v);
      }
    });
    return new SummarizerSettings(singleArticle.with(single), multiArticle.with(multi));
  }

  /** The parameters for a story whose text comes from {@code articlesWithText} articles. */
  public SummarizerConfig forStory(int articlesWithText) {
    return articlesWithText > 1 ? multiArticle : singleArticle;
  }
}
