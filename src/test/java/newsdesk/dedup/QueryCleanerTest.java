package newsdesk.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryCleanerTest {
  private final QueryCleaner cleaner = new QueryCleaner(TrackingParameters.bundled());

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
      NULL                       | ''
      ''                         | ''
      utm_source=rss&id=7        | id=7
      b=2&a=1&c=3                | a=1&b=2&c=3
      page=2&page=1              | page=1&page=2
      a=1&&b=2                   | a=1&b=2
      q=caf%c3%a9                | q=caf%C3%A9
      x=%7e                      | x=~
      fbclid=IwAR0abc            | ''
      """)
  void dropsTrackingAndSortsTheRest(String raw, String expected) {
    assertThat(cleaner.clean(raw)).isEqualTo(expected);
  }
}
