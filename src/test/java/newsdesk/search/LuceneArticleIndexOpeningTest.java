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
 * second writer inside one JVM, so a writer opened here stands for another process (a {@code serve}
 * or {@code run} starting while {@code reindex} works).
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
          .hasMessage("another newsdesk process (serve, run or reindex) is using " + folder + "; wait for it to finish or stop it");
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
  void aFileSystemFailureWhileOpeningTheRebuildLeavesAGoodIndexAlone() throws Exception {
    Path folder = dir.resolve("index");
    try (LuceneArticleIndex writer = new LuceneArticleIndex(folder)) {
      writer.add(List.of(article(1, "a", "alpha")));
    }
    java.util.concurrent.atomic.AtomicInteger opens = new java.util.concurrent.atomic.AtomicInteger();
    IndexFolder.WriterOpener tooManyOpenFiles = (directory, config) -> {
      opens.incrementAndGet();
      throw new java.nio.file.FileSystemException(folder.resolve("segments_1").toString(), null, "Too many open files");
    };
    assertThatThrownBy(() -> IndexFolder.forRebuild(folder, () -> {}, tooManyOpenFiles))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("cannot recreate search index " + folder).hasMessageContaining("Too many open files");
    assertThat(opens).as("not tried again over a deleted index").hasValue(1);
    try (LuceneArticleIndex reopened = new LuceneArticleIndex(folder)) {
      assertThat(reopened.search("alpha", 10)).as("the old index is intact").extracting(SearchHit::articleId).containsExactly("a-1");
    }
    assertThat(secondWriter(folder)).as("the lock was released").isEqualTo("opened");
  }

  @Test
  void onlyFailuresThatSayTheIndexIsUnreadableCountAsDamage() {
    assertThat(IndexFolder.isDamaged(new org.apache.lucene.index.CorruptIndexException("checksum failed", "segments_1"))).isTrue();
    assertThat(IndexFolder.isDamaged(new java.io.EOFException("read past EOF"))).isTrue();
    assertThat(IndexFolder.isDamaged(new java.nio.file.NoSuchFileException("_0.cfs"))).isTrue();
    assertThat(IndexFolder.isDamaged(new java.nio.file.AccessDeniedException("segments_1"))).isFalse();
    assertThat(IndexFolder.isDamaged(new java.nio.file.FileSystemException("segments_1", null, "Too many open files"))).isFalse();
    assertThat(IndexFolder.isDamaged(new java.io.IOException("Input/output error"))).isFalse();
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

  private static void damage(Path folder) throws Exception {
    try (var files = Files.list(folder)) {
      for (Path f : files.toList()) {
        if (f.getFileName().toString().startsWith("segments")) Files.write(f, "not an index".getBytes());
      }
    }
  }

  /** What a second writer got when it tried to open {@code folder}: "refused", or "opened" (and closed again). */
  private static String secondWriter(Path folder) {
    try (LuceneArticleIndex other = new LuceneArticleIndex(folder)) {
      return "opened";
    } catch (IndexInUseException e) {
      return "refused";
    }
  }

  @Test
  void noOtherWriterTakesTheFolderBetweenDeletingADamagedIndexAndOpeningTheNewOne() throws Exception {
    Path folder = dir.resolve("index");
    try (LuceneArticleIndex writer = new LuceneArticleIndex(folder)) {
      writer.add(List.of(article(1, "a", "alpha")));
    }
    damage(folder);
    List<String> between = new java.util.ArrayList<>();
    try (LuceneArticleIndex rebuilt = LuceneArticleIndex.recreate(folder, () -> between.add(secondWriter(folder)))) {
      assertThat(between).containsExactly("refused");
      assertThat(secondWriter(folder)).isEqualTo("refused");
      assertThat(rebuilt.replaceAll(after -> after == 0 ? List.of(article(2, "b", "beta")) : List.of())).isEqualTo(1);
    }
    assertThat(secondWriter(folder)).as("the lock is released on close").isEqualTo("opened");
    try (LuceneArticleIndex reader = LuceneArticleIndex.openReadOnly(folder)) {
      assertThat(reader.search("beta", 10)).extracting(SearchHit::articleId).containsExactly("a-2");
    }
  }

  @Test
  void aRebuildHoldsTheLockThroughoutAndReadersSeeTheOldIndexUntilTheNewOneIsCommitted() throws Exception {
    Path folder = dir.resolve("index");
    try (LuceneArticleIndex writer = new LuceneArticleIndex(folder)) {
      writer.add(List.of(article(1, "Volcano erupts", "The volcano erupted.")));
    }
    List<Long> asked = new java.util.ArrayList<>();
    try (LuceneArticleIndex rebuilt = LuceneArticleIndex.recreate(folder)) {
      int added = rebuilt.replaceAll(after -> {
        asked.add(after);
        assertThat(secondWriter(folder)).isEqualTo("refused");
        try (LuceneArticleIndex reader = LuceneArticleIndex.openReadOnly(folder)) {
          assertThat(reader.search("volcano", 10)).extracting(SearchHit::articleId).containsExactly("a-1");
          assertThat(reader.search("election OR storm", 10)).isEmpty();
          assertThat(reader.indexedThrough()).isEqualTo(1);
        }
        if (after == 0) return List.of(article(5, "Election", "Voters voted."));
        if (after == 5) return List.of(article(7, "Storm", "A storm came."));
        return List.of();
      });
      assertThat(added).isEqualTo(2);
      assertThat(asked).containsExactly(0L, 5L, 7L);
      try (LuceneArticleIndex reader = LuceneArticleIndex.openReadOnly(folder)) {
        assertThat(reader.search("election OR storm", 10)).extracting(SearchHit::articleId).containsExactlyInAnyOrder("a-5", "a-7");
        assertThat(reader.search("volcano", 10)).isEmpty();
        assertThat(reader.indexedThrough()).isEqualTo(7);
      }
      assertThat(secondWriter(folder)).isEqualTo("refused");
    }
    assertThat(secondWriter(folder)).isEqualTo("opened");
    try (var files = Files.list(folder)) {
      assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("segments")))
          .as("the old commit is gone once the new one is written").hasSize(1);
    }
  }

  @Test
  void aRebuildThatFailsMidwayLeavesTheOldIndex() {
    Path folder = dir.resolve("index");
    try (LuceneArticleIndex writer = new LuceneArticleIndex(folder)) {
      writer.add(List.of(article(1, "Volcano erupts", "The volcano erupted.")));
    }
    try (LuceneArticleIndex rebuilt = LuceneArticleIndex.recreate(folder)) {
      assertThatThrownBy(() -> rebuilt.replaceAll(after -> {
        if (after == 0) return List.of(article(5, "Election", "Voters voted."));
        throw new IllegalStateException("database gone");
      })).hasMessage("database gone");
    }
    try (LuceneArticleIndex reopened = new LuceneArticleIndex(folder)) {
      assertThat(reopened.search("volcano", 10)).extracting(SearchHit::articleId).containsExactly("a-1");
      assertThat(reopened.search("election", 10)).isEmpty();
      assertThat(reopened.indexedThrough()).isEqualTo(1);
    }
  }

  @Test
  void aLockFileWithContentLeftByAnotherProgramIsClearedWhenNobodyHoldsIt() throws Exception {
    // QA: 20 stray bytes in write.lock made Lucene refuse every writer ("Unexpected lock file size")
    // and `newsdesk reindex` end in an internal error. Nobody held the lock, so it is only a file.
    Path folder = dir.resolve("index");
    try (LuceneArticleIndex writer = new LuceneArticleIndex(folder)) {
      assertThat(writer.size()).isZero();
    }
    java.nio.file.Files.write(folder.resolve("write.lock"), "twenty stray bytes!!".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    try (LuceneArticleIndex reopened = new LuceneArticleIndex(folder)) {
      assertThat(reopened.readOnly()).isFalse();
    }
    java.nio.file.Files.write(folder.resolve("write.lock"), "twenty stray bytes!!".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    try (LuceneArticleIndex rebuilt = LuceneArticleIndex.recreate(folder)) {
      assertThat(rebuilt.size()).isZero();
    }
    // A lock a writer holds is never touched: the second writer is still refused.
    try (LuceneArticleIndex writer = new LuceneArticleIndex(folder)) {
      assertThatThrownBy(() -> new LuceneArticleIndex(folder)).isInstanceOf(IndexInUseException.class);
      assertThatThrownBy(() -> LuceneArticleIndex.recreate(folder)).isInstanceOf(IndexInUseException.class);
    }
  }
}
