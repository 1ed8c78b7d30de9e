package newsdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameConjunctionsTest {
  private final NameConjunctions conjunctions = new NameConjunctions(new NameWords(EntityCues.load()));

  /** Whether the "and" in {@code run} continues the name that starts the run. */
  private boolean joins(String run) {
    String[] tokens = run.split(" ");
    return conjunctions.joinsWithAnd(tokens, 0, java.util.Arrays.asList(tokens).indexOf("and"));
  }

  @Test
  void anOrganisationOfFieldsIsOneName() {
    assertThat(joins("Department of Health and Human Services")).isTrue();
    assertThat(joins("Institute of Geophysics and Volcanology")).isTrue();
  }

  @Test
  void twoNamesOfTheirOwnAreSeparated() {
    assertThat(joins("University of Washington and Stanford University")).isFalse();
    assertThat(joins("Germany and France")).isFalse();
  }

  @Test
  void onlyAConjunctionCanJoin() {
    String[] tokens = "Department of Health or Human Services".split(" ");
    assertThat(conjunctions.joinsWithAnd(tokens, 0, 3)).isFalse();
  }
}
