package newsdesk.summarize;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A page-furniture pattern with a cheap pre-check: {@code required} is a lower-case literal that
 * every match contains (derived from the pattern), so that most sentences are rejected by one
 * {@link String#contains} instead of a regular-expression scan.
 */
public record BoilerplateRule(Pattern pattern, String required) {
  /** Compiles a case-insensitive rule. */
  public static BoilerplateRule of(String regex) {
    return new BoilerplateRule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), requiredLiteral(regex));
  }

  /** @param lower the sentence in lower case; {@code sentence} the sentence itself */
  public boolean matches(String sentence, String lower) {
    return lower.contains(required) && pattern.matcher(sentence).find();
  }

  /**
   * The longest run of plain characters at nesting depth 0 of the pattern, outside character
   * classes and not made optional by a quantifier; empty when the pattern has top-level
   * alternation or no such run.
   */
  static String requiredLiteral(String regex) {
    String best = "";
    StringBuilder run = new StringBuilder();
    int depth = 0;
    boolean inClass = false;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        char next = i + 1 < regex.length() ? regex.charAt(i + 1) : ' ';
        i++;
        if (!inClass && depth == 0 && !Character.isLetterOrDigit(next)) {
          run.append(next);
          continue;
        }
        best = longer(best, run);
        continue;
      }
      if (inClass) {
        if (c == ']') inClass = false;
        continue;
      }
      switch (c) {
        case '[' -> {
          best = longer(best, run);
          inClass = true;
        }
        case '(' -> {
          best = longer(best, run);
          depth++;
        }
        case ')' -> depth--;
        case '|' -> {
          if (depth == 0) return "";
        }
        case '?', '*', '{' -> {
          if (run.length() > 0) run.setLength(run.length() - 1);
          best = longer(best, run);
          if (c == '{') while (i < regex.length() && regex.charAt(i) != '}') i++;
        }
        case '+', '.', '^', '$' -> best = longer(best, run);
        default -> {
          if (depth == 0) run.append(c);
        }
      }
    }
    return longer(best, run).toLowerCase(Locale.ROOT);
  }

  private static String longer(String best, StringBuilder run) {
    String r = run.toString();
    run.setLength(0);
    return r.length() > best.length() ? r : best;
  }
}
