package newsdesk.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import newsdesk.text.TermAnalyzer;

/**
 * Builds the {@link StoryProfile} of a story from its headline, its articles' titles and texts,
 * and the names of its entities, analysed in the story's language. The full texts are used: with
 * the finder's raw term frequencies, what many members repeat (the story's core) outweighs what
 * one mentions in passing, and on ECB+ full texts rank the related event first more often than
 * the briefs do (docs/benchmarks/stories.md). Layout markup ({@code profile-markup.txt}: interview
 * speaker labels) is removed from the texts first: repeated once per turn, it would otherwise make
 * every interview related to every other.
 */
public final class StoryProfiles {
  private static final String MARKUP = "/newsdesk/cluster/profile-markup.txt";

  private final TermAnalyzer analyzer;
  private final List<Pattern> markup;

  public StoryProfiles(TermAnalyzer analyzer) {
    this.analyzer = analyzer;
    this.markup = markup();
  }

  /**
   * @param language ISO 639-3 code, or null/{@code und} when unknown
   * @param entityNames entity names, once per article that names them
   */
  public StoryProfile profile(String id, Instant time, String language, String headline, List<String> texts,
      List<String> titles, Iterable<String> entityNames) {
    StringBuilder text = new StringBuilder(headline == null ? "" : headline).append(". ");
    texts.forEach(t -> text.append(withoutMarkup(t)).append("\n\n"));
    titles.forEach(t -> text.append(t).append(". "));
    List<String> entities = new ArrayList<>();
    entityNames.forEach(entities::add);
    String lang = language == null || language.length() != 3 ? "und" : language;
    return new StoryProfile(id, time, lang, headline, analyzer.terms(text.toString(), "und".equals(lang) ? null : lang),
        entities);
  }

  private String withoutMarkup(String text) {
    String out = text == null ? "" : text;
    for (Pattern p : markup) out = p.matcher(out).replaceAll(" ");
    return out;
  }

  private static List<Pattern> markup() {
    try (InputStream in = StoryProfiles.class.getResourceAsStream(MARKUP)) {
      if (in == null) throw new IllegalStateException("missing resource " + MARKUP + " (broken build?)");
      List<Pattern> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) out.add(Pattern.compile(t));
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + MARKUP, e);
    }
  }
}
