package newsdesk.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsdesk.text.TermAnalyzer;

/**
 * Builds the {@link StoryProfile} of a story from its headline, its articles' titles and texts,
 * and the names of its entities, analysed in the story's language. The full texts are used: with
 * the finder's raw term frequencies, what many members repeat (the story's core) outweighs what
 * one mentions in passing, and on ECB+ full texts rank the related event first more often than
 * the briefs do (docs/benchmarks/stories.md). Layout markup ({@code newsdesk/text/transcript-labels.txt}: interview
 * speaker labels) is removed from the texts first, and English function words
 * ({@code profile-stopwords.txt}: pronouns, auxiliaries, contractions, fillers of speech) from the
 * terms of an English or undetermined story: repeated once per turn of a transcript, they would
 * otherwise make every interview related to every other. For the same reason an entity named only
 * in speaker labels (an interviewer's initials) and a one-word entity that is a function word or
 * filler ({@code entity-stopwords.txt}: "So", "Yeah", taken for names at the start of an answer) are
 * left out. A story without any article text has no terms and no entities: it is related to none.
 */
public final class StoryProfiles {
  private static final String MARKUP = "/newsdesk/text/transcript-labels.txt";
  private static final String STOPWORDS = "/newsdesk/cluster/profile-stopwords.txt";
  private static final String ENTITY_STOPWORDS = "/newsdesk/cluster/entity-stopwords.txt";

  private final TermAnalyzer analyzer;
  private final List<Pattern> markup;
  private final Set<String> englishStopTerms;
  private final Set<String> entityStopwords;

  public StoryProfiles(TermAnalyzer analyzer) {
    this.analyzer = analyzer;
    this.markup = lines(MARKUP).stream().map(Pattern::compile).toList();
    this.englishStopTerms = Set.copyOf(analyzer.terms(String.join(" ", lines(STOPWORDS)), "eng"));
    this.entityStopwords = lines(ENTITY_STOPWORDS).stream()
        .flatMap(l -> java.util.Arrays.stream(l.split("\\s+")))
        .map(w -> w.toLowerCase(Locale.ROOT))
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /**
   * @param language ISO 639-3 code, or null/{@code und} when unknown
   * @param entityNames entity names, once per article that names them
   */
  public StoryProfile profile(String id, Instant time, String language, String headline, List<String> texts,
      List<String> titles, Iterable<String> entityNames) {
    StringBuilder text = new StringBuilder(headline == null ? "" : headline).append(". ");
    Set<String> speakers = new HashSet<>();
    for (String t : texts) text.append(withoutMarkup(t, speakers)).append("\n\n");
    titles.forEach(t -> text.append(t).append(". "));
    String plain = text.toString();
    List<String> entities = new ArrayList<>();
    for (String e : entityNames) {
      boolean labelOnly = speakers.contains(e) && !plain.contains(e);
      if (!labelOnly && !entityStopwords.contains(e.toLowerCase(Locale.ROOT))) entities.add(e);
    }
    String lang = language == null || language.length() != 3 ? "und" : language;
    // A story with no article text (a page that was gone, a feed entry with only a title) has no
    // content to relate: its title's one or two words would relate it to any story that uses them.
    if (texts.stream().allMatch(t -> t == null || t.isBlank())) return new StoryProfile(id, time, lang, headline, List.of(), List.of());
    List<String> terms = analyzer.terms(plain, "und".equals(lang) ? null : lang);
    if ("eng".equals(lang) || "und".equals(lang)) {
      terms = terms.stream().filter(t -> !englishStopTerms.contains(t)).toList();
    }
    return new StoryProfile(id, time, lang, headline, terms, entities);
  }

  /** The text without markup; the speakers of the labels it removes are added to {@code speakers}. */
  private String withoutMarkup(String text, Set<String> speakers) {
    String out = text == null ? "" : text;
    for (Pattern p : markup) {
      Matcher m = p.matcher(out);
      while (m.find()) {
        if (m.groupCount() >= 1 && m.group(1) != null) speakers.add(m.group(1).strip());
      }
      out = m.replaceAll(" ");
    }
    return out;
  }

  /** The lines of a bundled resource that are neither blank nor a # comment. */
  private static List<String> lines(String name) {
    try (InputStream in = StoryProfiles.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing resource " + name + " (broken build?)");
      List<String> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) out.add(t);
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
  }
}
