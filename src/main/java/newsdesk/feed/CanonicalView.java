package newsdesk.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Our model seen through the canonical paths of the conformance corpus (feedparser's result keys:
 * {@code feed.title_detail.type}, {@code entries[0].links[1].href}...), as plain maps and lists.
 * The mapping is the one the corpus README gives: {@code updated} falls back to {@code published}
 * (feedparser's alias), an entry's {@code summary} falls back to its first content, {@code author}
 * is "name (email)", instants are ISO-8601 UTC strings.
 */
public final class CanonicalView {
  private CanonicalView() {}

  /** The whole result: {@code encoding}, {@code version}, {@code feed}, {@code entries}. */
  public static Map<String, Object> of(Feed feed) {
    Map<String, Object> root = new LinkedHashMap<>();
    put(root, "encoding", feed.encoding());
    put(root, "version", feed.format());
    Map<String, Object> f = new LinkedHashMap<>();
    text(f, "title", feed.titleDetail());
    text(f, "subtitle", feed.subtitleDetail());
    text(f, "rights", feed.rightsDetail());
    put(f, "link", feed.link());
    f.put("links", links(feed.links()));
    put(f, "id", feed.id());
    put(f, "updated", instant(feed.updated() != null ? feed.updated() : feed.published()));
    put(f, "published", instant(feed.published()));
    people(f, "author", feed.authors());
    f.put("contributors", people(feed.contributors()));
    f.put("tags", tags(feed.tags()));
    put(f, "language", feed.language());
    put(f, "icon", feed.icon());
    put(f, "logo", feed.logo());
    generator(f, feed.generator());
    if (feed.image() != null) {
      Map<String, Object> img = new LinkedHashMap<>();
      put(img, "href", feed.image().url());
      put(img, "title", feed.image().title());
      put(img, "link", feed.image().link());
      put(img, "width", feed.image().width());
      put(img, "height", feed.image().height());
      put(img, "description", feed.image().description());
      f.put("image", img);
    }
    root.put("feed", f);
    List<Object> entries = new ArrayList<>();
    for (FeedEntry e : feed.entries()) entries.add(entry(e));
    root.put("entries", entries);
    return root;
  }

  private static Map<String, Object> entry(FeedEntry e) {
    Map<String, Object> m = new LinkedHashMap<>();
    text(m, "title", e.titleDetail());
    TextConstruct summary = e.summaryDetail() != null ? e.summaryDetail()
        : e.contents().isEmpty() ? null : e.contents().get(0);
    text(m, "summary", summary);
    List<Object> content = new ArrayList<>();
    for (TextConstruct c : e.contents()) {
      Map<String, Object> cm = new LinkedHashMap<>();
      put(cm, "value", c.value());
      put(cm, "type", c.type());
      put(cm, "src", c.src());
      content.add(cm);
    }
    if (!content.isEmpty()) m.put("content", content);
    text(m, "rights", e.rights());
    put(m, "link", e.link());
    m.put("links", links(e.links()));
    put(m, "id", e.id());
    put(m, "published", instant(e.published()));
    put(m, "updated", instant(e.updated() != null ? e.updated() : e.published()));
    put(m, "created", instant(e.created()));
    people(m, "author", e.authorDetails());
    m.put("contributors", people(e.contributors()));
    m.put("tags", tags(e.tags()));
    List<Object> enclosures = new ArrayList<>();
    for (Enclosure x : e.enclosures()) {
      Map<String, Object> em = new LinkedHashMap<>();
      put(em, "href", x.url());
      put(em, "type", x.type());
      put(em, "length", x.length());
      enclosures.add(em);
    }
    m.put("enclosures", enclosures);
    put(m, "comments", e.comments());
    if (e.source() != null) m.put("source", source(e.source()));
    return m;
  }

  private static Map<String, Object> source(FeedSource s) {
    Map<String, Object> m = new LinkedHashMap<>();
    text(m, "title", s.title());
    text(m, "subtitle", s.subtitle());
    text(m, "rights", s.rights());
    put(m, "link", s.link());
    put(m, "href", s.link());
    m.put("links", links(s.links()));
    put(m, "id", s.id());
    put(m, "updated", instant(s.updated()));
    people(m, "author", s.authors());
    m.put("contributors", people(s.contributors()));
    m.put("tags", tags(s.categories()));
    generator(m, s.generator());
    put(m, "icon", s.icon());
    put(m, "logo", s.logo());
    return m;
  }

  private static void generator(Map<String, Object> m, Generator g) {
    if (g == null) return;
    put(m, "generator", g.name());
    Map<String, Object> gm = new LinkedHashMap<>();
    put(gm, "name", g.name());
    put(gm, "href", g.uri());
    put(gm, "version", g.version());
    m.put("generator_detail", gm);
  }

  private static void text(Map<String, Object> m, String key, TextConstruct t) {
    if (t == null) return;
    m.put(key, t.value());
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("value", t.value());
    d.put("type", t.type());
    m.put(key + "_detail", d);
  }

  private static void people(Map<String, Object> m, String key, List<Person> people) {
    List<Object> list = people(people);
    m.put(key + "s", list);
    if (!people.isEmpty()) {
      put(m, key, people.get(0).display());
      m.put(key + "_detail", list.get(0));
    }
  }

  private static List<Object> people(List<Person> people) {
    List<Object> out = new ArrayList<>();
    for (Person p : people) {
      Map<String, Object> pm = new LinkedHashMap<>();
      put(pm, "name", p.name());
      put(pm, "email", p.email());
      put(pm, "href", p.uri());
      out.add(pm);
    }
    return out;
  }

  private static List<Object> links(List<FeedLink> links) {
    List<Object> out = new ArrayList<>();
    for (FeedLink l : links) {
      Map<String, Object> lm = new LinkedHashMap<>();
      put(lm, "href", l.href());
      put(lm, "rel", l.rel());
      put(lm, "type", l.type());
      put(lm, "title", l.title());
      put(lm, "hreflang", l.hreflang());
      put(lm, "length", l.length());
      out.add(lm);
    }
    return out;
  }

  private static List<Object> tags(List<Category> tags) {
    List<Object> out = new ArrayList<>();
    for (Category c : tags) {
      Map<String, Object> cm = new LinkedHashMap<>();
      put(cm, "term", c.term());
      put(cm, "scheme", c.scheme());
      put(cm, "label", c.label());
      out.add(cm);
    }
    return out;
  }

  private static String instant(Instant i) {
    return i == null ? null : i.toString();
  }

  private static void put(Map<String, Object> m, String key, Object value) {
    if (value != null) m.put(key, value);
  }
}
