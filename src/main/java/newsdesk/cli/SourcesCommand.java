package newsdesk.cli;

import java.net.URI;
import java.util.concurrent.Callable;
import newsdesk.store.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Manages the followed sources. */
@Command(name = "sources", mixinStandardHelpOptions = true, description = "List, add and remove the sources newsdesk follows.",
    subcommands = {SourcesCommand.Add.class, SourcesCommand.ListSources.class, SourcesCommand.Remove.class})
public final class SourcesCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing subcommand: add, list or remove");
  }

  /** {@code sources add URL}. */
  @Command(name = "add", mixinStandardHelpOptions = true, description = "Follow a feed by its URL.")
  static final class Add implements Callable<Integer> {
    @Mixin DataOption data;

    @Parameters(paramLabel = "URL", description = "The feed's URL (http or https).")
    String url;

    @Override
    public Integer call() {
      URI uri = httpUrl(url);
      try (Workspace ws = Workspace.open(data.dataDir())) {
        Source s = ws.store().addSource(uri.toString(), "feed", null, null);
        System.out.println(s.id() + "\t" + s.url());
      }
      return 0;
    }
  }

  /** {@code sources list}. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the sources with their status.")
  static final class ListSources implements Callable<Integer> {
    @Mixin DataOption data;

    @Override
    public Integer call() {
      try (Workspace ws = Workspace.open(data.dataDir())) {
        for (Source s : ws.store().sources()) {
          String status = s.lastFetchAt() == null ? "never fetched"
              : s.failing() ? "FAILING (" + s.consecutiveFailures() + "x): " + s.lastError() : "ok, fetched " + s.lastFetchAt();
          System.out.println(s.id() + "\t" + s.url() + "\t" + (s.title() == null ? "" : s.title()) + "\t" + status);
        }
      }
      return 0;
    }
  }

  /** {@code sources remove ID}. */
  @Command(name = "remove", mixinStandardHelpOptions = true, description = "Stop following a source (its articles stay).")
  static final class Remove implements Callable<Integer> {
    @Mixin DataOption data;

    @Parameters(paramLabel = "ID", description = "The source's id, as `sources list` shows it.")
    long id;

    @Override
    public Integer call() {
      try (Workspace ws = Workspace.open(data.dataDir())) {
        if (!ws.store().removeSource(id)) throw new UserError("there is no source with id " + id + " (see newsdesk sources list)");
        System.err.println("Removed source " + id + ".");
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
