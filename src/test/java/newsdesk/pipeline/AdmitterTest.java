package newsdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import newsdesk.cluster.ClusteringConfig;
import newsdesk.cluster.DocumentAnalyzer;
import newsdesk.cluster.OnlineStoryClusterer;
import newsdesk.text.EntityExtractor;
import newsdesk.text.LanguageDetector;
import newsdesk.text.SentenceEmbedder;
import newsdesk.text.TermAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdmitterTest {
  @TempDir Path dir;

  /**
   * Analysis (here the sentence embedder, whose first call loads a model) runs while the store is
   * free: another thread reads the store from inside every embedding call. Were the admission
   * transaction open, that read would wait on the store's lock and time out.
   */
  @Test
  void analysesArticlesOutsideTheStoreTransaction() throws Exception {
    try (DemoFixture f = new DemoFixture(dir); ExecutorService reader = Executors.newSingleThreadExecutor()) {
      AtomicInteger embedded = new AtomicInteger();
      AtomicInteger blocked = new AtomicInteger();
      SentenceEmbedder probe = new SentenceEmbedder() {
        @Override
        public int dimensions() {
          return 4;
        }

        @Override
        public float[] embed(String text) {
          embedded.incrementAndGet();
          if (blocked.get() > 0) return new float[] {0.5f, 0.5f, 0.5f, 0.5f}; // one wait shows it
          Future<Long> read = reader.submit(f.store::articleCount);
          try {
            read.get(5, TimeUnit.SECONDS);
          } catch (TimeoutException e) {
            blocked.incrementAndGet();
            read.cancel(true);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
          return new float[] {0.5f, 0.5f, 0.5f, 0.5f};
        }
      };
      ClusteringConfig config = ClusteringConfig.defaults();
      DocumentAnalyzer analyzer = new DocumentAnalyzer(new LanguageDetector(), new TermAnalyzer("eng"), new EntityExtractor(), probe);
      Stages standard = StandardStages.create();
      Stages stages = new Stages(standard.feedParser(), standard.extractor(), standard.canonicalizer(),
          standard.contentCheck(), standard.nearDuplicates(), analyzer, new OnlineStoryClusterer(analyzer, config),
          standard.summarizer(), standard.bestOriginal(), standard.related());
      List<newsdesk.store.Source> sources = f.subscribe("science");
      IngestReport report = new Pipeline(f.store, f.index, f.fetcher, stages, Pipeline.Config.defaults(),
          Clock.systemUTC(), Progress.NONE).ingest(sources);
      assertThat(report.added()).isPositive();
      assertThat(embedded.get()).as("articles embedded").isPositive();
      assertThat(blocked.get()).as("embeddings that ran inside a transaction").isZero();
    }
  }
}
