package newsdesk.web;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import newsdesk.publish.DigestFeeds;
import newsdesk.publish.DigestStory;

/**
 * A story card on the front page (and entity pages).
 *
 * @param story       the STORY object
 * @param isNew       whether it appeared since the reader's last visit
 * @param outlets     the distinct outlets that covered it
 * @param readMoreUrl "Read more" when it is an http(s) URL, else null
 */
public record FrontItem(DigestStory story, boolean isNew, List<String> outlets, String readMoreUrl) {
  static FrontItem of(DigestStory story, boolean isNew) {
    List<String> outlets = story.outlets().stream().map(DigestStory.Coverage::name).filter(Objects::nonNull).distinct().toList();
    String readMore = story.readMore() != null && DigestFeeds.isWebUrl(story.readMore().url()) ? story.readMore().url() : null;
    return new FrontItem(story, isNew, outlets, readMore);
  }

  /**
   * The day the card dates the story at (its newest article, {@link DigestStory#cardTime}), "first
   * seen 2020-03-02" when that is the first sighting of an article that gives no publication time
   * ({@link DigestStory#cardFirstSeen}), as the story page labels such an article; followed by "(updated 2020-03-05)" when one of its
   * articles was corrected on a later day ({@link DigestStory#correctedAfter}), as the text digest
   * writes it; "" without a time.
   */
  public String dateLabel() {
    Instant time = story.cardTime();
    if (time == null) return "";
    String day = HtmlTimes.day(time);
    String label = story.cardFirstSeen() ? DigestStory.FIRST_SEEN + day : day;
    Instant corrected = story.correctedAfter();
    return corrected == null ? label : label + " (updated " + HtmlTimes.day(corrected) + ")";
  }

  /**
   * The {@code datetime} attribute of the card's {@code <time>}: the day alone ({@code 2020-03-02})
   * when every article published at {@link DigestStory#cardTime} gave only its day
   * ({@link DigestStory.Coverage#publishedPrecision}), so that no machine reads a time of day its
   * sources never stated; else the instant to the second; "" without a time.
   */
  public String datetime() {
    Instant time = story.cardTime();
    if (time == null) return "";
    List<DigestStory.Coverage> atTime = story.outlets().stream().filter(c -> time.equals(c.published())).toList();
    boolean dayOnly = !atTime.isEmpty() && atTime.stream().allMatch(c -> DigestStory.Coverage.DAY.equals(c.publishedPrecision()));
    return dayOnly ? HtmlTimes.day(time) : HtmlTimes.datetime(time);
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
