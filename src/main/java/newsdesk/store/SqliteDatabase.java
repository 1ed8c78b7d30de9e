package newsdesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The one JDBC connection of a {@link SqliteNewsStore} and the plumbing every table class shares.
 * Every statement, transaction and the close run under one reentrant lock, so the connection is
 * never used by two threads at once and a transaction's statements are not interleaved with another
 * thread's. Transactions nest: only the outermost one commits or rolls back. SQL failures surface as
 * {@link StoreException} naming the first line of the statement. It also carries the codec of the
 * JSON columns ({@link #json()}), so that a table class needs nothing but this object.
 */
final class SqliteDatabase {
  private final Connection connection;
  private final ReentrantLock lock = new ReentrantLock();
  private final JsonColumns json = new JsonColumns();
  private int transactionDepth;

  private SqliteDatabase(Connection connection) {
    this.connection = connection;
  }

  /** Binds the parameters of a prepared statement. */
  interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  /**
   * Migrates {@code file} with Flyway (classpath {@code db/migration}), then opens it in WAL mode
   * with {@code synchronous=FULL}, foreign keys on and a 10 s busy timeout. A file that cannot serve
   * (a folder, not SQLite, corrupt, locked, unreadable) fails with {@link DatabaseOpenException}.
   */
  static SqliteDatabase open(Path file) {
    DatabaseOpenException.requireDatabaseFile(file);
    String url = "jdbc:sqlite:" + file.toAbsolutePath();
    // A file SQLite cannot read fails here at once, where Flyway would retry its lock table for seconds.
    try (Connection probe = DriverManager.getConnection(url); Statement s = probe.createStatement()) {
      s.executeQuery("SELECT count(*) FROM sqlite_master").close();
    } catch (SQLException e) {
      throw DatabaseOpenException.of(file, e);
    }
    try {
      Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").load().migrate();
    } catch (FlywayException e) {
      throw DatabaseOpenException.of(file, e);
    }
    try {
      Connection c = DriverManager.getConnection(url);
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA journal_mode=WAL");
        s.execute("PRAGMA synchronous=FULL");
        s.execute("PRAGMA foreign_keys=ON");
        s.execute("PRAGMA busy_timeout=10000");
      }
      return new SqliteDatabase(c);
    } catch (SQLException e) {
      throw DatabaseOpenException.of(file, e);
    }
  }

  /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
  <T> T inTransaction(Supplier<T> work) {
    lock.lock();
    try {
      boolean outer = transactionDepth == 0;
      if (outer) connection.setAutoCommit(false);
      transactionDepth++;
      try {
        T result = work.get();
        if (outer) connection.commit();
        return result;
      } catch (RuntimeException | Error e) {
        if (outer) connection.rollback();
        throw e;
      } finally {
        transactionDepth--;
        if (outer) connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("transaction failed", e);
    } finally {
      lock.unlock();
    }
  }

  /** Runs a query and maps every row, in the order the query returns them. */
  <T> List<T> query(String sql, Binder binder, Rows.Mapper<T> mapper) {
    lock.lock();
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      binder.bind(ps);
      try (ResultSet rs = ps.executeQuery()) {
        List<T> out = new ArrayList<>();
        while (rs.next()) out.add(mapper.map(rs));
        return out;
      }
    } catch (SQLException e) {
      throw new StoreException("query failed: " + sql.strip().lines().findFirst().orElse(""), e);
    } finally {
      lock.unlock();
    }
  }

  /** Runs an insert, update or delete; returns the number of rows it changed. */
  int update(String sql, Binder binder) {
    lock.lock();
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      binder.bind(ps);
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("update failed: " + sql.strip().lines().findFirst().orElse(""), e);
    } finally {
      lock.unlock();
    }
  }

  /** Encodes and decodes the values kept as JSON text in a column. */
  JsonColumns json() {
    return json;
  }

  /** The first of {@code rows}, when there is one. */
  static <T> Optional<T> first(List<T> rows) {
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst());
  }

  /** Closes the connection, waiting for the statement or transaction in progress. */
  void close() {
    lock.lock();
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close database", e);
    } finally {
      lock.unlock();
    }
  }
}
