package newsdesk.store;

import java.nio.file.Files;
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
   * with {@code synchronous=FULL}, foreign keys on, a 10 s busy timeout and IMMEDIATE transactions. A file that cannot serve
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
      // Transactions take the write lock when they begin, waiting out another process under the
      // busy timeout. A deferred one would read, then fail at once on its first write
      // (SQLITE_BUSY_SNAPSHOT) when a second process (fetch beside serve) had committed meanwhile.
      org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
      config.setTransactionMode(org.sqlite.SQLiteConfig.TransactionMode.IMMEDIATE);
      return configured(DriverManager.getConnection(url, config.toProperties()));
    } catch (SQLException e) {
      throw DatabaseOpenException.of(file, e);
    }
  }

  /**
   * {@code c} set up for the store (WAL, full sync, foreign keys, busy timeout). When a setting
   * fails (another process holding the lock past the timeout), {@code c} is closed before the
   * failure is thrown: nothing else would close it, and an open connection keeps the file and its
   * lock.
   */
  static SqliteDatabase configured(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("PRAGMA journal_mode=WAL");
      s.execute("PRAGMA synchronous=FULL");
      s.execute("PRAGMA foreign_keys=ON");
      s.execute("PRAGMA busy_timeout=10000");
    } catch (SQLException | RuntimeException e) {
      try {
        c.close();
      } catch (SQLException | RuntimeException again) {
        e.addSuppressed(again);
      }
      throw e;
    }
    return new SqliteDatabase(c);
  }

  /**
   * Opens {@code file} read-only, without migrating it and without creating it: for commands that
   * only read, so that they work while another process writes (WAL readers never block) and in a
   * folder this process cannot write. SQLite needs the WAL index ({@code FILE-shm}) beside a WAL
   * database: when it is absent and the folder is not writable, a database whose write-ahead log is
   * absent or empty (everything is in the file) is opened {@code immutable}; otherwise this fails
   * with a message that says what is missing.
   */
  static SqliteDatabase openReadOnly(Path file) {
    return openReadOnly(file, Files.isWritable(file.toAbsolutePath().getParent()));
  }

  /** {@link #openReadOnly(Path)} with the folder's writability given (tests run as root, who may write anyway). */
  static SqliteDatabase openReadOnly(Path file, boolean folderWritable) {
    if (!Files.isRegularFile(file)) throw new StoreException("cannot open database " + file + ": no such file", null);
    Path folder = file.toAbsolutePath().getParent();
    Path shm = file.resolveSibling(file.getFileName() + "-shm");
    Path wal = file.resolveSibling(file.getFileName() + "-wal");
    boolean immutable = !Files.exists(shm) && !folderWritable && sizeOrZero(wal) == 0;
    org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
    config.setReadOnly(true);
    config.setBusyTimeout(10000);
    String url = immutable ? "jdbc:sqlite:" + file.toAbsolutePath().toUri() + "?immutable=1" : "jdbc:sqlite:" + file.toAbsolutePath();
    try {
      Connection c = DriverManager.getConnection(url, config.toProperties());
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
        rs.next(); // reading the schema makes SQLite open the WAL files now, not at the first real query
      } catch (SQLException e) {
        c.close();
        throw e;
      }
      return new SqliteDatabase(c);
    } catch (SQLException e) {
      if (!Files.exists(shm) && !folderWritable) {
        throw new StoreException("cannot read database " + file + " read-only: SQLite needs to create " + shm.getFileName()
            + " next to it to read its write-ahead log " + wal.getFileName() + ", and " + folder
            + " is not writable; make the folder writable, or copy it somewhere writable", e);
      }
      throw new StoreException("cannot read database " + file + " read-only", e);
    }
  }

  private static long sizeOrZero(Path file) {
    try {
      return Files.exists(file) ? Files.size(file) : 0;
    } catch (java.io.IOException e) {
      return Long.MAX_VALUE; // unknown: do not assume the log is empty
    }
  }

  /**
   * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws or
   * when the commit fails (a deferred constraint, a full disk), so that a failed transaction never
   * stays open on the connection for the next one to commit. The failure thrown is the first one;
   * a rollback or end of the transaction that fails as well is attached to it as suppressed.
   * Inside another transaction {@code work} joins it: the outermost one commits or rolls back.
   */
  <T> T inTransaction(Supplier<T> work) {
    lock.lock();
    try {
      if (transactionDepth > 0) {
        transactionDepth++;
        try {
          return work.get();
        } finally {
          transactionDepth--;
        }
      }
      return outermost(work);
    } finally {
      lock.unlock();
    }
  }

  private <T> T outermost(Supplier<T> work) {
    try {
      connection.setAutoCommit(false);
    } catch (SQLException e) {
      throw new StoreException("cannot begin a transaction", e);
    }
    transactionDepth = 1;
    Throwable failure = null;
    try {
      T result = work.get();
      try {
        connection.commit();
      } catch (SQLException e) {
        throw new StoreException("commit failed", e);
      }
      return result;
    } catch (RuntimeException | Error e) {
      failure = e;
      throw e;
    } finally {
      transactionDepth = 0;
      end(failure);
    }
  }

  /**
   * Ends the outermost transaction: rolls it back after {@code failure} (null: it committed), then
   * returns the connection to auto-commit. The driver begins a new transaction after each commit or
   * rollback, which auto-commit then ends, empty. A failure here is added to {@code failure} when
   * there is one, else thrown.
   */
  private void end(Throwable failure) {
    if (failure != null) {
      try {
        connection.rollback();
      } catch (SQLException | RuntimeException e) {
        failure.addSuppressed(e);
      }
    }
    try {
      connection.setAutoCommit(true);
    } catch (SQLException | RuntimeException e) {
      if (failure != null) {
        failure.addSuppressed(e);
      } else {
        throw new StoreException("cannot end a transaction", e);
      }
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

  /** Runs a query without parameters that returns one row (an aggregate, a pragma) and maps the row. */
  <T> T queryOne(String sql, Rows.Mapper<T> mapper) {
    return query(sql, ps -> {}, mapper).getFirst();
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

  /** Binds the parameters of a prepared statement for one row. */
  interface RowBinder<R> {
    void bind(PreparedStatement ps, R row) throws SQLException;
  }

  /**
   * Replaces a set of rows in one transaction: runs {@code delete}, then {@code insert} once for
   * each of {@code rows}.
   */
  <R> void replaceRows(String delete, Binder deleteBinder, String insert, List<R> rows, RowBinder<R> rowBinder) {
    inTransaction(() -> {
      update(delete, deleteBinder);
      for (R row : rows) update(insert, ps -> rowBinder.bind(ps, row));
      return null;
    });
  }

  /** Encodes and decodes the values kept as JSON text in a column. */
  JsonColumns json() {
    return json;
  }

  /** The first of {@code rows}, when there is one. */
  static <T> Optional<T> first(List<T> rows) {
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst());
  }

  /** "?, ?, ?": {@code n} (at least 1) SQL parameters. */
  static String placeholders(int n) {
    if (n < 1) throw new IllegalArgumentException("n must be >= 1: " + n);
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
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
