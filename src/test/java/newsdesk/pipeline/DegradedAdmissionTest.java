package newsdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import newsdesk.cluster.AnalyzedDocument;
import newsdesk.cluster.DocumentAnalyzer;
import newsdesk.cluster.StoryAssignment;
import newsdesk.cluster.StoryClusterer;
import newsdesk.store.Source;
import newsdesk.store.StoredArticle;
import newsdesk.text.EntityExtractor;
import newsdesk.text.LanguageDetector;
import newsdesk.text.SentenceEmbedder;
import newsdesk.text.TermAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stage of the placement (analysis, clustering) that fails on one article degrades that article
 * instead of dropping it: it is stored in a story of its own, its source commits its poll, and the
 * articles after it are placed as usual. Before, the admission rolled back and the source was
 * polled again with its old validators, failing on the same article forever.
 */
class DegradedAdmissionTest {
  @TempDir Path dir;

  @Test
  void anArticleWhoseAnalysisFailsIsStoredInAStoryOfItsOwn() {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      TopicFeeds.serveFeed(f.server, "Alpha one", "Beta two", "Gamma three");
      Source source = f.store.addSource(f.server.url("/feed").toString(), "feed", null, null);
      Stages stages = withAnalyzer(StandardStages.create(), failingAnalyzer("Beta"));

      IngestReport report = f.pipeline(stages).ingest(List.of(source));

      assertThat(report.sourceErrors()).isEmpty();
      assertThat(report.pageErrors()).noneSatisfy(e -> assertThat(e).contains("not stored"));
      assertThat(report.added()).isEqualTo(3);
      StoredArticle beta = TopicFeeds.article(f, "Beta two");
      assertThat(beta.storyId()).as("shown in the digest like any article with content").isNotNull();
      assertThat(f.store.articlesOfStory(beta.storyId())).extracting(StoredArticle::title).containsExactly("Beta two");
      assertThat(f.store.brief(beta.storyId())).as("briefed").isPresent();
      assertThat(TopicFeeds.storyOf(f, "Alpha one")).isNotNull().isNotEqualTo(TopicFeeds.storyOf(f, "Gamma three"));
      Source after = f.store.source(source.id()).orElseThrow();
      assertThat(after.consecutiveFailures()).isZero();
      assertThat(after.lastError()).isNull();

      // A new run restores the working set from the store: the article whose analysis fails again
      // is left out of it, the rest is restored, and nothing is admitted twice.
      IngestReport next = f.pipeline(withAnalyzer(StandardStages.create(), failingAnalyzer("Beta")))
          .ingest(f.store.sources());
      assertThat(next.sourceErrors()).isEmpty();
      assertThat(next.added()).isZero();
      assertThat(f.store.articleCount()).isEqualTo(3);
    }
  }

  @Test
  void anArticleTheClustererFailsOnIsStoredInAStoryOfItsOwnAndTheWorkingSetIsRebuilt() {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      TopicFeeds.serveFeed(f.server, "Alpha one", "Beta two", "Alpha three");
      Source source = f.store.addSource(f.server.url("/feed").toString(), "feed", null, null);
      FailingOnBeta clusterer = new FailingOnBeta();
      Stages s = StandardStages.create();
      Stages stages = new Stages(s.feedParser(), s.extractor(), s.canonicalizer(), s.contentCheck(), s.nearDuplicates(),
          s.analyzer(), clusterer, s.summarizer(), s.bestOriginal(), s.related());

      IngestReport report = f.pipeline(stages).ingest(List.of(source));

      assertThat(report.sourceErrors()).isEmpty();
      assertThat(report.added()).isEqualTo(3);
      String beta = TopicFeeds.storyOf(f, "Beta two");
      assertThat(beta).isNotNull();
      assertThat(f.store.articlesOfStory(beta)).extracting(StoredArticle::title).containsExactly("Beta two");
      assertThat(clusterer.cleared.get()).as("the working set was rebuilt after the failure").isPositive();
      assertThat(TopicFeeds.storyOf(f, "Alpha three")).as("later articles still join their story")
          .isEqualTo(TopicFeeds.storyOf(f, "Alpha one"));
      assertThat(clusterer.placements()).as("each article held once").doesNotHaveDuplicates();
      assertThat(f.store.source(source.id()).orElseThrow().consecutiveFailures()).isZero();
    }
  }

  private static Stages withAnalyzer(Stages s, DocumentAnalyzer analyzer) {
    return new Stages(s.feedParser(), s.extractor(), s.canonicalizer(), s.contentCheck(), s.nearDuplicates(), analyzer,
        s.clusterer(), s.summarizer(), s.bestOriginal(), s.related());
  }

  /**
   * An analyzer that fails on every text containing {@code word}. DocumentAnalyzer is final and
   * catches its embedder's exceptions; a stack overflow (a too-deep input) is what escapes it.
   */
  private static DocumentAnalyzer failingAnalyzer(String word) {
    SentenceEmbedder embedder = new SentenceEmbedder() {
      @Override
      public int dimensions() {
        return 2;
      }

      @Override
      public float[] embed(String text) {
        if (text.contains(word)) throw new StackOverflowError("analysis failure (simulated)");
        return new float[] {1f, 0f};
      }
    };
    return new DocumentAnalyzer(new LanguageDetector(), new TermAnalyzer("eng"), new EntityExtractor(), embedder);
  }

  /** Joins documents by the topic of their headline; throws (after touching its state) on "beta". */
  private static final class FailingOnBeta extends TopicFeeds.ScriptedClusterer {
    final AtomicInteger cleared = new AtomicInteger();

    FailingOnBeta() {
      super(List.of("alpha", "beta"));
    }

    @Override
    public StoryAssignment add(AnalyzedDocument doc) {
      String story = join(doc);
      if (topicsOf(doc).contains("beta")) throw new IllegalStateException("clusterer bug (simulated)");
      return new StoryAssignment(story, List.of());
    }

    @Override
    public void restore(AnalyzedDocument doc, String storyId) {
      for (String topic : topicsOf(doc)) storyOfTopic.putIfAbsent(topic, storyId);
      members.computeIfAbsent(storyId, k -> new java.util.ArrayList<>()).add(doc.id());
    }

    @Override
    public void clear() {
      cleared.incrementAndGet();
      super.clear();
    }
  }
}
