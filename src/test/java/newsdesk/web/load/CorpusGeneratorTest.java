package newsdesk.web.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import newsdesk.demo.DemoCorpus;
import newsdesk.search.LuceneArticleIndex;
import newsdesk.store.SqliteNewsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A generated archive stands for one the pipeline already briefed and ranked. */
class CorpusGeneratorTest {
  @TempDir Path dir;

  @Test
  void aGeneratedArchiveLeavesNoStoryWaitingForItsRelatedStories() {
    try (SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("newsdesk.db"));
        LuceneArticleIndex index = new LuceneArticleIndex(dir.resolve("index"))) {
      new CorpusGenerator(DemoCorpus.load(), Instant.parse("2026-01-01T00:00:00Z"), Duration.ofDays(30))
          .generate(store, index, 30, n -> {});
      assertThat(store.storiesNeedingBrief()).isEmpty();
      assertThat(store.storiesNeedingRelated()).as("a pipeline run on it must not rank the whole archive again").isEmpty();
    }
  }
}
