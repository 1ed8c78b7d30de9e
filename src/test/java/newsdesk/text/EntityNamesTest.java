package newsdesk.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityNamesTest {
  @Test
  void anInitialismOfAtMostThreeCapitalsIsCaseSignificant() {
    for (String name : List.of("US", "U.S.", "U.S", "U.S.A.", "USA", "WHO", "BBC", "G7", "X")) {
      assertThat(EntityNames.isCaseSignificant(name)).as(name).isTrue();
    }
    for (String name : List.of("Us", "us", "Who", "NATO", "Nato", "COVID", "UNITED STATES", "Barack Obama", "iPhone",
        "McDonald's", "BBC News", "Путин")) {
      assertThat(EntityNames.isCaseSignificant(name)).as(name).isFalse();
    }
  }

  @Test
  void onlyTheFormsWithLowercaseLettersMatchInAnyCase() {
    EntityNames names = new EntityNames(List.of("United States", "US", "U.S", "United States of America"));
    assertThat(names.caseless()).containsExactly("United States", "United States of America");
    assertThat(new EntityNames(List.of("WHO")).caseless()).isEmpty();
    assertThat(new EntityNames(List.of("NASA")).caseless()).containsExactly("NASA");
  }

  @Test
  void noFormsABlankFormOrOneTwiceIsRefused() {
    assertThatThrownBy(() -> new EntityNames(List.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("forms");
    assertThatThrownBy(() -> new EntityNames(List.of("US", " "))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
    assertThatThrownBy(() -> new EntityNames(List.of("US", "US"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("distinct");
    assertThatThrownBy(() -> new EntityNames(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("forms");
  }
}
