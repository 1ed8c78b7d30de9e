package newsdesk.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FeedDatesTest {
  private final FeedDates dates = new FeedDates();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "Tue, 03 Jun 2003 09:39:21 GMT          | 2003-06-03T09:39:21Z",
    "Tue, 03 Jun 2003 09:39:21 +0200        | 2003-06-03T07:39:21Z",
    "Wed, 10 Feb 2021 22:46:00 EST          | 2021-02-11T03:46:00Z",
    "3 Jun 03 09:39 PDT                     | 2003-06-03T16:39:00Z",
    "2003-12-31T10:14:55.1234Z              | 2003-12-31T10:14:55Z",
    "2003-12-31T10:14:55-08:00              | 2003-12-31T18:14:55Z",
    "2003-12-31                             | 2003-12-31T00:00:00Z",
    "2004-07-08 23:56:58 -00:20             | 2004-07-09T00:16:58Z",
    "20031231T101455Z                       | 2003-12-31T10:14:55Z",
    "Sun Jan  4 16:29:06 2004               | 2004-01-04T16:29:06Z",
    "Fri, 31 Mar 2023 20:19:00 America/Los_Angeles | 2023-04-01T03:19:00Z",
    "mer., 09 avr. 2018 00:00:00 +0200      | 2018-04-08T22:00:00Z",
    "Thu, June 22, 2023 at 01:11 PM EDT     | 2023-06-22T17:11:00Z",
    "09/15/2014 4:20 pm PST                 | 2014-09-16T00:20:00Z",
    "1520932969                             | 2018-03-13T09:22:49Z",
    "Mon, 20 Jul 2009 10:37:27 +0200 CEST   | 2009-07-20T08:37:27Z",
    "Tuesday, 10-Jun-03 04:00:00 GMT        | 2003-06-10T04:00:00Z",
    "Sunday, May 19, 2002 3:21 PM           | 2002-05-19T15:21:00Z",
    "Wed Dec 12 2012 10:00:00 GMT-0800 (PST) | 2012-12-12T18:00:00Z",
  })
  void parsesForms(String input, String expected) {
    assertThat(dates.parse(input)).isEqualTo(Instant.parse(expected));
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"", "   ", "invalid", "Sun, 16 zzz 2012 11:47:32 GMT", "2003-12-31T25:14:55Z",
      "2003-12-31T10:61:55Z", "Sun, 99 Jun 2009 12:00:00 GMT", "9999-12-31T23:59:59-99:99", "2013-xx-27",
      "Sun, 16 Dec 2012 1:2:3:4 GMT"})
  void rejectsWhatItDoesNotFullyUnderstand(String input) {
    assertThat(dates.parse(input)).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Tue, 03 Jun 2003 09:39:21 GMT", "2003-12-31T10:14:55Z"})
  void isDeterministic(String input) {
    assertThat(dates.parse(input)).isEqualTo(dates.parse(input));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "2020-08-25                 | 2020-08-25T00:00:00Z",
    "Tue, 25 Aug 2020           | 2020-08-25T00:00:00Z",
    "25 Aug 2020                | 2020-08-25T00:00:00Z",
    "August 25, 2020            | 2020-08-25T00:00:00Z",
    "20200825                   | 2020-08-25T00:00:00Z",
    "2020238                    | 2020-08-25T00:00:00Z",
    "2020-08                    | 2020-08-01T00:00:00Z",
    "08/25/2020                 | 2020-08-25T00:00:00Z",
    "mar., 25 août 2020         | 2020-08-25T00:00:00Z",
  })
  void aDateWithoutATimeOfDayIsDayOnly(String input, String expected) {
    assertThat(dates.parse(input)).isEqualTo(Instant.parse(expected));
    assertThat(dates.isDayOnly(input)).as(input).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Tue, 25 Aug 2020 00:00:00 GMT", "2020-08-25T00:00:00Z", "2020-08-25T14:05+02:00",
      "2020-08-25 00:00", "20200825T000000Z", "Tue, 25 Aug 2020 2:05 PM", "1598313600", "Sun Jan  4 16:29:06 2004"})
  void aDateWithATimeOfDayIsNotDayOnly(String input) {
    assertThat(dates.parse(input)).as(input).isNotNull();
    assertThat(dates.isDayOnly(input)).as(input).isFalse();
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"", "invalid", "Sun, 99 Jun 2009", "2013-xx-27"})
  void whatItDoesNotUnderstandIsNotDayOnly(String input) {
    assertThat(dates.isDayOnly(input)).isFalse();
  }

  // A day with a zone is still a day: the zone says whose calendar, not a time of day. Its instant
  // is midnight UTC of the day written, as for every day-only date, so every reader shows that day
  // (midnight at +02:00 would be 22:00 UTC the day before, shown as the wrong day).
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "2020-08-25+02:00           | 2020-08-25T00:00:00Z",
    "2020-08-25-05:00           | 2020-08-25T00:00:00Z",
    "2020-08-25+0200            | 2020-08-25T00:00:00Z",
    "2020-08-25 +02:00          | 2020-08-25T00:00:00Z",
    "2020-08-25Z                | 2020-08-25T00:00:00Z",
    "20200825+0200              | 2020-08-25T00:00:00Z",
    "2020년 8월 25일             | 2020-08-25T00:00:00Z",
    "25 Aug 2020 CEST           | 2020-08-25T00:00:00Z",
    "Tue, 25 Aug 2020 BST       | 2020-08-25T00:00:00Z",
    "25 August 2020 Europe/Paris | 2020-08-25T00:00:00Z",
    "2020-08-25 IST             | 2020-08-25T00:00:00Z",
  })
  void aDayWithAZoneIsTheDayItNames(String input, String expected) {
    assertThat(dates.parse(input)).as(input).isEqualTo(Instant.parse(expected));
    assertThat(dates.isDayOnly(input)).as(input).isTrue();
  }

  // ISO 8601's reduced precision: an hour without minutes is a time of day.
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "2020-08-25T14Z             | 2020-08-25T14:00:00Z",
    "2020-08-25T14              | 2020-08-25T14:00:00Z",
    "2020-08-25T14+02:00        | 2020-08-25T12:00:00Z",
    "2020-08-25T14-0500         | 2020-08-25T19:00:00Z",
  })
  void anHourWithoutMinutesIsATimeOfDay(String input, String expected) {
    assertThat(dates.parse(input)).as(input).isEqualTo(Instant.parse(expected));
    assertThat(dates.isDayOnly(input)).as(input).isFalse();
  }
}
