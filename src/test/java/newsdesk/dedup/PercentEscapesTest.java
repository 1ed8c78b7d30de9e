package newsdesk.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentEscapesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      /%7euser      | /~user
      /%2fx         | /%2Fx
      caf%c3%a9     | caf%C3%A9
      %41%2D%5F%2E  | A-_.
      plain         | plain
      100%          | 100%
      """)
  void decodesUnreservedAndUpperCasesTheRest(String raw, String normal) {
    assertThat(PercentEscapes.normalize(raw)).isEqualTo(normal);
  }
}
