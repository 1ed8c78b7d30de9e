package newsdesk.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsdesk.publish.DigestFeeds;
import newsdesk.publish.DigestStory;
import newsdesk.store.StoredArticle;
import newsdesk.store.StoredEntity;

/**
 * The story page: the brief with each sentence's source, every article, entities and a timeline.
 *
 * @param story       the STORY object
 * @param sentences   the brief's sentences with where each came from
 * @param articles    every article of the story, oldest first
 * @param entities    people, organisations and places named in its articles, most widely first
 * @param timeline    the articles grouped by day, oldest day first
 * @param readMoreUrl the "Read more" address when it is an http(s) URL, else null
 */
public record StoryView(DigestStory story, List<SentenceView> sentences, List<ArticleView> articles,
    List<StoredEntity> entities, List<TimelineDay> timeline, String readMoreUrl) {

  /** A brief sentence; {@code anchor} points at its article on the page (null when unknown). */
  public record SentenceView(String text, String anchor, String source, int start, int end, int paragraph) {}

  /** The sentences grouped by summary paragraph, in order. */
  public List<List<SentenceView>> paragraphs() {
    Map<Integer, List<SentenceView>> byParagraph = new java.util.TreeMap<>();
    for (SentenceView s : sentences) byParagraph.computeIfAbsent(s.paragraph(), k -> new ArrayList<>()).add(s);
    return List.copyOf(byParagraph.values());
  }

  /** The articles of one day. */
  public record TimelineDay(String day, List<ArticleView> articles) {}

  static StoryView of(DigestStory story, List<StoredArticle> stored, List<StoredEntity> entities) {
    List<ArticleView> articles = new ArrayList<>();
    Map<String, ArticleView> byId = new HashMap<>();
    for (StoredArticle a : stored) {
      ArticleView v = ArticleView.of(a, articles.size() + 1);
      articles.add(v);
      byId.put(a.publicId(), v);
    }
    List<SentenceView> sentences = story.sentences().stream().map(s -> {
      ArticleView a = byId.get(s.articleId());
      String source = a == null ? "source article " + s.articleId() : a.outlet() + ": " + a.title();
      return new SentenceView(s.text(), a == null ? null : a.anchor(), source, s.start(), s.end(), s.paragraph());
    }).toList();
    Map<String, List<ArticleView>> days = new LinkedHashMap<>();
    for (ArticleView a : articles) days.computeIfAbsent(a.day().isEmpty() ? "undated" : a.day(), d -> new ArrayList<>()).add(a);
    List<TimelineDay> timeline = days.entrySet().stream().map(e -> new TimelineDay(e.getKey(), List.copyOf(e.getValue()))).toList();
    String readMore = story.readMore() != null && DigestFeeds.isWebUrl(story.readMore().url()) ? story.readMore().url() : null;
    return new StoryView(story, sentences, List.copyOf(articles), entities, timeline, readMore);
  }

  /**
   * The outlet to name without a link ("From <outlet>") when the "Read more" article has no address
   * to send a reader to (a feed entry without a link, or every article's page gone); else null.
   */
  public String fromOutlet() {
    if (readMoreUrl != null || story.readMore() == null) return null;
    String outlet = story.readMore().outlet();
    return outlet == null || outlet.isBlank() ? null : outlet;
  }
}
