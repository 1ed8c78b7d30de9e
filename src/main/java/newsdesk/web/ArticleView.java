package newsdesk.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import newsdesk.publish.DigestFeeds;
import newsdesk.publish.DigestStory;
import newsdesk.store.StoredArticle;

/**
 * An article as pages show it.
 *
 * @param publicId its public id
 * @param anchor   the fragment id of its entry on the story page
 * @param outlet   the outlet ("" when unknown)
 * @param title    its title
 * @param url      its address when it is an http(s) URL whose page is not gone, else null (never a
 *                 {@code javascript:} link, never a page that answered 404 or 410)
 * @param time     its time, or null
 * @param storyId  its story, or null
 * @param undated  true when {@code time} is when newsdesk first read it, the article giving no
 *                 publication time (shown as "first seen")
 * @param linkGone whether its page answered 404 or 410 when last fetched (the page says so beside the title)
 * @param dayOnly  whether {@code time} is a publication day given without a time of day: labels show the day alone
 * @param creditedAgency the agency whose report the outlet's article is, or null ({@link #agencyNote})
 * @param contributingAgency the agency that contributed reporting to the outlet's own text, or null
 */
public record ArticleView(String publicId, String anchor, String outlet, String title, String url, Instant time, String storyId,
    boolean undated, boolean linkGone, boolean dayOnly, String creditedAgency, String contributingAgency) {
  /** What precedes the time of an article dated by its first sighting, here and on the front page's cards. */
  static final String FIRST_SEEN = DigestStory.FIRST_SEEN;
  private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DAY_LABEL = DateTimeFormatter.ofPattern("d MMM yyyy").withZone(ZoneOffset.UTC);

  /** An article whose time, when it has one, is known to the minute. */
  public ArticleView(String publicId, String anchor, String outlet, String title, String url, Instant time, String storyId,
      boolean undated, boolean linkGone) {
    this(publicId, anchor, outlet, title, url, time, storyId, undated, linkGone, false, null, null);
  }

  static ArticleView of(StoredArticle a, int position) {
    return new ArticleView(a.publicId(), "art-" + position, a.outlet() == null ? "" : a.outlet(), a.title(),
        DigestFeeds.isWebUrl(a.readableUrl()) ? a.readableUrl() : null, a.time(), a.storyId(), a.published() == null,
        a.linkGone(), a.timeIsDayOnly(), a.creditedAgency(), a.contributingAgency());
  }

  /**
   * What the page says beside the outlet of an agency's text: "via Associated Press" when the article
   * is that agency's report, "with reporting from Associated Press" when the agency only contributed
   * to the outlet's own text, else "".
   */
  public String agencyNote() {
    if (creditedAgency != null) return "via " + creditedAgency;
    return contributingAgency != null ? "with reporting from " + contributingAgency : "";
  }

  /**
   * "2 Mar 2020, 14:05 UTC" ("first seen 2 Mar 2020, 14:05 UTC" when undated), "2 Mar 2020" when
   * only the day is known ({@link #dayOnly}), or "" without a time.
   */
  public String timeLabel() {
    if (time == null) return "";
    if (dayOnly) return DAY_LABEL.format(time);
    return undated ? FIRST_SEEN + LABEL.format(time) : LABEL.format(time);
  }

  /**
   * The {@code datetime} attribute of its {@code <time>}: the day alone ({@code 2020-03-02}, a valid
   * HTML date string) when only the day is known, else the instant to the second; "" without a time.
   */
  public String datetime() {
    if (time == null) return "";
    return dayOnly ? day() : HtmlTimes.datetime(time);
  }

  /**
   * The time of day the story page's timeline lists it at, "14:05" ("first seen 14:05" when undated,
   * as {@link #timeLabel} says), or "" without a time or when only its day is known ({@link #dayOnly}):
   * the timeline's day heading already says that day, and no time of day is invented.
   */
  public String timelineLabel() {
    if (time == null || dayOnly) return "";
    String clock = time.toString().substring(11, 16);
    return undated ? FIRST_SEEN + clock : clock;
  }

  /** The ISO day, or "" without a time. */
  public String day() {
    return time == null ? "" : time.toString().substring(0, 10);
  }
}
