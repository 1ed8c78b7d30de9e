package newsdesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import newsdesk.fetch.AddressPolicy;
import newsdesk.fetch.FetchConfig;
import newsdesk.fetch.FetchException;
import newsdesk.sources.OpmlException;
import newsdesk.sources.OpmlOutline;
import newsdesk.sources.OpmlReader;
import newsdesk.sources.OpmlWriter;
import newsdesk.sources.PollSchedule;
import newsdesk.sources.SourceStatus;
import newsdesk.store.NewsStore;
import newsdesk.store.Source;
import newsdesk.store.SourceProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Manages the followed sources. */
@Command(name = "sources", mixinStandardHelpOptions = true,
    description = "List, add, remove, import and export the sources newsdesk follows.",
    commandListHeading = "%nCommands:%n",
    subcommands = {SourcesAddCommand.class, SourcesCommand.ListSources.class, SourcesCommand.Remove.class,
        SourcesCommand.Import.class, SourcesCommand.Export.class})
public final class SourcesCommand implements Runnable {
  /** Exit code of {@code sources add} when several sources were found and none was picked. */
  static final int CHOICE_NEEDED = 3;

  @Spec CommandSpec spec;

  private final Clock clock;

  /** On the system clock. */
  public SourcesCommand() {
    this(Clock.systemUTC());
  }

  /**
   * {@code clock}: what its subcommands (which reach it as their {@code @ParentCommand}) read as now
   * and the store stamps a new source's {@code added_at} with.
   */
  public SourcesCommand(Clock clock) {
    this.clock = java.util.Objects.requireNonNull(clock, "clock");
  }

  /** The clock of the {@code sources} command line a subcommand belongs to. */
  Clock clock() {
    return clock;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing subcommand: add, list, remove, import or export");
  }

