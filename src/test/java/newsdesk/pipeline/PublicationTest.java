package newsdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import newsdesk.extract.Article;
import newsdesk.feed.FeedEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which of the entry's and the page's dates an article is stored with, and whether it is a day alone. */
class PublicationTest {
  private static final Instant DAY = Instant.parse("2020-08-25T00:00:00Z");

  private static FeedEntry entry(Instant published, boolean publishedDayOnly, Instant updated, boolean updatedDayOnly) {
    return new FeedEntry("id", "https://n.example/a", "t", null, null, List.of(), published, updated, List.of(), null, null,
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null, null, null, publishedDayOnly,
        updatedDayOnly);
  }

  private static Article page(Instant published, boolean dayOnly) {
    return new Article("https://n.example/a", null, "t", List.of(), published, null, "en", null, null, "Body.", dayOnly);
  }

  private static Publication of(FeedEntry e, Article page) {
    return Publication.of(e, page);
  }

  // The entry gives the day, the page the time of day within it in UTC, the day the product shows
  // for a day-only date: the page's time is the more precise account of the same publication.
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "2020-08-25T14:05:00Z",
    "2020-08-25T00:00:00Z",
    "2020-08-25T23:59:59Z",
  })
  void aPageTimeOnTheEntrysDayIsPreferred(String pageTime) {
    Publication p = of(entry(DAY, true, null, false), page(Instant.parse(pageTime), false));
    assertThat(p).isEqualTo(new Publication(Instant.parse(pageTime), false));
  }

  // A page time on another UTC day would show another day than the entry's: a CMS's local midnight
  // (00:00 on the 25th at UTC+02:00 is the 24th in UTC) or a next-day modification time is not
  // the entry's day stated more precisely, so the entry's correct day is kept.
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "2020-08-27T10:00:00Z",
    "2020-08-24T09:00:00Z",
    "2020-08-26T12:00:00Z",
    "2020-08-24T22:00:00Z", // 00:00 on the 25th at UTC+02:00
    "2020-08-26T04:30:00Z", // 23:30 on the 25th at UTC-05:00
    "2020-08-26T11:00:00Z", // a modification the next day
  })
  void aPageTimeOnAnotherDayLeavesTheEntrysDay(String pageTime) {
    Publication p = of(entry(DAY, true, null, false), page(Instant.parse(pageTime), false));
    assertThat(p).isEqualTo(new Publication(DAY, true));
  }

  @Test
  void aPageThatGivesADayToo() {
    assertThat(of(entry(DAY, true, null, false), page(Instant.parse("2020-08-24T00:00:00Z"), true)))
        .isEqualTo(new Publication(DAY, true));
    assertThat(of(entry(DAY, true, null, false), page(null, false))).isEqualTo(new Publication(DAY, true));
  }

  @Test
  void anEntryTimeOfDayIsKept() {
    Instant entryTime = Instant.parse("2020-08-25T09:00:00Z");
    assertThat(of(entry(entryTime, false, null, false), page(Instant.parse("2020-08-25T14:05:00Z"), false)))
        .isEqualTo(new Publication(entryTime, false));
  }

  @Test
  void withoutAnEntryDateThePageDates() {
    assertThat(of(entry(null, false, null, false), page(DAY, true))).isEqualTo(new Publication(DAY, true));
    Instant t = Instant.parse("2020-08-25T14:05:00Z");
    assertThat(of(entry(null, false, DAY, true), page(t, false))).isEqualTo(new Publication(t, false));
  }

  @Test
  void theLastUpdateDatesWhenNothingElseDoesAndKeepsItsPrecision() {
    assertThat(of(entry(null, false, DAY, true), page(null, false))).isEqualTo(new Publication(DAY, true));
    Instant t = Instant.parse("2020-08-25T10:00:00Z");
    assertThat(of(entry(null, false, t, false), page(null, false))).isEqualTo(new Publication(t, false));
  }

  @Test
  void nothingKnown() {
    assertThat(of(entry(null, false, null, false), page(null, false))).isEqualTo(Publication.NONE);
  }
}
