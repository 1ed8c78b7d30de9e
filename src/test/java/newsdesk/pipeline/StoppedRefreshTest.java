package newsdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import newsdesk.fetch.LocalServer;
import newsdesk.store.Source;
import newsdesk.summarize.Summarizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stop (Ctrl-C) during the refresh of briefs ends it after the brief at hand: the stale briefs,
 * related stories and index entries are left for the next run, instead of being worked through
 * while the command's workspace is closed under them.
 */
class StoppedRefreshTest {
  @TempDir Path dir;

  @Test
  void aStopWhileBriefingLeavesTheOtherBriefsForTheNextRun() {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      f.server.route("/feed.json", LocalServer.text(200, "application/feed+json", StoppedIngestTest.FEED));
      Source source = f.store.addSource(f.server.url("/feed.json").toString(), "feed", null, null);
      AtomicBoolean stop = new AtomicBoolean();
      AtomicInteger summarized = new AtomicInteger();
      Stages s = StandardStages.create();
      Summarizer standard = s.summarizer();
      Summarizer stopping = (articles, length) -> {
        summarized.incrementAndGet();
        stop.set(true); // Ctrl-C while the first brief is written
        return standard.summarize(articles, length);
      };
      Stages stages = new Stages(s.feedParser(), s.extractor(), s.canonicalizer(), s.contentCheck(), s.nearDuplicates(),
          s.analyzer(), s.clusterer(), stopping, s.bestOriginal(), s.related());

      IngestReport stopped = f.pipeline(stages).ingest(List.of(source), stop::get);

      assertThat(stopped.added()).as("the stop came after the admissions").isEqualTo(3);
      assertThat(summarized.get()).as("briefs written after the stop").isEqualTo(1);
      assertThat(stopped.storiesBriefed()).isEqualTo(1);
      assertThat(f.store.storiesNeedingBrief()).hasSize(2);

      IngestReport next = f.pipeline(StandardStages.create()).ingest(f.store.sources());

      assertThat(next.storiesBriefed()).isEqualTo(2);
      assertThat(f.store.storiesNeedingBrief()).isEmpty();
      assertThat(f.store.storiesNeedingRelated()).isEmpty();
      assertThat(f.index.indexedThrough()).isEqualTo(f.store.maxArticleId());
    }
  }
}
