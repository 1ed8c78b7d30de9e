package newsdesk.summarize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a rewritten text against its sources: every number and every named entity in it must occur
 * in the sources. Named entities are approximated by capitalised words and runs of them ("Gov. John
 * Kasich"): each capitalised word must be a word of the sources, and each run of two or more must
 * occur there as written. A capitalised word that opens a sentence is exempt when the sources use it
 * in lower case or it is a function word, and a lone capitalised word opening a sentence is taken
 * for an ordinary word (a known gap: "Reagan said ..." passes). Numbers are compared without thousands separators; number
 * words ("three") are not checked. Thread-safe.
 */
public final class SourceFactChecker {
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
  private static final Pattern CAPITALISED = Pattern.compile(
      "\\p{Lu}[\\p{L}\\p{N}'’.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}'’.-]*)*");

  private final Set<String> functionWords;

  public SourceFactChecker(Set<String> functionWords) {
    this.functionWords = Set.copyOf(functionWords);
  }

  /** The numbers and names of {@code text} that none of the sources contains (empty: supported). */
  public List<String> unsupported(String text, List<SourceArticle> sources) {
    StringBuilder all = new StringBuilder();
    for (SourceArticle a : sources) all.append(a.title()).append('\n').append(a.text()).append('\n');
    String source = all.toString().replaceAll("\\s+", " ");
    Set<String> sourceWords = new HashSet<>();
    Set<String> sourceLower = new HashSet<>();
    for (String w : source.split("[^\\p{L}\\p{N}'’-]+")) {
      String b = bare(w);
      sourceWords.add(b);
      sourceLower.add(b.toLowerCase(Locale.ROOT));
    }
    Set<String> sourceNumbers = new HashSet<>();
    for (Matcher m = NUMBER.matcher(source); m.find(); ) sourceNumbers.add(normalizeNumber(m.group()));

    Set<String> missing = new LinkedHashSet<>();
    for (Matcher m = NUMBER.matcher(text); m.find(); ) {
      if (!sourceNumbers.contains(normalizeNumber(m.group()))) missing.add(m.group());
    }
    String flat = text.replaceAll("\\s+", " ");
    for (Matcher m = CAPITALISED.matcher(flat); m.find(); ) {
      List<String> words = new ArrayList<>(List.of(m.group().split(" ")));
      if (opensSentence(flat, m.start())) {
        String first = bare(words.get(0));
        String lower = first.toLowerCase(Locale.ROOT);
        // Capitals after a full stop are ambiguous: a lone capitalised opener not in the sources
        // is taken for an ordinary word; in a run ("Ronald Reagan said") the run is still checked.
        if (functionWords.contains(lower) || sourceLower.contains(lower) || words.size() == 1 && !sourceWords.contains(first)) {
          words.remove(0);
        }
      }
      for (String w : words) {
        String b = bare(w);
        if (!b.isEmpty() && !sourceWords.contains(b) && !functionWords.contains(b.toLowerCase(Locale.ROOT))) missing.add(b);
      }
      if (words.size() >= 2) {
        String phrase = bare(String.join(" ", words));
        if (!source.contains(phrase)) missing.add(phrase);
      }
    }
    return List.copyOf(missing);
  }

  private static boolean opensSentence(String text, int at) {
    int i = at - 1;
    while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "\"'‘“(–—-".indexOf(text.charAt(i)) >= 0)) i--;
    return i < 0 || ".!?:".indexOf(text.charAt(i)) >= 0;
  }

  private static String bare(String w) {
    return w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "").replaceAll("['’]s$", "");
  }

  private static String normalizeNumber(String n) {
    String s = n.replace(",", "");
    return s.contains(".") ? s.replaceAll("\\.?0+$", "") : s;
  }
}
