package newsdesk.cli;

import java.time.Instant;
import java.util.concurrent.Callable;
import newsdesk.publish.DigestBuilder;
import newsdesk.publish.DigestRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Prints the digest of stored stories. */
@Command(name = "digest", mixinStandardHelpOptions = true,
    description = {"Print the digest: one card per story (headline, brief, Read more, related stories).",
        "By default the stories updated in the 7 days up to the newest stored article, newest first."})
public final class DigestCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "Output format: text, markdown or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--since", paramLabel = "DATE", description = "Earliest story update, ISO-8601 (default: 7 days before --until).")
  String since;

  @Option(names = "--until", paramLabel = "DATE", description = "Latest story update, ISO-8601 (default: the newest article).")
  String until;

  @Option(names = "--limit", defaultValue = "50", paramLabel = "N", description = "At most this many stories (default: ${DEFAULT-VALUE}).")
  int limit;

  @Override
  public Integer call() {
    DigestRenderer renderer = DigestRenderer.forFormat(format);
    if (limit <= 0) throw new UserError("--limit must be a positive number, got " + limit);
    Instant from = Dates.parse("--since", since, false);
    Instant to = Dates.parse("--until", until, true);
    try (Workspace ws = Workspace.forReading(data.existingDataDir())) {
      System.out.print(renderer.render(new DigestBuilder(ws.store()).digest(from, to, limit)));
    }
    return 0;
  }
}
