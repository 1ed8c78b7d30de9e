package newsdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class JsonlDocumentsTest {
  @Test
  void aDateTimeWithoutOffsetKeepsItsTimeOfDayInUtc() {
    // It was cut to its day, so two articles hours apart looked simultaneous.
    assertThat(JsonlDocuments.parseDate("2020-01-01T15:30:00")).isEqualTo(Instant.parse("2020-01-01T15:30:00Z"));
    assertThat(JsonlDocuments.parseDate("2020-01-01 15:30:00")).isEqualTo(Instant.parse("2020-01-01T15:30:00Z"));
  }

  @Test
  void theOtherFormsStayAsTheyWere() {
    assertThat(JsonlDocuments.parseDate("2020-01-01T15:30:00Z")).isEqualTo(Instant.parse("2020-01-01T15:30:00Z"));
    assertThat(JsonlDocuments.parseDate("2020-01-01T15:30:00+02:00")).isEqualTo(Instant.parse("2020-01-01T13:30:00Z"));
    assertThat(JsonlDocuments.parseDate("2020-01-01")).isEqualTo(Instant.parse("2020-01-01T00:00:00Z"));
    assertThat(JsonlDocuments.parseDate("yesterday")).isNull();
  }
}
