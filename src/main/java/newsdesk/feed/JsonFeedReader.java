package newsdesk.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import newsdesk.fetch.Urls;

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
    } catch (com.fasterxml.jackson.core.io.JsonEOFException e) {
      throw new FeedParseException("truncated: the document ends before its JSON object is closed", e);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      var at = e.getLocation();
      throw new FeedParseException("not valid JSON" + (at == null ? "" : " at line " + at.getLineNr() + ", column "
          + at.getColumnNr()) + ": " + e.getOriginalMessage().replaceAll("\\[Source: [^\\]]*?; (line: )", "[$1"), e);
    } catch (IOException e) {
      throw new FeedParseException("not valid JSON: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) throw new FeedParseException("JSON document is not an object");
    String version = str(root, "version");
    boolean hasItems = root.path("items").isArray();
    if ((version == null || !version.contains("jsonfeed.org")) && !hasItems) {
      throw new FeedParseException("JSON document is not a JSON Feed (no jsonfeed.org version, no items)");
    }
    // feedparser's ids: json1, json11, and json for a JSON document with items but no known version.
    feed.format = version == null || !version.contains("jsonfeed.org") ? "json"
        : version.strip().endsWith("/1.1") ? "json11" : "json1";
    String home = str(root, "home_page_url");
    URI homeUri = home != null ? Urls.resolveUri(base, home) : null;
    URI docBase = homeUri != null ? homeUri : base;
    if (str(root, "title") != null) feed.title = new TextConstruct(str(root, "title").strip(), TextConstruct.PLAIN);
    if (str(root, "description") != null) {
      feed.subtitle = new TextConstruct(str(root, "description").strip(), TextConstruct.PLAIN);
    }
    String self = str(root, "feed_url");
    if (self != null) {
      feed.id = Urls.resolve(base, self);
      feed.links.add(new FeedLink(feed.id, "self", "application/feed+json", FeedBuilder.plain(feed.title), null, null));
    }
    feed.link = home == null ? null : Urls.resolve(base, home);
    if (feed.link != null) feed.links.add(new FeedLink(feed.link, "alternate", "text/html", null, null, null));
    if (str(root, "next_url") != null) {
      feed.links.add(new FeedLink(Urls.resolve(docBase, str(root, "next_url")), "next", null, null, null, null));
    }
    feed.language = AtomReader.language(str(root, "language"));
    if (str(root, "icon") != null) {
      feed.logo = Urls.resolve(docBase, str(root, "icon"));
      feed.image = new FeedImage(feed.logo, null, null, null, null, null);
    }
    if (str(root, "favicon") != null) feed.icon = Urls.resolve(docBase, str(root, "favicon"));
    authors(root, feed.authors, docBase);
    JsonNode items = root.get("items");
    if (items != null && items.isArray()) for (JsonNode item : items) if (item.isObject()) feed.entries.add(item(item, docBase));
  }

  private FeedEntry item(JsonNode item, URI base) {
    EntryBuilder entry = new EntryBuilder();
    JsonNode id = item.get("id");
    entry.id = id == null || id.isNull() || id.isContainerNode() ? null : id.asText().strip();
    String url = str(item, "url");
    if (url != null) {
      entry.link = Urls.resolve(base, url);
      entry.links.add(new FeedLink(entry.link, "alternate", "text/html", null, null, null));
    }
    String external = str(item, "external_url");
    if (external != null) entry.links.add(new FeedLink(Urls.resolve(base, external), "related", null, null, null, null));
    if (str(item, "title") != null) entry.title = new TextConstruct(str(item, "title").strip(), TextConstruct.PLAIN);
    if (str(item, "summary") != null) entry.summary = new TextConstruct(str(item, "summary").strip(), TextConstruct.PLAIN);
    if (str(item, "content_text") != null) {
      entry.contents.add(new TextConstruct(str(item, "content_text").strip(), TextConstruct.PLAIN));
    }
    if (str(item, "content_html") != null) entry.contents.add(content.html(str(item, "content_html"), base));
    if (str(item, "date_published") != null) entry.published(dates, str(item, "date_published"));
    if (str(item, "date_modified") != null) entry.updated(dates, str(item, "date_modified"));
    authors(item, entry.authors, base);
    JsonNode tags = item.get("tags");
    if (tags != null && tags.isArray()) {
      for (JsonNode t : tags) if (t.isTextual() && !t.asText().isBlank()) entry.addTag(new Category(t.asText().strip(), null, t.asText().strip()));
    }
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
    String email = null;
    if (url != null && url.strip().regionMatches(true, 0, "mailto:", 0, 7)) {
      String address = url.strip().substring(7);
      int q = address.indexOf('?');
      email = q < 0 ? address : address.substring(0, q);
    }
    String name = str(a, "name");
    return new Person(name == null ? null : name.strip(), email, url == null ? null : Urls.resolve(base, url.strip()));
  }

  private static String str(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
  }
}
