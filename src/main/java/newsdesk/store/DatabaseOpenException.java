package newsdesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The database file cannot be opened as a newsdesk database: it is a folder, it is not a SQLite
 * file, it cannot be read, it is corrupt or locked, or its schema cannot be migrated. An
 * environment failure whose one-line message names the file and what is wrong with it, e.g.
 * {@code data/newsdesk.db is not a newsdesk database (file is not a SQLite database)}.
 */
public final class DatabaseOpenException extends StoreException {
  /** The 16 bytes every SQLite 3 database file starts with. */
  private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
  private static final String NOT_SQLITE = "is not a newsdesk database (file is not a SQLite database)";

  private final transient Path file;

  private DatabaseOpenException(Path file, String problem, Throwable cause) {
    super(file + " " + problem, cause, true);
    this.file = file;
  }

  /** The database file that could not be opened. */
  public Path file() {
    return file;
  }

  /**
   * Checks what can be told before SQLite touches {@code file}: a missing or empty file is fine (a
   * new database), a folder or a file that does not start with the SQLite header is not.
   */
  static void requireDatabaseFile(Path file) {
    if (Files.isDirectory(file)) throw new DatabaseOpenException(file, "is a folder, not a newsdesk database file", null);
    if (!Files.exists(file)) return;
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(SQLITE_HEADER.length);
      if (head.length > 0 && !Arrays.equals(head, SQLITE_HEADER)) throw new DatabaseOpenException(file, NOT_SQLITE, null);
    } catch (IOException e) {
      throw new DatabaseOpenException(file, "cannot be read (" + reason(e) + ")", e);
    }
  }

  /** What opening or migrating {@code file} failing with {@code failure} means, in one line. */
  static DatabaseOpenException of(Path file, Throwable failure) {
    SQLException sql = deepest(failure, SQLException.class);
    if (sql instanceof SQLiteException s) {
      SQLiteErrorCode code = s.getResultCode();
      String problem = switch (code == null ? SQLiteErrorCode.UNKNOWN_ERROR : baseCode(code)) {
        case SQLITE_NOTADB -> NOT_SQLITE;
        case SQLITE_CORRUPT -> "is corrupt (" + code.message + "); restore it from a backup";
        case SQLITE_BUSY, SQLITE_LOCKED -> "is locked by another process";
        case SQLITE_READONLY -> "cannot be written (read-only file or folder)";
        case SQLITE_CANTOPEN -> "cannot be opened (check that it is a file you may read and write)";
        case SQLITE_FULL -> "cannot be written: the disk is full";
        case SQLITE_IOERR -> "cannot be read or written (disk I/O error)";
        case SQLITE_PERM, SQLITE_AUTH -> "cannot be opened (permission denied)";
        default -> "cannot be opened: " + firstLine(s.getMessage());
      };
      return new DatabaseOpenException(file, problem, failure);
    }
    Throwable cause = sql != null ? sql : failure;
    return new DatabaseOpenException(file, "cannot be opened as a newsdesk database: " + firstLine(cause.getMessage()), failure);
  }

  /** SQLite's extended codes (SQLITE_IOERR_SHORT_READ) under their primary one (SQLITE_IOERR). */
  private static SQLiteErrorCode baseCode(SQLiteErrorCode code) {
    return SQLiteErrorCode.getErrorCode(code.code & 0xff);
  }

  private static <T extends Throwable> T deepest(Throwable failure, Class<T> type) {
    T found = null;
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
      if (type.isInstance(t)) found = type.cast(t);
    }
    return found;
  }

  private static String reason(IOException e) {
    String name = e.getClass().getSimpleName();
    if (name.equals("AccessDeniedException")) return "permission denied";
    return e.getMessage() == null ? name : e.getMessage();
  }

  private static String firstLine(String message) {
    if (message == null || message.isBlank()) return "unknown error";
    return message.strip().lines().findFirst().orElse("");
  }
}
