package newsdesk.summarize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Recognises a news agency's report: an outlet that is an agency (named like one), and a text that
 * credits one as its author, by a dateline at the start of one of its first lines ("WASHINGTON
 * (AP) —", "LONDON, Nov 29 (Reuters) -"), a sign-off or syndication footer at the end of one of its
 * last lines ("— AFP", "Copyright 2026 The Associated Press"), or a byline ("By The Associated
 * Press", "Jane Doe, Reuters"). The agencies, their names and the forms of credit are data
 * ({@code agency-credits.txt}): each form is one regular expression in which {@code {agency}}
 * stands for any agency's name, so a new agency is one line and a new form serves every agency.
 * A name mentioned elsewhere ("Reuters reported", "AP contributed to this report") credits none:
 * such a text is an outlet's own report that cites the agency. A contribution footer at the end of
 * one of its last lines ("Associated Press writers John Doe and Jane Roe contributed to this
 * report.") is a weaker mark, {@link #contributingAgency}: the outlet wrote its own text with the
 * agency's reporting, so it is no copy of the agency's report and no wire credit
 * ({@link BestOriginal#wire} ignores it), but readers may be told. Thread-safe.
 */
public final class AgencyCredits {
  /** How many of a text's first (last) non-empty lines may hold an opening (closing) credit. */
  static final int EDGE_LINES = 3;
  /** How many characters of an edge line are read; a dateline or sign-off is short. */
  static final int EDGE_CHARS = 240;
  /** A first line of the text up to this long may be a byline kept in the text. */
  static final int BYLINE_CHARS = 80;
  private static final String PLACEHOLDER = "{agency}";
  /**
   * Where a contribution footer may start: the line's start or a sentence's, after its end mark (and a
   * closing quote or bracket). A footer is a sentence of its own, never the tail of a text's sentence.
   */
  private static final String SENTENCE_START = "(?:^|(?<=[.!?][\"'”’)]?\\s{1,3}))";

  private final Map<String, String> agencyByName;
  private final Map<String, String> agencyByOutlet;
  private final List<Pattern> openings;
  private final List<Pattern> closings;
  private final List<Pattern> bylines;
  private final List<Pattern> contributions;

  /**
   * What a text says of an agency, as stored with its article.
   *
   * @param reportOf    the agency whose report the text is ({@link #creditedAgency}), or null: none,
   *                    or the outlet is that agency itself (its own page credits no other outlet's source)
   * @param contributor the agency a contribution footer names ({@link #contributingAgency}) when the
   *                    text is no agency's report, else null (also when the outlet is that agency)
   */
  public record Credit(String reportOf, String contributor) {
    /** A text that names no agency. */
    public static final Credit NONE = new Credit(null, null);

    public Credit {
      if (reportOf != null && contributor != null) {
        throw new IllegalArgumentException("contributor: an agency's report (" + reportOf + ") has no contributor, got "
            + contributor);
      }
    }
  }

  /**
   * @param agencies each agency's names, its usual name first
   * @param openings opening forms (see {@code agency-credits.txt}), each holding {@code {agency}}
   * @param closings closing forms
   * @param bylines  byline forms
   */
  public AgencyCredits(List<List<String>> agencies, List<String> openings, List<String> closings, List<String> bylines) {
    this(agencies, openings, closings, bylines, List.of());
  }

  /**
   * @param contributions contribution footer forms, read as closing forms are; none credits an agency
   */
  public AgencyCredits(List<List<String>> agencies, List<String> openings, List<String> closings, List<String> bylines,
      List<String> contributions) {
    Objects.requireNonNull(agencies, "agencies");
    Map<String, String> byName = new LinkedHashMap<>();
    Map<String, String> byOutlet = new LinkedHashMap<>();
    for (List<String> names : agencies) {
      if (names.isEmpty()) throw new IllegalArgumentException("agencies: an agency without a name");
      for (String name : names) {
        byName.put(normalName(name), names.getFirst());
        byOutlet.put(squash(name), names.getFirst());
      }
    }
    this.agencyByName = Map.copyOf(byName);
    this.agencyByOutlet = Map.copyOf(byOutlet);
    String names = nameAlternation(agencies);
    this.openings = compile(openings, "openings", names, "^(?:", ")");
    this.closings = compile(closings, "closings", names, "(?:", ")\\s*$");
    this.bylines = compile(bylines, "bylines", names, "^(?:", ")\\s*$");
    this.contributions = compile(contributions, "contributions", names, SENTENCE_START + "(?:", ")\\s*$");
  }

  /** The bundled agencies and forms ({@code agency-credits.txt}). */
  public static AgencyCredits english() {
    return parse(SummarizerResources.lines("agency-credits.txt"));
  }

  /** Credits from the lines of an {@code agency-credits.txt} file (comments and blank lines removed). */
  public static AgencyCredits parse(List<String> lines) {
    List<List<String>> agencies = new ArrayList<>();
    List<String> openings = new ArrayList<>();
    List<String> closings = new ArrayList<>();
    List<String> bylines = new ArrayList<>();
    List<String> contributions = new ArrayList<>();
    for (String line : lines) {
      int colon = line.indexOf(':');
      String kind = colon < 0 ? "" : line.substring(0, colon).strip();
      String value = colon < 0 ? "" : line.substring(colon + 1).strip();
      switch (kind) {
        case "agency" -> agencies.add(java.util.Arrays.stream(value.split("\\|")).map(String::strip)
            .filter(s -> !s.isEmpty()).toList());
        case "opening" -> openings.add(value);
        case "closing" -> closings.add(value);
        case "byline" -> bylines.add(value);
        case "contribution" -> contributions.add(value);
        default -> throw new IllegalArgumentException("agency credits: unknown line (want agency:, opening:, closing:, "
            + "byline: or contribution:): " + line);
      }
    }
    return new AgencyCredits(agencies, openings, closings, bylines, contributions);
  }

  /** Every name of every agency, as an outlet would be named (see {@link #agencyOfOutlet}). */
  public java.util.Set<String> outletNames() {
    return agencyByOutlet.keySet();
  }

  /** The agency {@code outlet} is (its name, letters and digits compared), or empty; null gives empty. */
  public Optional<String> agencyOfOutlet(String outlet) {
    return outlet == null ? Optional.empty() : Optional.ofNullable(agencyByOutlet.get(squash(outlet)));
  }

  /**
   * The agency whose report {@code text} (paragraphs or lines separated by line breaks) is, by
   * {@code authors}' bylines or the credit in the text, or empty. A byline counts first, then an
   * opening credit, then a closing one.
   */
  public Optional<String> creditedAgency(String text, List<String> authors) {
    for (String author : authors == null ? List.<String>of() : authors) {
      Optional<String> a = first(bylines, normalSpace(author).strip(), Matcher::matches);
      if (a.isPresent()) return a;
    }
    List<String> lines = lines(text);
    if (!lines.isEmpty() && lines.getFirst().length() <= BYLINE_CHARS) {
      Optional<String> a = first(bylines, lines.getFirst(), Matcher::matches);
      if (a.isPresent()) return a;
    }
    for (String line : lines.subList(0, Math.min(EDGE_LINES, lines.size()))) {
      Optional<String> a = first(openings, line.substring(0, Math.min(line.length(), EDGE_CHARS)), Matcher::lookingAt);
      if (a.isPresent()) return a;
    }
    for (String line : lines.subList(Math.max(0, lines.size() - EDGE_LINES), lines.size()).reversed()) {
      Optional<String> a = first(closings, line.substring(Math.max(0, line.length() - EDGE_CHARS)), Matcher::find);
      if (a.isPresent()) return a;
    }
    return Optional.empty();
  }

  /**
   * The agency a contribution footer names ("The Associated Press contributed to this report."), a
   * sentence of its own that ends one of {@code text}'s last lines and starts within its last
   * {@link #EDGE_CHARS} characters, or empty. Such a text is the outlet's own writing: callers that
   * ask whose report a text is use {@link #creditedAgency}, which this never changes.
   */
  public Optional<String> contributingAgency(String text) {
    List<String> lines = lines(text);
    for (String line : lines.subList(Math.max(0, lines.size() - EDGE_LINES), lines.size()).reversed()) {
      // Only the line's end is read, but a sentence starts where the whole line says: the edge of the
      // part read is no line start (anchoring bounds off) and what precedes it is seen (transparent).
      int from = Math.max(0, line.length() - EDGE_CHARS);
      Optional<String> a = first(contributions, line,
          m -> m.region(from, line.length()).useAnchoringBounds(false).useTransparentBounds(true).find());
      if (a.isPresent()) return a;
    }
    return Optional.empty();
  }

  /**
   * What an article of {@code outlet} (nullable) with {@code text} and {@code authors} says of an
   * agency: the agency whose report it is, else the one a contribution footer names; an agency that
   * is the outlet itself is left out, as its own page is no other outlet's carrying of its report.
   */
  public Credit credit(String outlet, String text, List<String> authors) {
    String own = agencyOfOutlet(outlet).orElse(null);
    Optional<String> report = creditedAgency(text, authors);
    if (report.isPresent()) return report.get().equals(own) ? Credit.NONE : new Credit(report.get(), null);
    return contributingAgency(text).filter(a -> !a.equals(own)).map(a -> new Credit(null, a)).orElse(Credit.NONE);
  }

  private static List<String> lines(String text) {
    return text == null ? List.of() : normalSpace(text).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  private Optional<String> first(List<Pattern> forms, String s, java.util.function.Predicate<Matcher> test) {
    for (Pattern form : forms) {
      Matcher m = form.matcher(s);
      if (test.test(m)) return Optional.ofNullable(agencyByName.get(normalName(m.group("agency"))));
    }
    return Optional.empty();
  }

  /**
   * Any agency's name as a regex: a name of five letters or more ignoring case, a shorter one as
   * written; not inside a word; longest names first, so that "AP News" wins over "AP".
   */
  private static String nameAlternation(List<List<String>> agencies) {
    List<String> names = agencies.stream().flatMap(List::stream).distinct()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder())).toList();
    List<String> alternatives = new ArrayList<>();
    for (String name : names) {
      String words = String.join("\\s+", java.util.Arrays.stream(name.strip().split("\\s+")).map(Pattern::quote).toList());
      alternatives.add(name.replaceAll("[^\\p{L}]", "").length() >= 5 ? "(?i:" + words + ")" : words);
    }
    String one = "(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])";
    return "(?<agency>" + one + ")(?:\\s*(?:/|,|&|\\band\\b)\\s*" + one + ")*";
  }

  private static List<Pattern> compile(List<String> forms, String what, String names, String before, String after) {
    List<Pattern> out = new ArrayList<>();
    for (String form : Objects.requireNonNull(forms, what)) {
      if (!form.contains(PLACEHOLDER) || form.indexOf(PLACEHOLDER) != form.lastIndexOf(PLACEHOLDER)) {
        throw new IllegalArgumentException(what + ": a form must hold " + PLACEHOLDER + " once: " + form);
      }
      try {
        out.add(Pattern.compile(before + form.replace(PLACEHOLDER, names) + after));
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(what + ": not a regular expression: " + form, e);
      }
    }
    return List.copyOf(out);
  }

  /** Non-breaking and other horizontal spaces as plain spaces, which the forms' {@code \s} matches. */
  private static String normalSpace(String s) {
    return s.replaceAll("\\h", " ");
  }

  private static String normalName(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  static String squash(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }
}
