package newsdesk.cluster;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the related-stories ranking knows of a story.
 *
 * @param id       story id
 * @param time     when the story last had news, or null when unknown (then no time window applies)
 * @param language ISO 639-3 code, or {@code und}
 * @param terms    analysed terms of its headline, brief and article titles
 * @param entities lower-cased names of its named entities
 */
public record StoryProfile(String id, Instant time, String language, List<String> terms, Set<String> entities) {
  public StoryProfile {
    Objects.requireNonNull(id, "id");
    language = language == null ? "und" : language;
    terms = List.copyOf(terms);
    entities = Set.copyOf(entities);
  }

  /** The same profile under another id. */
  public StoryProfile withId(String newId) {
    return new StoryProfile(newId, time, language, terms, entities);
  }
}