  /** {@code sources list}. */
  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "List the sources with their status: ok, DAMAGED (the last document could be read only in part: "
          + "what was wrong and how many entries were read), refused (its address is private and the last fetch did not "
          + "allow private networks), retrying, or FAILING with the last error.")
  static final class ListSources implements Callable<Integer> {
    @Mixin DataOption data;
    @ParentCommand SourcesCommand parent;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
        description = "Output format: text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() throws IOException {
      // In any case, as digest, extract and feed parse read theirs.
      String given = format;
      format = format.toLowerCase(java.util.Locale.ROOT);
      if (!format.equals("text") && !format.equals("json")) throw new UserError("--format must be text or json, got '" + given + "'");
      PollSchedule schedule = new PollSchedule(PollSchedule.Bounds.defaults());
      ObjectMapper json = new ObjectMapper();
      ArrayNode rows = json.createArrayNode();
      try (Workspace ws = Workspace.forReading(data.existingDataDir(), parent.clock())) {
        for (Source s : ws.store().sources()) {
          String status = SourceStatus.of(s, schedule).label();
          if (format.equals("text")) {
            String detail = s.lastError() != null ? ": " + s.lastError() : s.damaged() ? ": " + s.lastWarning() : "";
            String next = s.nextFetchAt() == null ? "due now" : "next " + Dates.show(s.nextFetchAt());
            System.out.println(s.id() + "\t" + s.kind() + "\t" + s.url() + "\t" + (s.title() == null ? "" : s.title()) + "\t"
                + status + (s.consecutiveFailures() > 0 ? " (" + Plural.count(s.consecutiveFailures(), "failure") + ")" : "") + detail
                + "\tevery " + s.pollIntervalSeconds() / 60 + " min, " + next);
          } else {
            ObjectNode o = rows.addObject();
            o.put("id", s.id()).put("kind", s.kind()).put("url", s.url()).put("title", s.title()).put("status", status)
                .put("last_error", s.lastError()).put("last_warning", s.lastWarning())
                .put("consecutive_failures", s.consecutiveFailures())
                .put("poll_interval_seconds", s.pollIntervalSeconds())
                .put("last_fetch_at", Dates.show(s.lastFetchAt())).put("last_success_at", Dates.show(s.lastSuccessAt()))
                .put("next_fetch_at", Dates.show(s.nextFetchAt()));
            SourceProfile p = ws.store().sourceProfile(s.id());
            o.put("site_url", p.siteUrl()).put("folder", p.folder()); // snake_case, as the API and digest JSON
          }
        }
      }
      if (format.equals("json")) System.out.println(json.writeValueAsString(rows)); // compact, as digest and search print
      return 0;
    }

  }

  /** {@code sources remove ID}. */
  @Command(name = "remove", mixinStandardHelpOptions = true, description = "Stop following a source (its articles stay).")
  static final class Remove implements Callable<Integer> {
    @Mixin DataOption data;
    @ParentCommand SourcesCommand parent;

    @Parameters(paramLabel = "ID", description = "The source's id, as `sources list` shows it.")
    String idText;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      long id;
      try {
        id = Long.parseLong(idText.strip());
      } catch (NumberFormatException e) {
        throw new ParameterException(spec.commandLine(),
            "source id must be a number, as `newsdesk sources list` shows it, got '" + idText + "'");
      }
      try (Workspace ws = Workspace.forDatabase(data.existingDataDir(), parent.clock())) {
        if (!ws.store().removeSource(id)) throw new UserError("there is no source with id " + id + " (see newsdesk sources list)");
        System.err.println("Removed source " + id + ".");
      }
      return 0;
    }
  }

  /** {@code sources import FILE}. */
  @Command(name = "import", mixinStandardHelpOptions = true, description = "Follow every feed of an OPML file.")
  static final class Import implements Callable<Integer> {
    @Mixin DataOption data;
    @ParentCommand SourcesCommand parent;

    @Parameters(paramLabel = "FILE", description = "An OPML file (as feed readers export).")
    Path file;

    @Option(names = "--allow-private-network",
        description = {"Also follow feeds on loopback, private, link-local and other special addresses.",
            "Off by default, as for `sources add` and `fetch`: such outlines are skipped with the reason."})
    boolean allowPrivateNetwork;

    @Override
    public Integer call() {
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(file);
      } catch (NoSuchFileException e) {
        throw new UserError(file + ": no such file");
      } catch (IOException e) {
        throw new UserError(file + ": cannot read it: " + FileProblem.describe(e), e);
      }
      OpmlReader.Result result;
      try {
        result = new OpmlReader().read(bytes, file.toString());
      } catch (OpmlException e) {
        // A file that holds no feed: the command failed (1), as feed parse says of one; not a usage error.
        throw new CommandFailure(e.getMessage(), e);
      }
      int added = 0;
      int known = 0;
      int refused = 0;
      AddressPolicy policy = new AddressPolicy(FetchConfig.defaults().withAllowPrivateNetwork(allowPrivateNetwork));
      try (Workspace ws = Workspace.forDatabase(data.dataDir(), parent.clock())) {
        NewsStore store = ws.store();
        Set<String> followed = new HashSet<>();
        store.sources().forEach(s -> followed.add(s.url()));
        for (OpmlOutline o : result.outlines()) {
          // The rule of `sources add` and of every fetch: an address no fetch would read is not followed.
          Optional<String> refusal = refusal(policy, o.xmlUrl());
          if (refusal.isPresent()) {
            System.err.println("newsdesk sources import: " + file + ": skipped " + refusal.get());
            refused++;
            continue;
          }
          String kind = o.type().equals("sitemap") ? "sitemap" : "feed";
          Source s = store.addSource(o.xmlUrl(), kind, null, o.title());
          if (followed.add(o.xmlUrl())) added++;
          else known++;
          store.saveSourceProfile(s.id(), new SourceProfile(o.htmlUrl(), o.folder()));
          System.out.println(s.id() + "\t" + kind + "\t" + s.url() + "\t" + (o.title() == null ? "" : o.title()));
        }
      }
      for (String problem : result.problems()) System.err.println("newsdesk sources import: " + file + ": skipped " + problem);
      int skipped = result.problems().size() + refused;
      System.err.println("Imported " + Plural.count(added, "new source") + " from " + file
          + (known > 0 ? "; " + known + " already followed" : "")
          + (skipped == 0 ? "." : "; " + Plural.count(skipped, "outline") + " skipped."));
      return 0;
    }

    /** Why {@code url} is not followed under {@code policy} (the guard's own words), or empty. */
    private static Optional<String> refusal(AddressPolicy policy, String url) {
      URI uri;
      try {
        uri = URI.create(url);
      } catch (IllegalArgumentException e) {
        return Optional.empty(); // the reader checked its form already; a fetch names what is wrong
      }
      try {
        policy.check(uri);
        return Optional.empty();
      } catch (FetchException e) {
        return Optional.of(e.getMessage());
      }
    }
  }

  /** {@code sources export}. */
  @Command(name = "export", mixinStandardHelpOptions = true, description = "Print the followed sources as OPML 2.0.")
  static final class Export implements Callable<Integer> {
    @Mixin DataOption data;
    @ParentCommand SourcesCommand parent;

    @Override
    public Integer call() {
      List<OpmlOutline> outlines = new ArrayList<>();
      int demo = 0;
      try (Workspace ws = Workspace.forReading(data.existingDataDir(), parent.clock())) {
        for (Source s : ws.store().sources()) {
          if ("demo".equals(s.kind())) {
            demo++; // the demo's feeds live at an address of one demo run: no feed reader could follow them
            continue;
          }
          SourceProfile p = ws.store().sourceProfile(s.id());
          outlines.add(new OpmlOutline(s.title(), s.url(), p.siteUrl(), "sitemap".equals(s.kind()) ? "sitemap" : "rss",
              p.folder()));
        }
      }
      System.out.print(new OpmlWriter().write(outlines, "newsdesk subscriptions", parent.clock().instant()));
      System.out.flush();
      if (demo > 0) {
        System.err.println("newsdesk sources export: " + Plural.count(demo, "demo source") + " left out (served by the demo "
            + "on its own address for one run)");
      }
      return 0;
    }
  }

  static URI httpUrl(String text) {
    try {
      URI uri = URI.create(text.strip());
      if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https")) || uri.getHost() == null) {
        throw new UserError("'" + text + "' is not an http(s) URL");
      }
      return uri;
    } catch (IllegalArgumentException e) {
      throw new UserError("'" + text + "' is not a valid URL: " + e.getMessage());
    }
  }
}
