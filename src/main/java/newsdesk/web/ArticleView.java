package newsdesk.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import newsdesk.publish.DigestFeeds;
import newsdesk.store.StoredArticle;

/**
 * An article as pages show it.
 *
 * @param publicId its public id
 * @param anchor   the fragment id of its entry on the story page
 * @param outlet   the outlet ("" when unknown)
 * @param title    its title
 * @param url      its address when it is an http(s) URL, else null (never a {@code javascript:} link)
 * @param time     its time, or null
 * @param storyId  its story, or null
 * @param undated  true when {@code time} is when newsdesk first read it, the article giving no
 *                 publication time (shown as "first seen")
 */
public record ArticleView(String publicId, String anchor, String outlet, String title, String url, Instant time, String storyId,
    boolean undated) {
  private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  static ArticleView of(StoredArticle a, int position) {
    return new ArticleView(a.publicId(), "art-" + position, a.outlet() == null ? "" : a.outlet(), a.title(),
        DigestFeeds.isWebUrl(a.url()) ? a.url() : null, a.time(), a.storyId(), a.published() == null);
  }

  /** "2 Mar 2020, 14:05 UTC" ("first seen 2 Mar 2020, 14:05 UTC" when undated), or "" without a time. */
  public String timeLabel() {
    if (time == null) return "";
    return undated ? "first seen " + LABEL.format(time) : LABEL.format(time);
  }

  /** The ISO day, or "" without a time. */
  public String day() {
    return time == null ? "" : time.toString().substring(0, 10);
  }
}
