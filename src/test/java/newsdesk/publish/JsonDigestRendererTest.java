package newsdesk.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonDigestRendererTest {
  @Test
  void writesTimesToTheSecondWithoutTheClocksFraction() throws Exception {
    String out = JsonDigestRenderer.mapper().writeValueAsString(Map.of("at", Instant.parse("2026-11-29T21:37:05.123456789Z")));

    assertThat(JsonDigestRenderer.mapper().readTree(out).get("at").asText()).isEqualTo("2026-11-29T21:37:05Z");
  }

  @Test
  void writesAWholeSecondAndTheEpochUnchanged() throws Exception {
    String out = JsonDigestRenderer.mapper().writeValueAsString(List.of(Instant.parse("2020-03-02T00:00:00Z"), Instant.EPOCH));

    assertThat(out).contains("\"2020-03-02T00:00:00Z\"", "\"1970-01-01T00:00:00Z\"");
  }

  @Test
  void readsBackWhatItWrites() throws Exception {
    var mapper = JsonDigestRenderer.mapper();
    Instant t = Instant.parse("2026-11-29T21:37:05.5Z");

    assertThat(mapper.readValue(mapper.writeValueAsString(t), Instant.class)).isEqualTo(Instant.parse("2026-11-29T21:37:05Z"));
  }
}
