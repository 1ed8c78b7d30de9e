package newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ShingleScoreTest {
  @Test
  void identicalTextsScoreOne() {
    ShingleScore s = new ShingleScore();
    s.add("one two three four five", "one two three four five");
    assertThat(s.f1()).isEqualTo(1.0);
  }

  @Test
  void extraTextCostsPrecisionOnly() {
    ShingleScore s = new ShingleScore();
    s.add("a b c d e", "a b c d e f g");
    // truth shingles: abcd, bcde; predicted: abcd, bcde, cdef, defg
    assertThat(s.precision()).isCloseTo(0.5, within(1e-9));
    assertThat(s.recall()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void emptyPredictionCostsRecallOnly() {
    ShingleScore s = new ShingleScore();
    s.add("a b c d e", "");
    s.add("x y z w", "x y z w");
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isCloseTo(0.5, within(1e-9));
  }
}
