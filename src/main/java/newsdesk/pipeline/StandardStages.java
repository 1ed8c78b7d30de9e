package newsdesk.pipeline;

import newsdesk.cluster.DocumentAnalyzer;
import newsdesk.cluster.OnlineStoryClusterer;
import newsdesk.cluster.RelatedStoryRanker;
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

  /** Fresh stages for one pipeline (the clusterer and duplicate index hold per-pipeline state). */
  public static Stages create() {
    DocumentAnalyzer analyzer = new DocumentAnalyzer();
    return new Stages(new StandardFeedParser(), new DensityArticleExtractor(), UrlCanonicalizer.withBundledRules(),
        ContentCheck.bundled(), new NearDuplicateIndex(), analyzer, new OnlineStoryClusterer(analyzer),
        new ExtractiveSummarizer(), BestOriginal.english(),
        new StoredRelatedStories(RelatedStoryRanker.Config.defaults()));
  }
}
