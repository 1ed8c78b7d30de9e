package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command tree as a whole: version, help texts. */
class MainTest {
  /** Every command below the root, as the argument path that reaches it. */
  private static List<List<String>> commandPaths(CommandLine parent, List<String> path) {
    List<List<String>> out = new ArrayList<>();
    parent.getSubcommands().forEach((name, sub) -> {
      List<String> p = new ArrayList<>(path);
      p.add(name);
      out.add(p);
      out.addAll(commandPaths(sub, p));
    });
    return out;
  }

  private static CommandLine command(CommandLine root, List<String> path) {
    CommandLine cl = root;
    for (String name : path) cl = cl.getSubcommands().get(name);
    return cl;
  }

  @Test
  void lucenesVectorApiHintStaysSilentAfterGarbageCollectionAndOtherWarningsDoNot() {
    Main.quietLibraryLogs();
    for (int i = 0; i < 3; i++) System.gc();
    java.util.logging.Logger hint = java.util.logging.Logger.getLogger(Main.LUCENE_VECTORIZATION + ".VectorizationProvider");
    assertThat(hint.isLoggable(java.util.logging.Level.WARNING)).isFalse();
    assertThat(hint.isLoggable(java.util.logging.Level.SEVERE)).isTrue();
    assertThat(java.util.logging.Logger.getLogger("org.apache.lucene.index.IndexWriter")
        .isLoggable(java.util.logging.Level.WARNING)).isTrue();
  }

  @Test
  void everyCommandPrintsTheVersionWithV() {
    CommandLine root = Main.commandLine();
    String version = String.join("\n", root.getCommandSpec().version()) + "\n";
    assertThat(version).startsWith("newsdesk ");
    List<List<String>> paths = commandPaths(root, List.of());
    assertThat(paths).hasSizeGreaterThan(20);
    for (List<String> path : paths) {
      List<String> args = new ArrayList<>(path);
      args.add("-V");
      CliRun r = CliRun.of(args.toArray(String[]::new));
      assertThat(r.exit()).as(String.join(" ", path)).isZero();
      assertThat(r.out()).as(String.join(" ", path)).isEqualTo(version);
    }
  }

  @Test
  void theTopHelpNamesExactlyTheCommandsThatTakeData() {
    CommandLine root = Main.commandLine();
    String description = String.join(" ", root.getCommandSpec().usageMessage().description());
    Matcher m = Pattern.compile("\\(([^)]*)\\) take --data DIR").matcher(description);
    assertThat(m.find()).as(description).isTrue();
    Set<String> named = new TreeSet<>(List.of(m.group(1).split(",\\s*")));
    Set<String> taking = new TreeSet<>();
    root.getSubcommands().forEach((name, sub) -> {
      if (usesDataFolder(sub)) taking.add(name);
    });
    assertThat(named).isEqualTo(taking);
  }

  /** Whether the command or one of its subcommands takes the data folder option ({@link DataOption}). */
  private static boolean usesDataFolder(CommandLine cl) {
    return cl.getCommandSpec().mixins().values().stream().anyMatch(m -> m.userObject() instanceof DataOption)
        || cl.getSubcommands().values().stream().anyMatch(MainTest::usesDataFolder);
  }

  @Test
  void everyDescriptionLineIsWholeSentencesSoTheCommandListShowsOne() {
    CommandLine root = Main.commandLine();
    for (List<String> path : commandPaths(root, List.of())) {
      String[] lines = command(root, path).getCommandSpec().usageMessage().description();
      assertThat(lines).as(String.join(" ", path)).isNotEmpty();
      for (String line : lines) {
        if (line.isEmpty()) continue;
        // A line is whole sentences: picocli shows only the first in a command list, and does not
        // join lines, so a sentence broken over two would be cut there and break mid-way in --help.
        assertThat(line).as(String.join(" ", path) + ": " + line).matches("(?s)[A-Z\"{].*[.)]");
      }
    }
  }

  @Test
  void theProgramStartPutsModelLibrariesOfflineAndKeepsAGivenValue() {
    String before = System.clearProperty(Main.DJL_OFFLINE);
    try {
      Main.offlineModelLibraries();
      assertThat(System.getProperty(Main.DJL_OFFLINE)).isEqualTo("true");
      System.setProperty(Main.DJL_OFFLINE, "false");
      Main.offlineModelLibraries();
      assertThat(System.getProperty(Main.DJL_OFFLINE)).isEqualTo("false");
    } finally {
      if (before != null) System.setProperty(Main.DJL_OFFLINE, before);
      else System.clearProperty(Main.DJL_OFFLINE);
    }
  }
}
