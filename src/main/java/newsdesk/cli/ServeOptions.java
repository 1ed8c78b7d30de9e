package newsdesk.cli;

import picocli.CommandLine.Option;

/** Where the web UI listens. */
public final class ServeOptions {
  @Option(names = "--port", defaultValue = "8080", description = "Port of the web UI (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
      description = "Address of the web UI (default: ${DEFAULT-VALUE}).")
  String bind;

  void validate() {
    if (port < 0 || port > 65535) throw new UserError("--port must be between 0 and 65535, got " + port);
  }
}
