package newsdesk.pipeline;

import newsdesk.cluster.ClusteringConfig;
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
import newsdesk.text.LazySentenceEmbedder;
import newsdesk.text.MiniLmSentenceEmbedder;

/** The default implementation of every stage. */
public final class StandardStages {
  private StandardStages() {}

  /**
   * Fresh stages for one pipeline (the clusterer and duplicate index hold per-pipeline state). The
   * clusterer runs the measured configuration, sentence embeddings included: the MiniLM model loads
   * when the first short article (headline-only or brief feed items) needs it, never for long ones.
   */
  public static Stages create() {
    ClusteringConfig config = ClusteringConfig.defaults();
    DocumentAnalyzer analyzer = new DocumentAnalyzer(new LazySentenceEmbedder(MiniLmSentenceEmbedder::load), config);
    return new Stages(new StandardFeedParser(), new DensityArticleExtractor(), UrlCanonicalizer.withBundledRules(),
        ContentCheck.bundled(), new NearDuplicateIndex(), analyzer, new OnlineStoryClusterer(analyzer, config),
        new ExtractiveSummarizer(), BestOriginal.english(),
        new StoredRelatedStories(RelatedStoryFinder.Settings.defaults()));
  }
}
