package newsdesk.feed;

import java.time.Instant;
import java.util.List;

/**
 * Metadata of the feed an entry was copied from (Atom {@code source}, RSS {@code source}).
 * Fields mean what they mean on {@link Feed}.
 */
public record FeedSource(
    String id,
    TextConstruct title,
    TextConstruct subtitle,
    TextConstruct rights,
    String link,
    List<FeedLink> links,
    List<Person> authors,
    List<Person> contributors,
    List<Category> categories,
    Instant updated,
    Generator generator,
    String icon,
    String logo) {
  public FeedSource {
    links = links == null ? List.of() : List.copyOf(links);
    authors = authors == null ? List.of() : List.copyOf(authors);
    contributors = contributors == null ? List.of() : List.copyOf(contributors);
    categories = categories == null ? List.of() : List.copyOf(categories);
  }
}
