package newsdesk.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Writes an {@link OutputFeed} as JSON Feed 1.1 (https://jsonfeed.org/version/1.1). */
public final class JsonFeedRenderer {
  public static final String MEDIA_TYPE = "application/feed+json";
  private final ObjectMapper json = JsonDigestRenderer.mapper();

  public String render(OutputFeed feed) {
    ObjectNode root = json.createObjectNode();
    root.put("version", "https://jsonfeed.org/version/1.1");
    root.put("title", feed.title());
    if (feed.homeUrl() != null) root.put("home_page_url", feed.homeUrl());
    if (feed.feedUrl() != null) root.put("feed_url", feed.feedUrl());
    ArrayNode items = root.putArray("items");
    for (OutputFeed.Item item : feed.items()) {
      ObjectNode i = items.addObject();
      i.put("id", item.id());
      if (item.url() != null) i.put("url", item.url());
      i.put("title", item.title());
      i.put("content_text", item.text());
      if (!item.html().isEmpty()) i.put("content_html", item.html());
      if (item.published() != null) i.put("date_published", item.published().toString());
      i.put("date_modified", item.updated().toString());
      if (item.language() != null) i.put("language", item.language());
      ArrayNode authors = i.putArray("authors");
      item.authors().forEach(a -> authors.addObject().put("name", a));
    }
    try {
      return json.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON Feed " + feed.id(), e);
    }
  }
}
