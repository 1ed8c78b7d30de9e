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
    if (option != null) return new DataDir(option);
    String fromEnv = env.get(ENV);
    if (fromEnv != null && !fromEnv.isBlank()) return new DataDir(Path.of(fromEnv));
    return new DataDir(Path.of(DEFAULT));
  }

  public Path database() {
    return root.resolve("newsdesk.db");
  }

  public Path index() {
    return root.resolve("index");
  }

  /** Creates the folder if needed; fails with a message naming it when that is impossible. */
  public DataDir create() {
    try {
      Files.createDirectories(root);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot create data folder " + root.toAbsolutePath() + ": " + e.getMessage(), e);
    }
    if (!Files.isWritable(root)) {
      throw new IllegalArgumentException("data folder " + root.toAbsolutePath() + " is not writable");
    }
    return this;
  }
}
