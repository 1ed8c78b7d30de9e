package newsdesk.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;

/** Reads JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1). */
final class JsonFeedReader {
  private final ObjectMapper json = new ObjectMapper();
  private final ContentReader content;
  private final FeedDates dates;

  JsonFeedReader(ContentReader content, FeedDates dates) {
    this.content = content;
    this.dates = dates;
  }

  static boolean looksLikeJson(String text) {
    String t = text.stripLeading();
    return t.startsWith("{");
  }

  void read(String text, URI base, FeedBuilder feed) throws FeedParseException {
    JsonNode root;
    try {
      root = json.readTree(text);
    } catch (IOException e) {
      throw new FeedParseException("not valid JSON: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) throw new FeedParseException("JSON document is not an object");
    String version = str(root, "version");
    if (version == null || !version.contains("jsonfeed.org")) throw new FeedParseException("JSON document is not a JSON Feed (no jsonfeed.org version)");
    feed.format = version.contains("/1.1") ? "json11" : "json10";
    String home = str(root, "home_page_url");
    URI docBase = home != null ? Urls.resolveUri(base, home) : base;
    if (str(root, "title") != null) feed.title = new TextConstruct(str(root, "title"), TextConstruct.PLAIN);
    if (str(root, "description") != null) feed.subtitle = new TextConstruct(str(root, "description"), TextConstruct.PLAIN);
    feed.link = home == null ? null : Urls.resolve(base, home);
    if (feed.link != null) feed.links.add(new FeedLink(feed.link, "alternate", "text/html", null, null, null));
    String self = str(root, "feed_url");
    if (self != null) {
      feed.id = Urls.resolve(base, self);
      feed.links.add(new FeedLink(feed.id, "self", "application/feed+json", null, null, null));
    }
    feed.language = str(root, "language");
    if (str(root, "icon") != null) feed.logo = Urls.resolve(docBase, str(root, "icon"));
    if (str(root, "favicon") != null) feed.icon = Urls.resolve(docBase, str(root, "favicon"));
    authors(root, feed.authors, docBase);
    JsonNode items = root.get("items");
    if (items != null && items.isArray()) for (JsonNode item : items) if (item.isObject()) feed.entries.add(item(item, docBase));
  }

  private FeedEntry item(JsonNode item, URI base) {
    EntryBuilder entry = new EntryBuilder();
    JsonNode id = item.get("id");
    entry.id = id == null || id.isNull() ? null : id.asText();
    String url = str(item, "url");
    if (url != null) {
      entry.link = Urls.resolve(base, url);
      entry.links.add(new FeedLink(entry.link, "alternate", "text/html", null, null, null));
    }
    String external = str(item, "external_url");
    if (external != null) entry.links.add(new FeedLink(Urls.resolve(base, external), "related", null, null, null, null));
    if (str(item, "title") != null) entry.title = new TextConstruct(str(item, "title"), TextConstruct.PLAIN);
    if (str(item, "summary") != null) entry.summary = new TextConstruct(str(item, "summary"), TextConstruct.PLAIN);
    if (str(item, "content_html") != null) entry.contents.add(content.html(str(item, "content_html"), base));
    if (str(item, "content_text") != null) entry.contents.add(new TextConstruct(str(item, "content_text"), TextConstruct.PLAIN));
    entry.published = str(item, "date_published") == null ? null : dates.parse(str(item, "date_published"));
    entry.updated = str(item, "date_modified") == null ? null : dates.parse(str(item, "date_modified"));
    authors(item, entry.authors, base);
    JsonNode tags = item.get("tags");
    if (tags != null && tags.isArray()) for (JsonNode t : tags) if (t.isTextual()) entry.addTag(new Category(t.asText(), null, null));
    JsonNode attachments = item.get("attachments");
    if (attachments != null && attachments.isArray()) {
      for (JsonNode a : attachments) {
        if (str(a, "url") == null) continue;
        String href = Urls.resolve(base, str(a, "url"));
        String length = a.hasNonNull("size_in_bytes") ? a.get("size_in_bytes").asText() : null;
        entry.enclosures.add(new Enclosure(href, str(a, "mime_type"), length));
        entry.links.add(new FeedLink(href, "enclosure", str(a, "mime_type"), str(a, "title"), null, length));
      }
    }
    return entry.build();
  }

  private static void authors(JsonNode node, java.util.List<Person> out, URI base) {
    JsonNode authors = node.get("authors");
    if (authors != null && authors.isArray()) {
      for (JsonNode a : authors) if (a.isObject()) out.add(person(a, base));
    } else if (node.has("author") && node.get("author").isObject()) {
      out.add(person(node.get("author"), base));
    }
  }

  private static Person person(JsonNode a, URI base) {
    String url = str(a, "url");
    return new Person(str(a, "name"), null, url == null ? null : Urls.resolve(base, url));
  }

  private static String str(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
  }
}
