package newsdesk.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import newsdesk.text.CleanText;

/**
 * Writes an {@link OutputFeed} as JSON Feed 1.1 (https://jsonfeed.org/version/1.1). Every string
 * goes through {@link CleanText}: a lone surrogate cannot be encoded as UTF-8 and control
 * characters have no place in a reader's feed.
 */
public final class JsonFeedRenderer {
  public static final String MEDIA_TYPE = "application/feed+json";
  private final ObjectMapper json = JsonDigestRenderer.mapper();

  public String render(OutputFeed feed) {
    ObjectNode root = json.createObjectNode();
    root.put("version", "https://jsonfeed.org/version/1.1");
    root.put("title", CleanText.of(feed.title()));
    if (feed.homeUrl() != null) root.put("home_page_url", CleanText.of(feed.homeUrl()));
    if (feed.feedUrl() != null) root.put("feed_url", CleanText.of(feed.feedUrl()));
    ArrayNode items = root.putArray("items");
    for (OutputFeed.Item item : feed.items()) {
      ObjectNode i = items.addObject();
      i.put("id", CleanText.of(item.id()));
      if (item.url() != null) i.put("url", CleanText.of(item.url()));
      i.put("title", CleanText.of(item.title()));
      i.put("content_text", CleanText.of(item.text()));
      if (!item.html().isEmpty()) i.put("content_html", CleanText.of(item.html()));
      if (item.published() != null) i.put("date_published", item.published().toString());
      i.put("date_modified", item.updated().toString());
      if (item.language() != null) i.put("language", CleanText.of(item.language()));
      ArrayNode authors = i.putArray("authors");
      item.authors().forEach(a -> authors.addObject().put("name", CleanText.of(a)));
    }
    try {
      return json.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON Feed " + feed.id(), e);
    }
  }
}
