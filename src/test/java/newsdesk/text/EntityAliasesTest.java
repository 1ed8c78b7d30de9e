package newsdesk.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EntityAliasesTest {
  private final EntityAliases aliases = EntityAliases.load();

  @Test
  void everyFormOfAWellKnownEntityHasItsCanonicalName() {
    for (String form : new String[] {"US", "U.S.", "U.S", "USA", "U.S.A.", "United States", "united  states of america"}) {
      assertThat(aliases.canonical(form)).as(form).isEqualTo("United States");
    }
    assertThat(aliases.canonical("Britain")).isEqualTo("United Kingdom");
    assertThat(aliases.canonical("U.K.")).isEqualTo("United Kingdom");
    assertThat(aliases.canonical("U.N.")).isEqualTo("United Nations");
    assertThat(aliases.canonical("EU")).isEqualTo("European Union");
    assertThat(aliases.typeOf("UN")).isEqualTo(EntityType.ORGANIZATION);
    assertThat(aliases.typeOf("usa")).isEqualTo(EntityType.LOCATION);
  }

  @Test
  void otherNamesStayAsTheyAreAndOnlyWholeNamesMatch() {
    assertThat(aliases.canonical("Kenya")).isEqualTo("Kenya");
    assertThat(aliases.canonical("U.S. House of Representatives")).isEqualTo("U.S. House of Representatives");
    assertThat(aliases.namesOf("Kenya")).containsExactly("Kenya");
    assertThat(aliases.typeOf("America")).isNull();
  }

  @Test
  void namesOfListsTheCanonicalNameFirstThenEveryAlias() {
    assertThat(aliases.namesOf("u.s.")).startsWith("United States").contains("US", "U.S.", "USA", "U.S.A.");
  }

  @Test
  void aMalformedLineAnUnknownTypeOrAFormGivenTwiceIsRefusedWithItsLine() {
    assertThatThrownBy(() -> EntityAliases.parse("# c\nLOCATION United States", "t.txt"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("t.txt line 2");
    assertThatThrownBy(() -> EntityAliases.parse("PLACE: Kenya = KE", "t.txt"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown type PLACE");
    assertThatThrownBy(() -> EntityAliases.parse("LOCATION: A = X\nLOCATION: B = x.", "t.txt"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2").hasMessageContaining("A");
  }

  @Test
  void aFormListedInCapitalsMatchesWrittenTextOnlyInCapitals() {
    assertThat(aliases.isWrittenForm("US")).isTrue();
    assertThat(aliases.isWrittenForm("U.S.")).isTrue();
    assertThat(aliases.isWrittenForm("Us")).isFalse();
    assertThat(aliases.isWrittenForm("Britain")).isTrue();
    assertThat(aliases.isWrittenForm("united states")).isTrue();
    assertThat(aliases.isWrittenForm("Kenya")).isFalse();
    assertThat(aliases.canonical("us")).as("search stays lenient").isEqualTo("United States");
  }
}
