package newsdesk.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The schema.org article described by a page's JSON-LD blocks, if any: the first object whose
 * {@code @type} is an article type (searched through arrays and {@code @graph}), with the
 * publisher's name taken from any {@code Organization}/{@code WebSite} when the article lacks it.
 * Malformed JSON-LD, common on the web, is skipped.
 */
record JsonLdArticle(
    String headline,
    List<String> authors,
    String datePublished,
    String publisher,
    String image,
    String description,
    String language,
    String articleBody,
    String url) {

  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
          "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "liveblogposting",
          "socialmediaposting", "techarticle", "scholarlyarticle", "report", "posting",
          "advertisercontentarticle", "satiricalarticle", "medicalscholarlyarticle");
  private static final int MAX_NODES = 20_000;

  static final JsonLdArticle NONE =
      new JsonLdArticle(null, List.of(), null, null, null, null, null, null, null);

  static JsonLdArticle from(List<Element> scripts, ObjectMapper json) {
    List<JsonNode> objects = new ArrayList<>();
    for (Element script : scripts) {
      String data = script.data().trim();
      if (data.isEmpty()) continue;
      try {
        collectObjects(json.readTree(data), objects);
      } catch (Exception malformed) {
        // Broken JSON-LD is common; the page's other metadata still counts.
      }
    }
    JsonNode article = null;
    String siteName = null;
    for (JsonNode o : objects) {
      if (article == null && hasType(o, ARTICLE_TYPES)) article = o;
      if (siteName == null && hasType(o, Set.of("organization", "newsmediaorganization", "website"))) {
        siteName = text(o.get("name"));
      }
    }
    if (article == null) {
      return siteName == null ? NONE : new JsonLdArticle(null, List.of(), null, siteName, null, null, null, null, null);
    }
    String publisher = name(article.get("publisher"));
    return new JsonLdArticle(
        text(article.get("headline")) != null ? text(article.get("headline")) : text(article.get("name")),
        names(article.get("author")),
        text(article.get("datePublished")) != null
            ? text(article.get("datePublished"))
            : text(article.get("dateCreated")),
        publisher != null ? publisher : siteName,
        imageUrl(article.get("image")),
        text(article.get("description")),
        text(article.get("inLanguage")),
        text(article.get("articleBody")),
        text(article.get("url")) != null ? text(article.get("url")) : text(article.get("mainEntityOfPage")));
  }

  private static void collectObjects(JsonNode root, List<JsonNode> out) {
    Deque<JsonNode> todo = new ArrayDeque<>();
    todo.add(root);
    int seen = 0;
    while (!todo.isEmpty() && seen++ < MAX_NODES) {
      JsonNode n = todo.poll();
      if (n.isArray()) {
        n.forEach(todo::add);
      } else if (n.isObject()) {
        out.add(n);
        JsonNode graph = n.get("@graph");
        if (graph != null) todo.add(graph);
        JsonNode main = n.get("mainEntity");
        if (main != null && main.isObject()) todo.add(main);
      }
    }
  }

  private static boolean hasType(JsonNode o, Set<String> types) {
    JsonNode t = o.get("@type");
    if (t == null) return false;
    if (t.isArray()) {
      for (JsonNode x : t) if (types.contains(x.asText().toLowerCase(java.util.Locale.ROOT))) return true;
      return false;
    }
    return types.contains(t.asText().toLowerCase(java.util.Locale.ROOT));
  }

  private static String text(JsonNode n) {
    if (n == null || n.isNull()) return null;
    if (n.isArray()) return n.isEmpty() ? null : text(n.get(0));
    if (n.isObject()) return n.has("@id") && !n.has("name") ? text(n.get("@id")) : text(n.get("name"));
    String s = n.asText().strip();
    return s.isEmpty() ? null : s;
  }

  private static String name(JsonNode n) {
    if (n == null || n.isNull()) return null;
    if (n.isArray()) return n.isEmpty() ? null : name(n.get(0));
    if (n.isObject()) return text(n.get("name"));
    return text(n);
  }

  private static List<String> names(JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n == null || n.isNull()) return out;
    if (n.isArray()) {
      for (JsonNode x : n) {
        String s = name(x);
        if (s != null && !out.contains(s)) out.add(s);
      }
    } else {
      String s = name(n);
      if (s != null) out.add(s);
    }
    return out;
  }

  private static String imageUrl(JsonNode n) {
    if (n == null || n.isNull()) return null;
    if (n.isArray()) return n.isEmpty() ? null : imageUrl(n.get(0));
    if (n.isObject()) return text(n.has("url") ? n.get("url") : n.get("contentUrl"));
    return text(n);
  }
}
