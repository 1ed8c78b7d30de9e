package newsdesk.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The one folder that holds everything newsdesk stores: the SQLite database (the truth) and the
 * Lucene index (derived, rebuildable).
 *
 * @param root the folder; created on first use
 */
public record DataDir(Path root) {
  public static final String ENV = "NEWSDESK_DATA";
  public static final String DEFAULT = "newsdesk-data";

  /** The folder from {@code --data}, else {@code $NEWSDESK_DATA}, else {@code ./newsdesk-data}. */
  public static DataDir resolve(Path option, Map<String, String> env) {
    return resolve(option, env, null);
  }

  /**
   * Like {@link #resolve(Path, Map)}, except that without {@code --data} and {@code $NEWSDESK_DATA},
   * when {@code ./newsdesk-data} does not exist but {@code home/newsdesk-data} does ({@code home}:
   * the newsdesk installation folder, or null), that one is used: commands ran from the
   * installation folder before they ran from the caller's, and a cron job started elsewhere must
   * keep finding its data rather than silently start an empty folder.
   */
  public static DataDir resolve(Path option, Map<String, String> env, Path home) {
    return resolve(option, env, home, Path.of(DEFAULT));
  }

  /** {@link #resolve(Path, Map, Path)} with {@code local} as {@code ./newsdesk-data}. */
  static DataDir resolve(Path option, Map<String, String> env, Path home, Path local) {
    if (option != null) {
      if (option.toString().isBlank()) throw new IllegalArgumentException("option: an empty path would name the current folder");
      return new DataDir(option);
    }
    String fromEnv = env.get(ENV);
    if (fromEnv != null && !fromEnv.isBlank()) return new DataDir(Path.of(fromEnv));
    if (!Files.exists(local) && home != null && Files.isDirectory(home.resolve(DEFAULT))) {
      return new DataDir(home.resolve(DEFAULT));
    }
    return new DataDir(local);
  }

  public Path database() {
    return root.resolve("newsdesk.db");
  }

  public Path index() {
    return root.resolve("index");
  }

  /**
   * Creates the folder if needed; fails with a message naming it when that is impossible (a file in
   * the way, no permission).
   *
   * @throws UnusableDataDirException when a file is in the way or the folder is not writable
   */
  public DataDir create() {
    if (Files.exists(root) && !Files.isDirectory(root)) {
      throw new UnusableDataDirException("data folder " + root.toAbsolutePath() + " is a file, not a folder; check --data");
    }
    try {
      Files.createDirectories(root);
    } catch (java.io.IOException e) {
      Path file = fileInTheWay();
      if (file != null) {
        throw new UnusableDataDirException("cannot create data folder " + root.toAbsolutePath() + ": " + file
            + " is a file, not a folder; check --data", e);
      }
      throw new java.io.UncheckedIOException("cannot create data folder " + root.toAbsolutePath() + ": " + e.getMessage(), e);
    }
    if (!Files.isWritable(root)) {
      throw new UnusableDataDirException("data folder " + root.toAbsolutePath() + " is not writable");
    }
    return this;
  }

  /** The nearest existing ancestor of the folder when it is a file (what stops its creation), else null. */
  private Path fileInTheWay() {
    for (Path p = root.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
      if (Files.exists(p)) return Files.isDirectory(p) ? null : p;
    }
    return null;
  }

  /**
   * This folder, when it exists and holds a database; for commands that only read or change what
   * is there, so that a mistyped {@code --data} is reported instead of silently created.
   *
   * @throws UnusableDataDirException when it is a file, or holds no database file
   */
  public DataDir requireExisting() {
    if (Files.exists(root) && !Files.isDirectory(root)) {
      throw new UnusableDataDirException("data folder " + root.toAbsolutePath() + " is a file, not a folder; check --data");
    }
    if (Files.isDirectory(database())) {
      throw new UnusableDataDirException(database().toAbsolutePath() + " is a folder, not a newsdesk database file");
    }
    if (!Files.isRegularFile(database())) {
      throw new UnusableDataDirException("no newsdesk data folder at " + root.toAbsolutePath()
          + (Files.isDirectory(root) ? " (it holds no newsdesk.db)" : "") + "; add a source first or check --data");
    }
    return this;
  }
}
