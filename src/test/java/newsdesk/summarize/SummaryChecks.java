package newsdesk.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The brief's rules, checked independently of the summarizer's own code. */
final class SummaryChecks {
  /** Openers that need an antecedent (independent of the resource file on purpose). */
  static final Set<String> DANGLING = Set.of("he", "she", "it", "they", "his", "her", "its", "their", "this",
      "these", "those", "that", "however", "but", "and", "also", "meanwhile", "instead", "then", "i", "we");

  /** Anticipatory "it" before a reporting verb ("It was reported on Saturday that ..."): points nowhere. */
  static final java.util.regex.Pattern ANTICIPATORY_IT = java.util.regex.Pattern.compile(
      "(?i)^\\W*it\\s+(?:(?:is|was|has been|had been)\\s+(?:reported|revealed|announced|confirmed|understood|believed"
          + "|thought|estimated|expected)|(?:has\\s+)?emerged)\\b");

  private SummaryChecks() {}

  static void assertProvenance(Brief brief, List<SourceArticle> articles) {
    Map<String, SourceArticle> byId = articles.stream().collect(Collectors.toMap(SourceArticle::id, a -> a));
    for (SummarySentence s : brief.sentences()) {
      SourceArticle a = byId.get(s.articleId());
      assertThat(a).as("article of %s", s).isNotNull();
      assertThat(a.text().substring(s.start(), s.end())).isEqualTo(s.text());
    }
  }

  /** No two sentences share more than half of the shorter one's bigrams. */
  static void assertNoFactTwice(Brief brief) {
    List<SummarySentence> ss = brief.sentences();
    for (int i = 0; i < ss.size(); i++) {
      for (int j = i + 1; j < ss.size(); j++) {
        Set<String> a = bigrams(ss.get(i).text());
        Set<String> b = bigrams(ss.get(j).text());
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        int min = Math.min(a.size(), b.size());
        assertThat(min == 0 ? 0 : (double) shared.size() / min)
            .as("bigrams shared by %s | %s", ss.get(i).text(), ss.get(j).text())
            .isLessThanOrEqualTo(0.5);
      }
    }
  }

  /**
   * No paragraph opens with a dangling word, except an article's own "This is ..." opening (after a
   * dateline) and an anticipatory "it" ("It was reported that ...").
   */
  static void assertParagraphsStandAlone(Brief brief, List<SourceArticle> articles) {
    List<List<SummarySentence>> ps = brief.paragraphs();
    for (int p = 0; p < ps.size(); p++) {
      SummarySentence first = ps.get(p).get(0);
      boolean forwardPointing = Set.of("this", "these").contains(firstWord(first.text())) && articles.stream().anyMatch(a ->
          a.id().equals(first.articleId()) && a.text().substring(0, first.start()).strip().split("\\s+").length <= 4);
      if (forwardPointing || ANTICIPATORY_IT.matcher(first.text()).find()) continue;
      assertThat(DANGLING).as("paragraph %d opens with: %s", p, first.text()).doesNotContain(firstWord(first.text()));
    }
  }

  /**
   * No paragraph ends inside a quotation: counted over the paragraph's text (curly marks by
   * direction, straight double marks and wire copy's doubled apostrophes by parity; an opening mark
   * at the start of a sentence while a quotation is open continues it, as a quotation running over
   * paragraphs of the source reopens each of them). Written apart from {@link Quotations} on purpose.
   */
  static void assertQuotationsClosed(Brief brief) {
    for (List<SummarySentence> p : brief.paragraphs()) {
      boolean open = false;
      for (SummarySentence sentence : p) {
        String t = sentence.text().strip().replace("''", "\"").replace("\u2018\u2018", "\u201c").replace("\u2019\u2019", "\u201d");
        if (open && (t.startsWith("\"") || t.startsWith("\u201c"))) t = t.substring(1);
        for (char c : t.toCharArray()) {
          if (c == '\u201c') open = true;
          else if (c == '\u201d') open = false;
          else if (c == '"') open = !open;
        }
      }
      String joined = String.join(" ", p.stream().map(SummarySentence::text).toList());
      assertThat(open).as("paragraph ends inside a quotation: %s", joined).isFalse();
    }
  }

  static String firstWord(String s) {
    String t = s.replaceAll("^[^\\p{L}\\p{N}]+", "");
    return t.split("[^\\p{L}\\p{N}]+")[0].toLowerCase(Locale.ROOT);
  }

  static int words(Brief brief) {
    return brief.sentences().stream().mapToInt(s -> s.text().strip().split("\\s+").length).sum();
  }

  private static Set<String> bigrams(String s) {
    String[] t = s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    List<String> w = java.util.Arrays.stream(t).filter(x -> !x.isEmpty()).toList();
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 1 < w.size(); i++) out.add(w.get(i) + " " + w.get(i + 1));
    return out;
  }
}
