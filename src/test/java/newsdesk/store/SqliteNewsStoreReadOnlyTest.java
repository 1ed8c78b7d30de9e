package newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link SqliteNewsStore#openReadOnly}: reads beside a writer, never writes, never creates. */
class SqliteNewsStoreReadOnlyTest {
  @TempDir Path dir;

  @Test
  void readsWhatAWriterCommitsAndRefusesToWrite() {
    Path db = dir.resolve("newsdesk.db");
    try (SqliteNewsStore writer = SqliteNewsStore.open(db)) {
      writer.addSource("https://example.org/a.xml", "feed", null, "A");
      try (SqliteNewsStore reader = SqliteNewsStore.openReadOnly(db)) {
        assertThat(reader.sources()).extracting(Source::url).containsExactly("https://example.org/a.xml");
        writer.addSource("https://example.org/b.xml", "feed", null, "B");
        assertThat(reader.sources()).hasSize(2);
        assertThatThrownBy(() -> reader.addSource("https://example.org/c.xml", "feed", null, "C"))
            .isInstanceOf(StoreException.class).hasMessageContaining("readonly");
      }
      assertThat(writer.sources()).hasSize(2);
    }
  }

  @Test
  void aMissingDatabaseIsNotCreated() {
    Path db = dir.resolve("newsdesk.db");
    assertThatThrownBy(() -> SqliteNewsStore.openReadOnly(db)).isInstanceOf(StoreException.class)
        .hasMessage("cannot open database " + db + ": no such file");
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void inAFolderItCannotWriteACleanlyClosedDatabaseIsReadAsImmutable() throws Exception {
    Path db = dir.resolve("newsdesk.db");
    try (SqliteNewsStore writer = SqliteNewsStore.open(db)) {
      writer.addSource("https://example.org/a.xml", "feed", null, "A");
    }
    assertThat(dir.resolve("newsdesk.db-shm")).as("closed cleanly").doesNotExist();
    SqliteDatabase reader = SqliteDatabase.openReadOnly(db, false);
    try {
      assertThat(reader.query("SELECT url FROM sources", ps -> {}, rs -> rs.getString(1))).containsExactly("https://example.org/a.xml");
    } finally {
      reader.close();
    }
    // Immutable means SQLite made no WAL index beside the file; a normal read-only open would have.
    assertThat(dir.resolve("newsdesk.db-shm")).doesNotExist();
  }
}
