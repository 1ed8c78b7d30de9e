package newsdesk.cli;

import java.util.concurrent.Callable;
import newsdesk.pipeline.IndexSync;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Rebuilds the search index from the database. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
    description = "Rebuild the search index from the database (the index is derived; the database is the truth).")
public final class ReindexCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Override
  public Integer call() {
    try (Workspace ws = Workspace.forReindex(data.existingDataDir())) {
      int n = new IndexSync(ws.store(), ws.index()).rebuild();
      System.err.println("Indexed " + n + " articles.");
    }
    return 0;
  }
}
