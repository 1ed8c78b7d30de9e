package newsdesk.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import newsdesk.text.CleanText;
import newsdesk.fetch.Urls;

/** Mutable accumulator for one entry; {@link #build()} makes the immutable {@link FeedEntry}. */
final class EntryBuilder {
  String id;
  String link;
  TextConstruct title;
  TextConstruct summary;
  final List<TextConstruct> contents = new ArrayList<>();
  final List<FeedLink> links = new ArrayList<>();
  final List<Person> authors = new ArrayList<>();
  final List<Person> contributors = new ArrayList<>();
  final List<Category> tags = new ArrayList<>();
  final List<Enclosure> enclosures = new ArrayList<>();
  Instant published;
  /** Whether {@code published} came from a date without a time of day ({@link FeedDates#isDayOnly}). */
  boolean publishedDayOnly;
  Instant updated;
  /** Whether {@code updated} came from a date without a time of day ({@link FeedDates#isDayOnly}). */
  boolean updatedDayOnly;
  Instant created;
  String comments;
  TextConstruct rights;
  FeedSource source;

  /** Takes {@code text} as the entry's publication date, noting whether it gives a time of day. */
  void published(FeedDates dates, String text) {
    published = dates.parse(text);
    publishedDayOnly = published != null && dates.isDayOnly(text);
  }

  /** Takes {@code text} as the entry's last update, noting whether it gives a time of day. */
  void updated(FeedDates dates, String text) {
    updated = dates.parse(text);
    updatedDayOnly = updated != null && dates.isDayOnly(text);
  }

  void addTag(Category c) {
    if (c.term() != null && !c.term().isEmpty() && !tags.contains(c)) tags.add(c);
  }

  FeedEntry build() {
    List<String> names = new ArrayList<>();
    for (Person p : authors) if (p.display() != null) names.add(CleanText.of(p.name() != null ? p.name() : p.display()));
    List<String> terms = new ArrayList<>();
    for (Category c : tags) if (c.term() != null) terms.add(c.term());
    String content = contents.isEmpty() ? null : FeedBuilder.html(contents.get(0));
    // Whatever element gave it, a blank id identifies nothing: the entry has none.
    String entryId = id == null || id.isBlank() ? null : id;
    // A javascript: or data: link is no page of the entry's (and a script in whatever shows it):
    // the entry links to its first other alternate link, else to nothing.
    List<FeedLink> safeLinks = links.stream().filter(l -> l.href() == null || Urls.isSafeLink(l.href())).toList();
    String safeLink = Urls.isSafeLink(link) ? link : safeLinks.stream()
        .filter(l -> l.href() != null && "alternate".equals(l.rel())).map(FeedLink::href).findFirst().orElse(null);
    return new FeedEntry(entryId, safeLink, FeedBuilder.plain(title), FeedBuilder.html(summary), content, names, published,
        updated, terms, title, summary, contents, safeLinks, authors, contributors, tags, enclosures, comments, created,
        rights, source, publishedDayOnly, updatedDayOnly);
  }
}
