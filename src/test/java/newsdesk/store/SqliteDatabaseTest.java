package newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Transactions of {@link SqliteDatabase}: a failed one leaves nothing behind, however it failed. */
class SqliteDatabaseTest {
  @TempDir Path dir;

  @Test
  void aCommitThatFailsIsRolledBackAndTheNextTransactionWorks() {
    SqliteDatabase db = SqliteDatabase.open(dir.resolve("newsdesk.db"));
    try {
      // A deferred foreign key is checked at COMMIT, which then fails and leaves the transaction open.
      assertThatThrownBy(() -> db.inTransaction(() -> {
        db.update("INSERT INTO settings(key, value) VALUES ('written', 'before the bad row')", ps -> {});
        db.update("PRAGMA defer_foreign_keys = ON", ps -> {});
        db.update("INSERT INTO articles_to_reindex(article_id) VALUES (424242)", ps -> {});
        return null;
      })).isInstanceOf(StoreException.class).hasMessageContaining("commit failed")
          .rootCause().isInstanceOf(SQLException.class).hasMessageContaining("FOREIGN KEY");

      assertThat(count(db, "SELECT count(*) FROM articles_to_reindex")).as("the bad row is rolled back").isZero();
      assertThat(count(db, "SELECT count(*) FROM settings WHERE key = 'written'")).as("with the whole transaction").isZero();
      db.inTransaction(() -> db.update("INSERT INTO settings(key, value) VALUES ('next', 'transaction')", ps -> {}));
      assertThat(count(db, "SELECT count(*) FROM settings WHERE key = 'next'")).isEqualTo(1);
    } finally {
      db.close();
    }
  }

  @Test
  void workThatThrowsIsRolledBackAndItsFailureIsTheOneThrown() {
    SqliteDatabase db = SqliteDatabase.open(dir.resolve("newsdesk.db"));
    try {
      IllegalStateException failure = new IllegalStateException("work failed");
      assertThatThrownBy(() -> db.inTransaction(() -> {
        db.update("INSERT INTO settings(key, value) VALUES ('written', 'x')", ps -> {});
        db.inTransaction(() -> db.update("INSERT INTO settings(key, value) VALUES ('nested', 'y')", ps -> {}));
        throw failure;
      })).isSameAs(failure);
      assertThat(count(db, "SELECT count(*) FROM settings WHERE key IN ('written', 'nested')")).isZero();
    } finally {
      db.close();
    }
  }

  private static long count(SqliteDatabase db, String sql) {
    return db.query(sql, ps -> {}, rs -> rs.getLong(1)).getFirst();
  }
}
