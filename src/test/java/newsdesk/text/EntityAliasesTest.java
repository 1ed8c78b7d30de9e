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
    assertThat(aliases.typeOf("Latin America")).as("a continent's region is no form of the United States").isNull();
    assertThat(aliases.canonical("Bank of America")).isEqualTo("Bank of America");
    assertThat(aliases.canonical("America")).as("alone, America is the United States in news").isEqualTo("United States");
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
    assertThat(aliases.canonical("us")).as("canonical ignores case; the extractor and search ask isWrittenForm first").isEqualTo("United States");
  }

  @Test
  void aSearchLooksForEveryFormOfAWellKnownEntityWrittenInItsCapitals() {
    for (String asked : new String[] {"US", "U.S.", "U.S", "USA", "United States", "united  states"}) {
      assertThat(aliases.searchNames(asked).forms()).as(asked).startsWith("United States")
          .contains("US", "U.S.", "U.S", "USA", "U.S.A.", "U.S.A", "United States of America");
    }
    assertThat(aliases.searchNames("U.K").forms()).contains("United Kingdom", "UK", "U.K.", "U.K", "Britain");
    assertThat(aliases.searchNames("U.N").forms()).contains("United Nations", "UN", "U.N.", "U.N");
    assertThat(aliases.searchNames("E.U").forms()).contains("European Union", "EU", "E.U.", "E.U");
  }

  @Test
  void aSearchForAnyOtherNameLooksForThatNameAlone() {
    assertThat(aliases.searchNames("Us").forms()).containsExactly("Us");
    assertThat(aliases.searchNames("us").forms()).containsExactly("us");
    assertThat(aliases.searchNames(" Barack   Obama ").forms()).containsExactly("Barack Obama");
    assertThat(aliases.searchNames("U.S.A.A").forms()).containsExactly("U.S.A.A");
    assertThatThrownBy(() -> aliases.searchNames("  ")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("asked");
  }

  @Test
  void aFormWrittenWithFullStopsThatTheListLacksIsStillLookedForAsWritten() {
    EntityAliases dotted = EntityAliases.parse("LOCATION: United States = US", "t.txt");
    assertThat(dotted.searchNames("U.S").forms()).containsExactly("United States", "US", "U.S");
  }

  @Test
  void everyAbbreviationWithFullStopsIsListedWithoutItsLastOneToo() {
    // Search matches abbreviations exactly, so every spelling outlets use must be in the list.
    for (String form : aliases.allForms()) {
      if (EntityNames.isCaseSignificant(form) && form.endsWith(".")) {
        assertThat(aliases.allForms()).as(form).contains(form.substring(0, form.length() - 1), form.replace(".", ""));
      }
    }
  }
}
