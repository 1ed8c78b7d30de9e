package newsdesk.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * What to suggest for an unknown command or option: only names that are actually close to what was
 * typed. picocli ranks subcommands by a bigram cosine with no threshold (and it cannot be set), so
 * that any word gets some command ("frobnicate" got "cluster"); here a name is close when its
 * optimal-string-alignment distance (Levenshtein plus swaps of two neighbours, Damerau 1964) to the
 * typed word is at most a third of the name's length (at least 1), or when the typed word of at
 * least {@value #MIN_PREFIX} letters starts the name.
 */
final class Suggestions {
  static final int MIN_PREFIX = 3;
  private static final int MAX_SUGGESTIONS = 3;

  private Suggestions() {}

  /**
   * The suggestion line for {@code ex} ("Did you mean: newsdesk search?" or "Possible solutions:
   * --format"), or null when no name is close.
   */
  static String line(UnmatchedArgumentException ex) {
    List<String> unmatched = ex.getUnmatched();
    if (unmatched.isEmpty() || unmatched.getFirst() == null) return null;
    String typed = unmatched.getFirst();
    CommandLine.Model.CommandSpec spec = ex.getCommandLine().getCommandSpec();
    if (ex.isUnknownOption()) {
      int eq = typed.indexOf('=');
      String option = eq > 0 ? typed.substring(0, eq) : typed;
      List<String> names = new ArrayList<>();
      for (CommandLine.Model.OptionSpec o : spec.options()) {
        if (!o.hidden()) names.addAll(List.of(o.names()));
      }
      List<String> close = closest(option, names, true);
      return close.isEmpty() ? null : "Possible solutions: " + String.join(", ", close);
    }
    List<String> commands = new ArrayList<>();
    spec.subcommands().forEach((name, sub) -> {
      if (!sub.getCommandSpec().usageMessage().hidden()) commands.add(name);
    });
    List<String> close = closest(typed, commands, false);
    if (close.isEmpty()) return null;
    String path = spec.qualifiedName();
    return "Did you mean: " + String.join(" or ", close.stream().map(c -> path + " " + c).toList()) + "?";
  }

  private static List<String> closest(String typed, List<String> names, boolean options) {
    return names.stream().distinct()
        .filter(n -> options ? isClose(strip(typed), strip(n)) : isClose(typed, n))
        .sorted(Comparator.comparingInt((String n) -> distance(lower(strip(typed)), lower(strip(n)))).thenComparing(n -> n))
        .limit(MAX_SUGGESTIONS).toList();
  }

  /** True when {@code name} is close enough to {@code typed} to be what was meant (compared without case). */
  static boolean isClose(String typed, String name) {
    String t = lower(typed);
    String n = lower(name);
    if (t.isEmpty() || n.isEmpty()) return false;
    if (t.length() >= MIN_PREFIX && n.startsWith(t)) return true;
    return distance(t, n) <= Math.max(1, n.length() / 3);
  }

  /** The optimal-string-alignment distance: insertions, deletions, substitutions and adjacent swaps. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) d[i][0] = i;
    for (int j = 0; j <= b.length(); j++) d[0][j] = j;
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  private static String strip(String option) {
    int i = 0;
    while (i < option.length() && option.charAt(i) == '-') i++;
    return option.substring(i);
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
