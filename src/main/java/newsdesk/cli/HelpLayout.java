package newsdesk.cli;

import java.util.Comparator;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * One layout for every command's {@code --help}: the synopsis starts with {@code [-h] [-V]} and the
 * option list ends with them, after the command's own options (picocli sorts them in by letter, so
 * {@code -V} fell between {@code --sentences} and {@code --words}). The synopsis never clusters them
 * as {@code [-hV]}: {@code search} reads {@code -hV} as a query word (its words may start with a
 * dash), and one form everywhere is clearer than one exception.
 */
final class HelpLayout {
  private HelpLayout() {}

  /**
   * The exit status of a command that states none of its own: the rule the README gives for all
   * (0 done, 1 failed, 2 a usage error).
   */
  static final java.util.Map<String, String> EXIT_STATUS = exitStatus();

  private static java.util.Map<String, String> exitStatus() {
    var codes = new java.util.LinkedHashMap<String, String>();
    codes.put("0", "done, also when there is nothing to show");
    codes.put("1", "failed (stderr says why: unreadable input, a failing source or database)");
    codes.put("2", "a usage error (a bad option or argument, a missing file or data folder)");
    return java.util.Collections.unmodifiableMap(codes);
  }

  /** Applies the layout to {@code root} and every command below it; call once the tree is complete. */
  static void apply(CommandLine root) {
    root.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_SYNOPSIS, HelpLayout::synopsis);
    root.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_OPTION_LIST, HelpLayout::optionList);
    UsageMessageSpec usage = root.getCommandSpec().usageMessage();
    if (usage.exitCodeList().isEmpty()) {
      usage.exitCodeListHeading("%nExit status:%n");
      usage.exitCodeList(EXIT_STATUS);
    }
    root.getSubcommands().values().forEach(HelpLayout::apply);
  }

  private static String synopsis(Help help) {
    UsageMessageSpec usage = help.commandSpec().usageMessage();
    if (usage.customSynopsis().length > 0 || usage.abbreviateSynopsis()) return help.synopsis(help.synopsisHeadingLength());
    Comparator<OptionSpec> helpFirst = Comparator.comparing(option -> !isHelpOption(option));
    return help.detailedSynopsis(help.synopsisHeadingLength(),
        helpFirst.thenComparing(Help.createShortOptionArityAndNameComparator()), false);
  }

  private static String optionList(Help help) {
    Comparator<OptionSpec> sort = help.createDefaultOptionSort();
    Comparator<OptionSpec> helpLast = Comparator.comparing(HelpLayout::isHelpOption);
    return help.optionList(help.createDefaultLayout(), sort == null ? helpLast : helpLast.thenComparing(sort),
        help.parameterLabelRenderer());
  }

  private static boolean isHelpOption(OptionSpec option) {
    return option.usageHelp() || option.versionHelp();
  }
}
