package newsdesk.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import newsdesk.pipeline.IndexSync;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * Rebuilds the search index from the database, holding the index's write lock from start to end
 * (a {@code serve} or {@code run} started meanwhile is refused); readers see the old index until
 * the new one is committed.
 */
@Command(name = "reindex", mixinStandardHelpOptions = true,
    description = "Rebuild the search index from the database (the index is derived; the database is the truth).")
public final class ReindexCommand implements Callable<Integer> {
  @Mixin DataOption data;

  private final Clock clock;

  /** On the system clock. */
  public ReindexCommand() {
    this(Clock.systemUTC());
  }

  /** {@code clock}: what the store stamps with and the command reads as now. */
  public ReindexCommand(Clock clock) {
    this.clock = java.util.Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Integer call() {
    try (Workspace ws = Workspace.forReindex(data.existingDataDir(), clock)) {
      int n = new IndexSync(ws.store(), ws.index()).rebuild();
      System.err.println("Indexed " + Plural.count(n, "article") + " into " + ws.dir().index() + ".");
    }
    return 0;
  }
}
