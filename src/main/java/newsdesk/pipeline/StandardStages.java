package newsdesk.pipeline;

import newsdesk.cluster.DocumentAnalyzer;
import newsdesk.cluster.OnlineStoryClusterer;
import newsdesk.cluster.RelatedStoryFinder;
import newsdesk.dedup.ContentCheck;
import newsdesk.dedup.NearDuplicateIndex;
import newsdesk.dedup.UrlCanonicalizer;
import newsdesk.extract.DensityArticleExtractor;
import newsdesk.feed.StandardFeedParser;
import newsdesk.summarize.BestOriginal;
import newsdesk.summarize.ExtractiveSummarizer;

/** The default implementation of every stage. */
public final class StandardStages {
  private StandardStages() {}

  /**
   * Related-story settings for profiles built from briefs ({@code StoryProfiles}): a brief names
   * fewer entities than full texts, and entity overlap says "same subject" less reliably than
   * shared event words, so entities weigh less than in the finder's defaults.
   */
  public static RelatedStoryFinder.Settings relatedSettings() {
    var d = RelatedStoryFinder.Settings.defaults();
    return new RelatedStoryFinder.Settings(d.window(), d.limit(), 0.13, d.maxSimilarity(), 0.3);
  }

  /** Fresh stages for one pipeline (the clusterer and duplicate index hold per-pipeline state). */
  public static Stages create() {
    DocumentAnalyzer analyzer = new DocumentAnalyzer();
    return new Stages(new StandardFeedParser(), new DensityArticleExtractor(), UrlCanonicalizer.withBundledRules(),
        ContentCheck.bundled(), new NearDuplicateIndex(), analyzer, new OnlineStoryClusterer(analyzer),
        new ExtractiveSummarizer(), BestOriginal.english(),
        new StoredRelatedStories(relatedSettings()));
  }
}
