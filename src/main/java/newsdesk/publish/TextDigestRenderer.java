package newsdesk.publish;

import java.time.Instant;
import java.util.List;

/**
 * Renders stories as plain-text cards in the spirit of the seed card: the headline on top, the day
 * of the story's newest article, with an "updated" note after a later correction ({@link #day}), the summary paragraphs (or
 * {@link DigestStory#NO_TEXT_NOTE} when no article text could be read), {@code Read more at <outlet>: <url>}
 * (or {@code From <outlet>} when the article has no link, or no article of the story has a page
 * that is not gone), {@code Also covered by: <outlet>, ...}
 * when other articles covered the story ({@link OtherCoverage}), then an en-dash line per related story:
 * {@code – <headline> (<day>): <first sentence>}, its day as its own card shows it.
 */
public final class TextDigestRenderer implements DigestRenderer {
  private static final java.time.format.DateTimeFormatter DAY =
      java.time.format.DateTimeFormatter.ISO_LOCAL_DATE.withZone(java.time.ZoneOffset.UTC);

  @Override
  public String render(List<DigestStory> stories) {
    StringBuilder b = new StringBuilder();
    for (DigestStory s : stories) {
      if (!b.isEmpty()) b.append('\n');
      b.append(s.headline()).append('\n');
      String day = day(s);
      if (day != null) b.append(day).append('\n');
      for (String p : s.summary()) b.append(p).append('\n');
      if (s.textUnavailable()) b.append(DigestStory.NO_TEXT_NOTE).append('\n');
      if (s.readMore() != null && s.readMore().url() != null) {
        b.append("Read more at ").append(s.readMore().outlet()).append(": ").append(s.readMore().url()).append('\n');
      } else if (s.readMore() != null && hasText(s.readMore().outlet())) {
        // An article without a link (a feed entry that had none, or whose page is gone) sends the
        // reader nowhere, but its outlet is still who reported it, as the web card says.
        b.append("From ").append(s.readMore().outlet()).append('\n');
      }
      List<OtherCoverage> others = OtherCoverage.of(s);
      if (!others.isEmpty()) {
        b.append("Also covered by: ").append(String.join(", ", others.stream()
            .map(o -> o.count() == null ? o.outlet() : o.outlet() + " (" + o.count() + ")").toList())).append('\n');
      }
      for (DigestStory.Related r : s.related()) {
        b.append("\u2013 ").append(r.headline());
        String relatedDay = day(r);
        if (relatedDay != null) b.append(" (").append(relatedDay).append(')');
        if (!r.summary().isBlank()) b.append(": ").append(r.summary());
        b.append('\n');
      }
    }
    return b.toString();
  }

  /**
   * The day of the story's newest article ({@code 2026-11-27}, UTC, {@link DigestStory#cardTime}),
   * as the web card shows it, or null when unknown: briefs keep the articles' relative words
   * ("Today, ...", "Tomorrow, voters ..."), which a reader can only place by that day. When that is
   * only when newsdesk first read an article that gives no publication time, it says so, as the web
   * card does: {@code first seen 2026-11-27} ({@link DigestStory#cardFirstSeen}). A correction
   * of one of its articles on a later day does not move it; it adds a note:
   * {@code 2026-11-27 (updated 2026-11-30)} ({@link DigestStory#correctedAfter}).
   */
  static String day(DigestStory s) {
    String day = day(s.cardTime());
    if (day != null && s.cardFirstSeen()) day = DigestStory.FIRST_SEEN + day;
    Instant corrected = s.correctedAfter();
    return day == null || corrected == null ? day : day + " (updated " + day(corrected) + ")";
  }

  /**
   * The day of a related story, as its own card is dated ({@link DigestStory.Related#cardTime}:
   * its newest article; {@code first seen 2026-11-27} when that is only a first sighting,
   * {@link DigestStory.Related#firstSeen}), or null when unknown: "related and recent" is only
   * believable when the reader sees how recent.
   */
  static String day(DigestStory.Related r) {
    String day = day(r.cardTime());
    return day != null && r.firstSeen() ? DigestStory.FIRST_SEEN + day : day;
  }

  private static String day(Instant t) {
    return t == null ? null : DAY.format(t);
  }

  static boolean hasText(String s) {
    return s != null && !s.isBlank();
  }
}
