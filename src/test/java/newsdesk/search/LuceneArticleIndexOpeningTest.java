package newsdesk.search;

import static newsdesk.search.LuceneArticleIndexTest.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the index opens: one writer at a time, any number of read-only readers beside it, and a
 * damaged index that {@link LuceneArticleIndex#recreate} replaces. Lucene's lock also refuses a
 * second writer inside one JVM, so a writer opened here stands for another process.
 */
class LuceneArticleIndexOpeningTest {
  @TempDir Path dir;

  @Test
  void aReadOnlyIndexSearchesTheLastCommitWhileAWriterHoldsTheFolder() {
    Path folder = dir.resolve("index");
    try (LuceneArticleIndex writer = new LuceneArticleIndex(folder)) {
      writer.add(List.of(article(4, "Volcano erupts", "The volcano erupted."), article(9, "Election", "Voters voted.")));
      try (LuceneArticleIndex reader = LuceneArticleIndex.openReadOnly(folder)) {
        assertThat(reader.readOnly()).isTrue();
        assertThat(reader.size()).isEqualTo(2);
        assertThat(reader.indexedThrough()).isEqualTo(9);
        assertThat(reader.search("volcano", 10)).extracting(SearchHit::articleId).containsExactly("a-4");
        assertThatThrownBy(() -> reader.add(List.of(article(10, "x", "y")))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(reader::clear).isInstanceOf(IllegalStateException.class);
      }
      assertThat(writer.readOnly()).isFalse();
    }
  }

  @Test
  void aSecondWriterIsRefusedWithAMessageThatNamesTheFolder() {
    Path folder = dir.resolve("index");
    try (LuceneArticleIndex writer = new LuceneArticleIndex(folder)) {
      assertThatThrownBy(() -> new LuceneArticleIndex(folder)).isInstanceOf(IndexInUseException.class)
          .hasMessage("another newsdesk process (serve/run) is using " + folder + "; stop it, or use the web UI or API");
      assertThatThrownBy(() -> LuceneArticleIndex.recreate(folder)).isInstanceOf(IndexInUseException.class);
    }
    try (LuceneArticleIndex again = new LuceneArticleIndex(folder)) {
      assertThat(again.size()).isZero();
    }
  }

  @Test
  void aMissingOrEmptyIndexReadsAsEmptyAndIsNotCreated() throws Exception {
    Path missing = dir.resolve("missing");
    try (LuceneArticleIndex reader = LuceneArticleIndex.openReadOnly(missing)) {
      assertThat(reader.size()).isZero();
      assertThat(reader.indexedThrough()).isZero();
      assertThat(reader.search("anything", 10)).isEmpty();
    }
    assertThat(missing).doesNotExist();
    Path empty = Files.createDirectories(dir.resolve("empty"));
    try (LuceneArticleIndex reader = LuceneArticleIndex.openReadOnly(empty)) {
      assertThat(reader.size()).isZero();
    }
    assertThat(empty).isEmptyDirectory();
  }

  @Test
  void aDamagedIndexPointsAtReindexAndRecreateReplacesIt() throws Exception {
    Path folder = dir.resolve("index");
    try (LuceneArticleIndex writer = new LuceneArticleIndex(folder)) {
      writer.add(List.of(article(1, "a", "alpha")));
    }
    try (var files = Files.list(folder)) {
      for (Path f : files.toList()) {
        if (f.getFileName().toString().startsWith("segments")) Files.write(f, "not an index".getBytes());
      }
    }
    assertThatThrownBy(() -> new LuceneArticleIndex(folder)).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("cannot open search index " + folder).hasMessageContaining("newsdesk reindex")
        .hasMessageContaining("damaged").hasMessageNotContaining("version");
    assertThatThrownBy(() -> LuceneArticleIndex.openReadOnly(folder)).hasMessageContaining("newsdesk reindex")
        .hasMessageNotContaining("version");

    try (LuceneArticleIndex rebuilt = LuceneArticleIndex.recreate(folder)) {
      assertThat(rebuilt.size()).isZero();
      assertThat(rebuilt.indexedThrough()).isZero();
      rebuilt.add(List.of(article(2, "b", "beta")));
    }
    try (LuceneArticleIndex reopened = new LuceneArticleIndex(folder)) {
      assertThat(reopened.search("beta", 10)).extracting(SearchHit::articleId).containsExactly("a-2");
      assertThat(reopened.search("alpha", 10)).isEmpty();
    }
  }

  @Test
  void recreateWorksOnAFolderWithOnlyGarbage() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("index"));
    Files.write(folder.resolve("segments_1"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
    Files.write(folder.resolve("_zz.cfs"), new byte[] {9});
    try (LuceneArticleIndex rebuilt = LuceneArticleIndex.recreate(folder)) {
      rebuilt.add(List.of(article(3, "c", "gamma")));
      assertThat(rebuilt.size()).isEqualTo(1);
    }
    assertThat(folder.resolve("_zz.cfs")).doesNotExist();
  }
}
