package newsdesk.cli;

import java.nio.file.Path;
import newsdesk.config.DataDir;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option every command takes. */
public final class DataOption {
  @Option(names = "--data", paramLabel = "DIR",
      description = "Data folder (default: $NEWSDESK_DATA, else ./newsdesk-data).")
  Path data;

  DataDir dataDir() {
    return DataDir.resolve(data, System.getenv()).create();
  }
}
