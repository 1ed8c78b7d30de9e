package newsdesk.cluster;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import newsdesk.text.TermAnalyzer;

/**
 * Builds the {@link StoryProfile} of a story from what a reader sees of it: its headline, its
 * brief and its articles' titles, plus the names of its entities. The brief, not the full text,
 * is used on purpose: it holds the story's key facts at a length that is the same for every story,
 * so that scores are comparable whatever the number and length of the articles.
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
  public StoryProfile profile(String id, Instant time, String language, String headline, List<String> briefSentences,
      List<String> titles, Iterable<String> entityNames) {
    StringBuilder text = new StringBuilder(headline == null ? "" : headline).append(". ");
    briefSentences.forEach(s -> text.append(s).append(' '));
    titles.forEach(t -> text.append(t).append(". "));
    List<String> entities = new ArrayList<>();
    entityNames.forEach(entities::add);
    String lang = language == null || language.length() != 3 ? "und" : language;
    return new StoryProfile(id, time, lang, headline, analyzer.terms(text.toString(), "und".equals(lang) ? null : lang),
        entities);
  }
}
