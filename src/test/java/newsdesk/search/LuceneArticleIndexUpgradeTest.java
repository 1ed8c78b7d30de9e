package newsdesk.search;

import static newsdesk.search.LuceneArticleIndexTest.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import newsdesk.store.StoredArticle;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index built by an older analysis (before versions were recorded) is outdated: searched as it
 * was built until a rebuild, refused new documents meanwhile, and current after {@code replaceAll}.
 */
class LuceneArticleIndexUpgradeTest {
  @TempDir Path dir;

  private final List<StoredArticle> articles = List.of(
      article(1, "Slovak politics", "Former prime minister Igor Matovič spoke on Sunday."),
      article(2, "Election", "Voters elected a new parliament."));

  @Test
  void anIndexOfTheOldAnalysisIsOutdatedAndStillSearchedAsItWasBuilt() throws Exception {
    LegacyIndex.write(dir, articles);
    try (LuceneArticleIndex writer = new LuceneArticleIndex(dir)) {
      assertThat(writer.outdated()).isTrue();
      assertThat(writer.indexedThrough()).isEqualTo(2);
      assertThat(writer.search("Matovič", 10)).extracting(SearchHit::articleId).containsExactly("a-1");
      assertThat(writer.search("Matovic", 10)).isEmpty(); // the old analysis did not fold accents
      assertThatThrownBy(() -> writer.add(List.of(article(3, "x", "y")))).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("rebuild");
      try (LuceneArticleIndex reader = LuceneArticleIndex.openReadOnly(dir)) {
        assertThat(reader.outdated()).isTrue();
        assertThat(reader.search("elected", 10)).extracting(SearchHit::articleId).containsExactly("a-2");
      }
    }
  }

  @Test
  void aRebuildMakesItCurrentForTheWriterForReadersAndAfterReopening() throws Exception {
    LegacyIndex.write(dir, articles);
    try (LuceneArticleIndex writer = new LuceneArticleIndex(dir)) {
      assertThat(writer.replaceAll(after -> after == 0 ? articles : List.of())).isEqualTo(2);
      assertThat(writer.outdated()).isFalse();
      assertThat(writer.search("Matovic", 10)).extracting(SearchHit::articleId).containsExactly("a-1");
      writer.add(List.of(article(3, "Brazil", "Rain in São Paulo.")));
      try (LuceneArticleIndex reader = LuceneArticleIndex.openReadOnly(dir)) {
        assertThat(reader.outdated()).isFalse();
        assertThat(reader.search("Sao Paulo", 10)).extracting(SearchHit::articleId).containsExactly("a-3");
      }
    }
    try (var d = FSDirectory.open(dir); var reader = DirectoryReader.open(d)) {
      assertThat(reader.getIndexCommit().getUserData())
          .containsEntry("newsdesk.analysis_version", Integer.toString(IndexAnalysis.CURRENT))
          .containsEntry("newsdesk.last_article_id", "3");
    }
    try (LuceneArticleIndex again = new LuceneArticleIndex(dir)) {
      assertThat(again.outdated()).isFalse();
      assertThat(again.search("Matovic", 10)).extracting(SearchHit::articleId).containsExactly("a-1");
    }
  }

  @Test
  void recreateAndClearGiveACurrentIndexWhileReadersKeepTheOldOneUntilTheCommit() throws Exception {
    LegacyIndex.write(dir, articles);
    try (LuceneArticleIndex rebuilding = LuceneArticleIndex.recreate(dir)) {
      assertThat(rebuilding.outdated()).isFalse();
      try (LuceneArticleIndex reader = LuceneArticleIndex.openReadOnly(dir)) {
        assertThat(reader.outdated()).isTrue();
        assertThat(reader.size()).isEqualTo(2);
      }
      rebuilding.replaceAll(after -> after == 0 ? articles : List.of());
    }
    try (LuceneArticleIndex reader = LuceneArticleIndex.openReadOnly(dir)) {
      assertThat(reader.outdated()).isFalse();
      assertThat(reader.search("matovic", 10)).extracting(SearchHit::articleId).containsExactly("a-1");
    }
    Path other = dir.resolve("other");
    LegacyIndex.write(other, articles);
    try (LuceneArticleIndex writer = new LuceneArticleIndex(other)) {
      writer.clear();
      assertThat(writer.outdated()).isFalse();
      writer.add(articles);
      assertThat(writer.search("Matovic", 10)).extracting(SearchHit::articleId).containsExactly("a-1");
    }
  }

  @Test
  void anEmptyOrNewIndexIsCurrent() {
    try (LuceneArticleIndex writer = new LuceneArticleIndex(dir)) {
      assertThat(writer.outdated()).isFalse();
    }
    try (LuceneArticleIndex reader = LuceneArticleIndex.openReadOnly(dir.resolve("missing"))) {
      assertThat(reader.outdated()).isFalse();
    }
  }
}
