package newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** A page's own publication date says whether it gave a time of day. */
class PublishedPrecisionExtractTest {
  private final DensityArticleExtractor extractor = new DensityArticleExtractor();

  private Article extract(String url, String head) {
    String html = "<html><head>" + head + "</head><body><p>Body.</p></body></html>";
    return extractor.extract(new Page(URI.create(url), html.getBytes(StandardCharsets.UTF_8), null));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2020-08-25", "2020-08-25T00:00", "2020-08-25T00:00:00Z", "2020-08-25T14:05:00+02:00"})
  void isDayOnlyOnlyWithoutATimeOfDay(String value) {
    assertThat(DateParser.parse(value)).isNotNull();
    assertThat(DateParser.isDayOnly(value)).isEqualTo(value.equals("2020-08-25"));
  }

  // A day with a zone is a day: midnight UTC of the day written (as the feed path reads it, FeedDates).
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2020-08-25+02:00", "2020-08-25-05:00", "2020-08-25+0200", "2020-08-25Z"})
  void aDayWithAZoneIsDayOnly(String value) {
    assertThat(DateParser.parse(value)).isEqualTo(Instant.parse("2020-08-25T00:00:00Z"));
    assertThat(DateParser.isDayOnly(value)).isTrue();
  }

  // ISO 8601's reduced precision: an hour without minutes is a time of day.
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "2020-08-25T14Z       | 2020-08-25T14:00:00Z",
    "2020-08-25T14        | 2020-08-25T14:00:00Z",
    "2020-08-25T14+02:00  | 2020-08-25T12:00:00Z",
  })
  void anHourWithoutMinutesIsATimeOfDay(String value, String expected) {
    assertThat(DateParser.parse(value)).isEqualTo(Instant.parse(expected));
    assertThat(DateParser.isDayOnly(value)).isFalse();
  }

  @Test
  void anUnreadableDateIsNotDayOnly() {
    assertThat(DateParser.isDayOnly("soon")).isFalse();
    assertThat(DateParser.isDayOnly(null)).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "<meta property='article:published_time' content='2020-08-25'>                      | true  | 2020-08-25T00:00:00Z",
    "<meta property='article:published_time' content='2020-08-25T00:00:00Z'>            | false | 2020-08-25T00:00:00Z",
    "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":\"2020-08-25\"}</script> | true  | 2020-08-25T00:00:00Z",
    "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":\"2020-08-25T09:00Z\"}</script> | false | 2020-08-25T09:00:00Z",
    "<meta property='article:published_time' content='2020-08-25+02:00'>                | true  | 2020-08-25T00:00:00Z",
    "<meta property='article:published_time' content='2020-08-25T14Z'>                  | false | 2020-08-25T14:00:00Z",
    "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":\"2020-08-25-05:00\"}</script> | true  | 2020-08-25T00:00:00Z",
    "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":\"2020-08-25T14Z\"}</script> | false | 2020-08-25T14:00:00Z",
  })
  void theMetadataDateKeepsItsPrecision(String head, boolean dayOnly, String published) {
    Article a = extract("https://news.example/story", head);
    assertThat(a.published()).isEqualTo(Instant.parse(published));
    assertThat(a.publishedDayOnly()).isEqualTo(dayOnly);
  }

  @Test
  void aDateInTheAddressIsADay() {
    Article a = extract("https://news.example/2020/08/25/story", "");
    assertThat(a.published()).isEqualTo(Instant.parse("2020-08-25T00:00:00Z"));
    assertThat(a.publishedDayOnly()).isTrue();
  }

  @Test
  void anUndatedPageIsNotDayOnly() {
    Article a = extract("https://news.example/story", "");
    assertThat(a.published()).isNull();
    assertThat(a.publishedDayOnly()).isFalse();
  }
}
