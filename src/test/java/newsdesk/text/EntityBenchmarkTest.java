package newsdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Guards the measured entity quality on the hand-annotated Wikinews sample (figures and command in
 * docs/benchmarks/stories.md); the bounds sit a little under the measured values.
 */
class EntityBenchmarkTest {
  @Test
  void annotatedSampleKeepsItsPrecisionAndRecall() throws Exception {
    var in = EntityBenchmarkTest.class.getResourceAsStream("/newsdesk/text/entities-sample.jsonl");
    assertThat(in).as("test resource entities-sample.jsonl").isNotNull();
    List<String> details = new ArrayList<>();
    EntityBenchmark.Score score;
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      score = EntityBenchmark.score(reader, new EntityExtractor(), details::add);
    }
    assertThat(score.annotated()).isEqualTo(82);
    assertThat(score.precision()).as("precision; %s", details).isGreaterThanOrEqualTo(0.93);
    assertThat(score.recall()).as("recall; %s", details).isGreaterThanOrEqualTo(0.95);
    assertThat(score.typedPrecision()).as("typed precision; %s", details).isGreaterThanOrEqualTo(0.92);
    assertThat(score.typedRecall()).as("typed recall; %s", details).isGreaterThanOrEqualTo(0.94);
  }

  @Test
  void aCanonicalNameMatchesAnAnnotationThatNamesTheEntityByAnotherForm() {
    String line = "{\"id\":\"t\",\"text\":\"US troops left Kabul on Monday.\","
        + "\"entities\":[{\"name\":\"US\",\"type\":\"LOCATION\"},{\"name\":\"Kabul\",\"type\":\"LOCATION\"}]}";
    List<String> details = new ArrayList<>();
    EntityBenchmark.Score score = EntityBenchmark.score(new BufferedReader(new java.io.StringReader(line)), new EntityExtractor(), details::add);
    assertThat(score.matched()).as("%s", details).isEqualTo(2);
    assertThat(score.found()).as("%s", details).isEqualTo(2);
    assertThat(score.typedMatched()).as("%s", details).isEqualTo(2);
  }
}
