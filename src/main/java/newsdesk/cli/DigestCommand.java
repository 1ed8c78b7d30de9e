package newsdesk.cli;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import newsdesk.publish.DigestBuilder;
import newsdesk.publish.DigestRenderer;
import newsdesk.publish.DigestStory;
import newsdesk.store.NewsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Prints the digest of stored stories. */
@Command(name = "digest", mixinStandardHelpOptions = true,
    description = {"Print the digest: one card per story (headline, brief, Read more, related stories).",
        "By default the front page's stories, newest first: those updated in the 7 days up to the newest stored article, "
            + "or the 300 most recent when those days hold fewer. --since/--until select exactly the stories updated "
            + "between them instead. When there is "
            + "no story to show, stderr says why (nothing fetched yet, briefs still to write) and stdout stays empty "
            + "(JSON: no stories)."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:done, also when there is no story to show", "1:the data folder cannot be read",
        "2:a usage error (no such data folder, a bad option)"})
public final class DigestCommand implements Callable<Integer> {
  @Mixin DataOption data;

  private final Clock clock;

  /** On the system clock. */
  public DigestCommand() {
    this(Clock.systemUTC());
  }

  /** {@code clock}: what the store stamps with and the command reads as now. */
  public DigestCommand(Clock clock) {
    this.clock = java.util.Objects.requireNonNull(clock, "clock");
  }

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
    DigestRenderer renderer = DigestRenderer.find(format)
        .orElseThrow(() -> new UserError("--format must be text, markdown or json, got '" + format + "'"));
    if (limit <= 0) throw new UserError("--limit must be a positive number, got " + limit);
    Instant from = Dates.parse("--since", since, false);
    Instant to = Dates.parse("--until", until, true);
    // Quoted as typed: a day given stands for its whole span, which its last nanosecond would not say.
    if (from != null && to != null && from.isAfter(to)) {
      throw new UserError("--since " + since + " is after --until " + until);
    }
    try (Workspace ws = Workspace.forReading(data.existingDataDir(), clock)) {
      List<DigestStory> stories = new DigestBuilder(ws.store()).digest(from, to, limit);
      System.out.print(renderer.render(stories));
      if (stories.isEmpty()) System.err.println("newsdesk digest: " + whyEmpty(ws.store()));
    }
    return 0;
  }

  /**
   * Why a digest shows nothing, with what to do: an empty answer alone cannot tell a folder never
   * fetched from one whose stories still wait for their briefs (a fetch killed before briefing).
   */
  private String whyEmpty(NewsStore store) {
    if (store.newestArticleTime() == null) {
      return store.sources().isEmpty() ? "no sources yet: add one with `newsdesk sources add URL`, then run `newsdesk fetch`"
          : "no stories yet: run `newsdesk fetch`";
    }
    long waiting = store.storiesNeedingBrief().stream().filter(s -> store.brief(s.id()).isEmpty()).count();
    if (waiting > 0) {
      return Plural.count(waiting, "story waits", "stories wait") + " for " + (waiting == 1 ? "its brief" : "their briefs")
          + ": run `newsdesk fetch`";
    }
    Instant newest = store.newestArticleTime();
    if (since != null && until == null && Dates.parse("--since", since, false).isAfter(newest)) {
      return "no story was updated in the time asked for: --since " + since + " is after the newest stored article ("
          + Dates.show(newest) + ")";
    }
    if (since != null || until != null) return "no story was updated in the time asked for (--since/--until)";
    return "no stories to show yet: the stored articles joined no story";
  }
}
