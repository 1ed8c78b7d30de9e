package newsdesk.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import newsdesk.text.CleanText;

/** Mutable accumulator the format readers fill; {@link #build()} makes the immutable {@link Feed}. */
final class FeedBuilder {
  String format = "";
  String encoding;
  String id;
  TextConstruct title;
  TextConstruct subtitle;
  TextConstruct rights;
  String link;
  String language;
  final List<FeedLink> links = new ArrayList<>();
  final List<Person> authors = new ArrayList<>();
  final List<Person> contributors = new ArrayList<>();
  final List<Category> tags = new ArrayList<>();
  Instant updated;
  Instant published;
  FeedImage image;
  String icon;
  String logo;
  Generator generator;
  final List<FeedEntry> entries = new ArrayList<>();
  final List<String> problems = new ArrayList<>();

  void addTag(Category c) {
    if (c.term() != null && !c.term().isEmpty() && !tags.contains(c)) tags.add(c);
  }

  Feed build() {
    return new Feed(format, plain(title), link, plain(subtitle), language, entries, encoding, id, title, subtitle,
        rights, links, authors, contributors, tags, updated, published, image, icon, logo, generator, problems);
  }

  FeedSource buildSource() {
    return new FeedSource(id, title, subtitle, rights, link, links, authors, contributors, tags, updated, generator,
        icon, logo);
  }

  static String plain(TextConstruct t) {
    return t == null ? null : CleanText.of(t.plainText());
  }

  /** The text as HTML: sanitized HTML as is, plain text escaped. */
  static String html(TextConstruct t) {
    if (t == null) return null;
    if (t.containsMarkup()) return CleanText.of(t.value());
    StringBuilder sb = new StringBuilder();
    HtmlSanitizer.escape(t.value(), sb, false);
    return CleanText.of(sb.toString());
  }
}
