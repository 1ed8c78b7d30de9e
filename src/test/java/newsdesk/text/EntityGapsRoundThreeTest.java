package newsdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Named-entity gaps left by {@link EntityGapsRoundTwoTest} (2026-11-30, branch {@code entities3}):
 * a person "of" an institution without a head word, an outlet after "told", initials cut from
 * their last stop, and a common first word taken off a headed name. One test per family, on
 * sentences written for it (invented names; the outlets are listed ones of {@code outlets.txt}).
 */
class EntityGapsRoundThreeTest {
  private static EntityReadings read;

  @BeforeAll
  static void load() {
    read = new EntityReadings(new EntityExtractor());
  }

  @Test
  void aPersonOfAnInstitutionIsTwoNames() {
    String text = "\"It is a puzzle,\" said Marta Oldfield of Brennick Research in Norland. "
        + "Tomas Keller of Harwell University said so too.";
    assertThat(read.allNames(text)).contains("Marta Oldfield", "Brennick Research", "Tomas Keller", "Harwell University")
        .doesNotContain("Marta Oldfield of Brennick Research", "Tomas Keller of Harwell University");
    assertThat(read.typeOf(text, "Marta Oldfield")).isEqualTo(EntityType.PERSON);
    assertThat(read.typeOf(text, "Brennick Research")).isEqualTo(EntityType.ORGANIZATION);
    // An institution's own "X of Y" stays one name.
    assertThat(read.allNames("The Bank of England raised rates. The University of Texas said so."))
        .contains("Bank of England", "University of Texas");
  }

  @Test
  void aListedOutletAfterToldIsNoPerson() {
    String text = "\"It is odd,\" she told Scientific American on Monday. Brill told Popular Mechanics the same.";
    assertThat(read.typeOf(text, "Scientific American")).isEqualTo(EntityType.ORGANIZATION);
    assertThat(read.typeOf(text, "Popular Mechanics")).isEqualTo(EntityType.ORGANIZATION);
    // An outlet's head word says so already; a person told stays a person.
    String others = "He told Norland Gazette reporters that it was over. She told Will Brandt about it.";
    assertThat(read.typeOf(others, "Norland Gazette")).isEqualTo(EntityType.ORGANIZATION);
    assertThat(read.typeOf(others, "Will Brandt")).isEqualTo(EntityType.PERSON);
  }

  @Test
  void initialsKeepTheirLastStopInsideAName() {
    String text = "The letter was signed by C.L. Varnholt, a lawyer in Norland.";
    assertThat(read.allNames(text)).contains("C.L. Varnholt").doesNotContain("C.L", "Varnholt");
    assertThat(read.typeOf(text, "C.L. Varnholt")).isEqualTo(EntityType.PERSON);
  }

  @Test
  void aCommonFirstWordBeforeAHeadWordStaysInTheName() {
    String text = "The Executive Branch objected. Reading Station was closed on Monday.";
    assertThat(read.allNames(text)).contains("Executive Branch", "Reading Station").doesNotContain("Branch", "Station");
    assertThat(read.typeOf(text, "Executive Branch")).isEqualTo(EntityType.ORGANIZATION);
    // A participle opening a sentence before a person's name is still no part of it, nor a preposition before a head word.
    String others = "Born Tomas Keller in Norland, he left early. Manning Street was closed. Following Police reports, Brill left.";
    assertThat(read.allNames(others)).contains("Tomas Keller", "Manning Street")
        .doesNotContain("Born Tomas Keller", "Street", "Following Police");
  }
}
