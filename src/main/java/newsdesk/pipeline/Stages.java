package newsdesk.pipeline;

import newsdesk.cluster.DocumentAnalyzer;
import newsdesk.cluster.StoryClusterer;
import newsdesk.dedup.ContentCheck;
import newsdesk.dedup.NearDuplicateIndex;
import newsdesk.dedup.UrlCanonicalizer;
import newsdesk.extract.ArticleExtractor;
import newsdesk.feed.FeedParser;
import newsdesk.summarize.BestOriginal;
import newsdesk.summarize.Summarizer;

/**
 * The pluggable stage implementations one pipeline uses. Stateful ones (the clusterer, the
 * near-duplicate index) belong to this pipeline alone.
 */
public record Stages(
    FeedParser feedParser,
    ArticleExtractor extractor,
    UrlCanonicalizer canonicalizer,
    ContentCheck contentCheck,
    NearDuplicateIndex nearDuplicates,
    DocumentAnalyzer analyzer,
    StoryClusterer clusterer,
    Summarizer summarizer,
    BestOriginal bestOriginal,
    RelatedStoriesUpdater related) {}
