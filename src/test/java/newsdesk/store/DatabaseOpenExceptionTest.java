package newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a file that cannot be a newsdesk database fails with one line naming it and the problem. */
class DatabaseOpenExceptionTest {
  @TempDir Path dir;

  @Test
  void aTextFileIsNotASqliteDatabase() throws IOException {
    Path db = Files.writeString(dir.resolve("newsdesk.db"), "garbage\n");
    assertThatThrownBy(() -> SqliteNewsStore.open(db))
        .isInstanceOfSatisfying(DatabaseOpenException.class, e -> {
          assertThat(e.getMessage()).isEqualTo(db + " is not a newsdesk database (file is not a SQLite database)");
          assertThat(e.file()).isEqualTo(db);
        });
    assertThat(Files.readString(db)).isEqualTo("garbage\n");
  }

  @Test
  void aFolderIsNotADatabaseFile() throws IOException {
    Path db = Files.createDirectory(dir.resolve("newsdesk.db"));
    assertThatThrownBy(() -> SqliteNewsStore.open(db))
        .isInstanceOf(DatabaseOpenException.class)
        .hasMessage(db + " is a folder, not a newsdesk database file");
  }

  @Test
  void aSqliteHeaderOverGarbageIsReportedInOneLine() throws IOException {
    byte[] bytes = new byte[8192];
    Arrays.fill(bytes, (byte) 0x5a);
    byte[] header = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(header, 0, bytes, 0, header.length);
    Path db = Files.write(dir.resolve("newsdesk.db"), bytes);
    assertThatThrownBy(() -> SqliteNewsStore.open(db))
        .isInstanceOfSatisfying(DatabaseOpenException.class, e -> {
          assertThat(e.getMessage()).startsWith(db + " ").doesNotContain("\n").doesNotContain("Flyway");
          assertThat(e).isInstanceOf(StoreException.class);
        });
  }

  @Test
  void aMissingOrEmptyFileBecomesANewDatabase() throws IOException {
    Path empty = Files.createFile(dir.resolve("empty.db"));
    SqliteNewsStore.open(empty).close();
    SqliteNewsStore.open(dir.resolve("new.db")).close();
    assertThat(Files.size(dir.resolve("new.db"))).isPositive();
  }
}
