package newsdesk.cluster;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import newsdesk.text.TermAnalyzer;

/**
 * Builds the {@link StoryProfile} of a story from its headline, its articles' titles and texts,
 * and the names of its entities, analysed in the story's language. The full texts are used: with
 * the finder's raw term frequencies, what many members repeat (the story's core) outweighs what
 * one mentions in passing, and on ECB+ full texts rank the related event first more often than
 * the briefs do (docs/benchmarks/stories.md).
 */
public final class StoryProfiles {
  private final TermAnalyzer analyzer;

  public StoryProfiles(TermAnalyzer analyzer) {
    this.analyzer = analyzer;
  }

  /**
   * @param language ISO 639-3 code, or null/{@code und} when unknown
   * @param entityNames entity names, once per article that names them
   */
  public StoryProfile profile(String id, Instant time, String language, String headline, List<String> texts,
      List<String> titles, Iterable<String> entityNames) {
    StringBuilder text = new StringBuilder(headline == null ? "" : headline).append(". ");
    texts.forEach(t -> text.append(t).append("\n\n"));
    titles.forEach(t -> text.append(t).append(". "));
    List<String> entities = new ArrayList<>();
    entityNames.forEach(entities::add);
    String lang = language == null || language.length() != 3 ? "und" : language;
    return new StoryProfile(id, time, lang, headline, analyzer.terms(text.toString(), "und".equals(lang) ? null : lang),
        entities);
  }
}
