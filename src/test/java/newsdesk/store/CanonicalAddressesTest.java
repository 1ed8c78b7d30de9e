package newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a page says of its own address (schema V18: {@code shown_url}, {@code declared_canonical}),
 * and an original taking the place of a copy stored before it ({@link NewsStore#becomeCopiesOf}).
 */
class CanonicalAddressesTest {
  private static final Instant T = Instant.parse("2026-11-29T12:00:00Z");

  @TempDir Path dir;

  private static StoredArticle with(StoredArticle a, String shownUrl, String declaredCanonical) {
    return new StoredArticle(a.id(), a.publicId(), a.sourceId(), a.guid(), a.url(), a.canonicalUrl(), a.outlet(), a.title(),
        a.authors(), a.published(), a.fetchedAt(), a.language(), a.description(), a.image(), a.text(), a.textSource(),
        a.contentHash(), a.duplicateOf(), a.storyId(), a.updatedAt(), a.pageStatus(), a.linkGone(), shownUrl,
        declaredCanonical);
  }

  @Test
  void theShownAddressAndTheDeclaredCanonicalAreStoredAndReadBack() {
    try (SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("t.db"))) {
      StoredArticle amp = store.insertArticle(with(SqliteNewsStoreTest.article("a-amp", "https://example.org/amp/1", null, T),
          "https://example.org/1", "https://other.example/original"));
      StoredArticle plain = store.insertArticle(SqliteNewsStoreTest.article("a-plain", "https://example.org/2", null, T));

      assertThat(store.article(amp.id()).orElseThrow()).returns("https://example.org/amp/1", StoredArticle::url)
          .returns("https://example.org/1", StoredArticle::shownUrl).returns("https://example.org/1", StoredArticle::readableUrl)
          .returns("https://other.example/original", StoredArticle::declaredCanonical);
      assertThat(store.article(plain.id()).orElseThrow()).returns(null, StoredArticle::shownUrl)
          .returns(null, StoredArticle::declaredCanonical).returns("https://example.org/2", StoredArticle::readableUrl);
    }
  }

  @Test
  void anOriginalTakesTheCopysPlaceWithItsCopies() {
    try (SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("t.db"))) {
      store.insertStory(new StoryRecord("s-1", T, T, T, T, 1, null));
      long copy = store.insertArticle(SqliteNewsStoreTest.article("a-copy", "https://b.example/1", "s-1", T)).id();
      long copyOfCopy = store.insertArticle(
          SqliteNewsStoreTest.article("a-copy2", "https://c.example/1", "s-1", T).withDuplicateOf(copy)).id();
      long original = store.insertArticle(SqliteNewsStoreTest.article("a-orig", "https://a.example/1", "s-1", T)).id();
      long other = store.insertArticle(SqliteNewsStoreTest.article("a-other", "https://d.example/1", "s-1", T)).id();

      store.becomeCopiesOf(copy, original);

      assertThat(store.article(original).orElseThrow().duplicateOf()).isNull();
      assertThat(store.article(copy).orElseThrow().duplicateOf()).isEqualTo(original);
      assertThat(store.article(copyOfCopy).orElseThrow().duplicateOf()).isEqualTo(original);
      assertThat(store.article(other).orElseThrow().duplicateOf()).isNull();
      assertThatThrownBy(() -> store.becomeCopiesOf(original, original)).hasMessageContaining("original");
    }
  }
}
