package newsdesk.cluster;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the related-stories finder knows about a story.
 *
 * @param id       story id
 * @param time     the story's time (e.g. its latest article), or null when unknown
 * @param language ISO 639-3 code of its articles, or {@code und}
 * @param headline headline shown for it (may be empty)
 * @param terms    analysed terms of all member articles, repeated as often as they occur
 * @param entities names of the named entities of its articles (repeated per member that names them)
 */
public record StoryProfile(
    String id, Instant time, String language, String headline, List<String> terms, List<String> entities) {
  public StoryProfile {
    Objects.requireNonNull(id, "id");
    language = language == null ? "und" : language;
    headline = headline == null ? "" : headline;
    terms = List.copyOf(terms);
    entities = List.copyOf(entities);
  }

  /** The profile of a story from its analysed member articles (headline: the first member's title). */
  public static StoryProfile of(String id, Instant time, String headline, List<AnalyzedDocument> members) {
    List<String> terms = new java.util.ArrayList<>();
    List<String> entities = new java.util.ArrayList<>();
    String language = "und";
    for (AnalyzedDocument d : members) {
      terms.addAll(d.titleTerms());
      terms.addAll(d.bodyTerms());
      for (var e : d.entities()) entities.add(e.name());
      if ("und".equals(language)) language = d.language();
    }
    return new StoryProfile(id, time, language, headline, terms, entities);
  }
}
