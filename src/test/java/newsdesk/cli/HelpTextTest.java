package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Every command's {@code --help}, rendered as a user sees it (80 columns): one style, nothing broken. */
class HelpTextTest {
  /** Every command of the tree, the root first. */
  private static List<CommandLine> commands() {
    List<CommandLine> out = new ArrayList<>();
    collect(Main.commandLine(), out);
    return out;
  }

  private static void collect(CommandLine cl, List<CommandLine> out) {
    out.add(cl);
    cl.getSubcommands().values().forEach(sub -> collect(sub, out));
  }

  private static String name(CommandLine cl) {
    return cl.getCommandSpec().qualifiedName(" ");
  }

  private static String help(CommandLine cl) {
    return cl.getUsageMessage(CommandLine.Help.Ansi.OFF);
  }

  /** The texts a command's help shows, as written (picocli's %n and %% resolved, variables interpolated). */
  private static List<String> texts(CommandSpec spec) {
    List<String> texts = new ArrayList<>();
    var usage = spec.usageMessage();
    texts.addAll(Arrays.asList(usage.description()));
    texts.addAll(Arrays.asList(usage.header()));
    texts.addAll(Arrays.asList(usage.footer()));
    usage.exitCodeList().forEach((code, meaning) -> texts.add(meaning));
    for (ArgSpec arg : spec.args()) texts.addAll(Arrays.asList(arg.description()));
    return texts.stream().flatMap(t -> Arrays.stream(t.split("%n"))).map(t -> t.replace("%%", "%")).toList();
  }

  @Test
  void everyCommandStatesItsExitStatus() {
    for (CommandLine cl : commands()) {
      assertThat(help(cl)).as(name(cl)).contains("Exit status:").contains("  0   ").contains("  2   ");
    }
    assertThat(help(Main.commandLine().getSubcommands().get("sources").getSubcommands().get("add"))).contains("  3   several feeds found");
  }

  @Test
  void theHelpIsRenderedAtEightyColumns() {
    for (CommandLine cl : commands()) assertThat(cl.getCommandSpec().usageMessage().width()).as(name(cl)).isEqualTo(80);
  }

  @Test
  void noWordIsBrokenAcrossTwoLines() {
    List<String> broken = new ArrayList<>();
    for (CommandLine cl : commands()) {
      Set<String> rendered = new HashSet<>(Arrays.asList(help(cl).split("\\s+")));
      for (String text : texts(cl.getCommandSpec())) {
        for (String word : text.split("\\s+")) {
          // picocli wraps after some punctuation too: "./newsdesk-data" came out as ". /newsdesk-data".
          if (!word.isEmpty() && !rendered.contains(word)) broken.add(name(cl) + ": '" + word + "' in: " + text);
        }
      }
    }
    assertThat(broken).isEmpty();
  }

  @Test
  void footersWrappedByHandFitTheWidth() {
    // picocli wraps a footer line that is too long back to the first column, under the variable names.
    for (CommandLine cl : commands()) {
      for (String footer : cl.getCommandSpec().usageMessage().footer()) {
        for (String line : footer.split("%n")) assertThat(line.length()).as(name(cl) + ": " + line).isLessThanOrEqualTo(80);
      }
      for (String line : help(cl).split("\n")) {
        assertThat(line).as(name(cl) + ": a line wrapped back to the first column").doesNotMatch("[A-Z_]+\\.");
      }
    }
  }

  @Test
  void placeholdersAreOneStyleUpperCaseWords() {
    SoftAssertions soft = new SoftAssertions();
    for (CommandLine cl : commands()) {
      for (ArgSpec arg : cl.getCommandSpec().args()) {
        if (arg.typeInfo().isBoolean() || arg.arity().max() == 0) continue;
        soft.assertThat(arg.paramLabel()).as(name(cl) + " " + arg).matches("[A-Z][A-Z0-9_]*([=|][A-Z][A-Z0-9_]*)?");
      }
      String synopsis = help(cl).split("\n\\S", 2)[0];
      soft.assertThat(synopsis).as(name(cl)).doesNotContain("<");
    }
    soft.assertAll();
  }

  @Test
  void optionDescriptionsAreCapitalisedSentencesWithAFullStop() {
    SoftAssertions soft = new SoftAssertions();
    for (CommandLine cl : commands()) {
      for (ArgSpec arg : cl.getCommandSpec().args()) {
        String[] lines = arg.description();
        soft.assertThat(lines).as(name(cl) + " " + arg).isNotEmpty();
        for (String line : lines) soft.assertThat(line).as(name(cl) + " " + arg).matches("(?s)[A-Z].*\\.");
      }
    }
    soft.assertAll();
  }

  @Test
  void commandDescriptionsStartWithAVerbInTheImperative() {
    SoftAssertions soft = new SoftAssertions();
    for (CommandLine cl : commands()) {
      if (cl.getParent() == null) continue; // the root describes the program, not an action
      String first = cl.getCommandSpec().usageMessage().description()[0];
      String verb = first.split("[\\s,]", 2)[0];
      // "Groups articles", "Writes a brief", "Related-story accuracy" are not what the others say ("Group", "Write", "Measure").
      soft.assertThat(verb).as(name(cl) + ": " + first).matches("[A-Z][a-z-]*").doesNotMatch(".*[^s]s");
    }
    soft.assertAll();
  }

  @Test
  void everySynopsisShowsHelpAndVersionAloneAndEveryOptionListEndsWithThem() {
    for (CommandLine cl : commands()) {
      String help = help(cl);
      assertThat(help).as(name(cl)).startsWith("Usage: " + name(cl) + " [-h] [-V]");
      List<String> optionLines = help.lines().filter(l -> l.matches("\\s+(-\\w, )?--?\\w.*")).toList();
      assertThat(optionLines.subList(optionLines.size() - 2, optionLines.size())).as(name(cl))
          .satisfiesExactly(l -> assertThat(l).contains("-h, --help"), l -> assertThat(l).contains("-V, --version"));
    }
  }

  @Test
  void theTopHelpNamesTheLauncherCommandsAndTheEnvironment() {
    String top = help(Main.commandLine());
    assertThat(top).contains("./newsdesk test").contains("NEWSDESK_DATA").contains("NEWSDESK_PASSWORD")
        .contains("NEWSDESK_LOG").contains("NEWSDESK_DEBUG").contains("NEWSDESK_JAVA_OPTS");
  }

  @Test
  void theCommandsThatServeTheWebUiDocumentItsPasswordAndAllIngestingOnesTheLogLevel() {
    CommandLine root = Main.commandLine();
    for (String serving : List.of("serve", "run", "demo")) {
      assertThat(help(root.getSubcommands().get(serving))).as(serving).contains("Environment:").contains("NEWSDESK_PASSWORD");
    }
    for (String logging : List.of("serve", "run", "demo", "fetch")) {
      assertThat(help(root.getSubcommands().get(logging))).as(logging).contains("NEWSDESK_LOG");
    }
  }

  @Test
  void allOptionsAreListed() {
    // Guards the custom option-list section: it must not drop options (those of argument groups included).
    for (CommandLine cl : commands()) {
      String help = help(cl);
      for (OptionSpec o : cl.getCommandSpec().options()) {
        if (!o.hidden()) assertThat(help).as(name(cl)).contains(o.longestName());
      }
    }
    assertThat(Stream.of("--sentences", "--words")).allSatisfy(o -> assertThat(help(Main.commandLine().getSubcommands()
        .get("summarize"))).containsPattern("(?m)^\\s+" + o + "=N\\s+\\S"));
  }
}
