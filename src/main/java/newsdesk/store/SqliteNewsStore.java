package newsdesk.store;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * {@link NewsStore} on one SQLite file in WAL mode with {@code synchronous=FULL}, so that a
 * committed transaction survives a crash. Schema changes are versioned Flyway migrations under
 * {@code db/migration}. One connection serves all calls, serialized by a lock: SQLite has a single
 * writer anyway, and the reads are short.
 *
 * <p>The connection, the lock and transactions live in {@link SqliteDatabase}. Each role of
 * {@link NewsStore} is served by the part that owns its tables: {@link SourceStore} by
 * {@link SqliteSources}, {@link ArticleStore} by {@link SqliteArticles}, {@link StoryStore} by
 * {@link SqliteStories} and {@link WebStore} by {@link SqliteWebState} (each handing some calls on
 * to smaller parts). This class takes on the roles through {@link ForwardingSourceStore},
 * {@link ForwardingArticleStore}, {@link ForwardingStoryStore} and {@link ForwardingWebStore},
 * whose default methods hand each call to the role's part ({@link #sourceStore()} and the other
 * accessors, which a caller may also use to see one role only: the same calls, the same
 * database). A transaction opened here spans the calls made inside it, whichever part serves them.
 */
public final class SqliteNewsStore
    implements NewsStore, ForwardingSourceStore, ForwardingArticleStore, ForwardingStoryStore, ForwardingWebStore {
  private final SqliteDatabase database;
  private final SqliteSources sources;
  private final SqliteArticles articles;
  private final SqliteStories stories;
  private final SqliteWebState webState;

  private SqliteNewsStore(SqliteDatabase database, Clock clock) {
    this.database = database;
    this.sources = new SqliteSources(database, clock, new SqliteOutletNames(database));
    this.articles = new SqliteArticles(database);
    this.stories = new SqliteStories(database, clock);
    this.webState = new SqliteWebState(database, new SqliteWebQueries(database));
  }

  /**
   * Opens (creating and migrating when needed) the database at {@code file}.
   *
   * @throws DatabaseOpenException when the file is a folder, not a SQLite database, corrupt, locked
   *     or unreadable (the message names the file and says which)
   */
  public static SqliteNewsStore open(Path file) {
    return open(file, Clock.systemUTC());
  }

  /**
   * Opens the database at {@code file} as {@link #open(Path)} does, stamping with {@code clock} the
   * times the store itself records (a source's {@code added_at}, a brief's {@code computed_at}); the
   * caller's times (an article's fetch, a story's change) are passed to the calls that write them.
   *
   * @throws DatabaseOpenException as {@link #open(Path)}
   */
  public static SqliteNewsStore open(Path file, Clock clock) {
    return new SqliteNewsStore(SqliteDatabase.open(file), Objects.requireNonNull(clock, "clock"));
  }

  /**
   * Opens the existing database at {@code file} read-only (no migration, no file created): every
   * write fails with a {@link StoreException}. For commands that only read, which then work while
   * another process writes the database and on a folder this process cannot write.
   */
  public static SqliteNewsStore openReadOnly(Path file) {
    // It writes nothing, so it stamps nothing: no clock is read.
    return new SqliteNewsStore(SqliteDatabase.openReadOnly(file), Clock.systemUTC());
  }

  /** Runs {@code PRAGMA integrity_check}; "ok" when the file is sound. */
  public String integrityCheck() {
    return database.queryOne("PRAGMA integrity_check", rs -> rs.getString(1));
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return database.inTransaction(work);
  }

  @Override
  public void close() {
    database.close();
  }

  // ---- the roles, each served by the part that owns its tables

  /** The {@link SourceStore} role: sources, their profiles, outlet names ({@link SqliteSources}). */
  @Override
  public SourceStore sourceStore() {
    return sources;
  }

  /** The {@link ArticleStore} role: articles and what hangs off them ({@link SqliteArticles}). */
  @Override
  public ArticleStore articleStore() {
    return articles;
  }

  /** The {@link StoryStore} role: stories, briefs and related stories ({@link SqliteStories}). */
  @Override
  public StoryStore storyStore() {
    return stories;
  }

  /** The {@link WebStore} role: the web UI's own tables and the reads of its pages ({@link SqliteWebState}). */
  @Override
  public WebStore webStore() {
    return webState;
  }
}
