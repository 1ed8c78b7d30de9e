package newsdesk.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Named-entity gaps left on the demo's story pages and {@code /entities} (2026-11-30, branch
 * {@code entgap}): titles without a name, sentence openers glued to a name, titles of works,
 * journals after "published in", groups named like states. One test per family, on sentences
 * written for it (no demo or bench text).
 */
class EntityGapsTest {
  private static EntityExtractor extractor;

  @BeforeAll
  static void load() {
    extractor = new EntityExtractor();
  }

  private static List<Entity> all(String text) {
    return extractor.extract(text);
  }

  private static List<String> allNames(String text) {
    return all(text).stream().map(Entity::name).toList();
  }

  private static List<String> shownNames(String text) {
    return all(text).stream().filter(extractor::worthShowing).map(Entity::name).toList();
  }

  private static boolean shown(String name, EntityType type) {
    return extractor.worthShowing(new Entity(name, type, 1));
  }

  @Test
  void aTitleWithoutANameIsNotShown() {
    String text = "Lawmakers said the Prime Minister's office had not replied. Two Vice Presidents resigned on Monday in Norland.";
    assertThat(shownNames(text)).doesNotContain("Prime Minister", "Vice Presidents").contains("Norland");
    assertThat(allNames(text)).contains("Prime Minister"); // still a clustering feature
    // The rule of the shown list alone: a title phrase names no one, with or without "of" a place.
    assertThat(shown("Prime Minister", EntityType.PERSON)).isFalse();
    assertThat(shown("Deputy Governors", EntityType.PERSON)).isFalse();
    assertThat(shown("Prime Ministers of Valdoria", EntityType.ORGANIZATION)).isFalse();
    // A title before a name, or a head word after one, is still shown.
    assertThat(shown("Governor Lena Voss", EntityType.PERSON)).isTrue();
    assertThat(shown("Court of Justice", EntityType.ORGANIZATION)).isTrue();
    assertThat(shown("Chief Keller", EntityType.PERSON)).isTrue();
  }

  @Test
  void aVerbOrPrepositionOpeningASentenceIsNoPartOfTheNameAfterIt() {
    String text = "Born Tomas Keller in a mining town, he later moved to Norland. "
        + "Raised Anna Brill in the valley, her grandmother taught music. "
        + "Under Valdorian law, the vote must be held in spring.";
    assertThat(allNames(text)).contains("Tomas Keller").doesNotContain("Born Tomas Keller", "Raised Anna Brill", "Under Valdorian");
    // A given name that is a common word stays part of the name at a sentence's start.
    assertThat(allNames("Will Harrow said the bridge would reopen. Bill Kestner agreed with him."))
        .contains("Will Harrow", "Bill Kestner");
  }

  @Test
  void theTitleOfAWorkIsNoPerson() {
    String text = "Her third album, Across The Silver Water, sold well. The novel Nothing But Time was praised by critics.";
    assertThat(shownNames(text)).doesNotContain("Across The Silver Water", "Nothing But Time");
    // People's names with particles or an institution after "of" are shown as before.
    assertThat(shown("Yves Le Clerc", EntityType.PERSON)).isTrue();
    assertThat(shown("Mara Quist of Doctors Without Borders", EntityType.PERSON)).isTrue();
    assertThat(shown("Democratic US", EntityType.PERSON)).isTrue(); // capitals: the US, not "us"
  }

  @Test
  void aJournalAfterPublishedInIsAnOrganisationNotAPlace() {
    String text = "The findings were published on Tuesday in Marine Letters. A second team published a study in Polar Ecology, "
        + "which was also published in the journal Frontier Genetics. The team met in Velmora.";
    assertThat(all(text)).extracting(Entity::name, Entity::type).contains(
        tuple("Marine Letters", EntityType.ORGANIZATION), tuple("Polar Ecology", EntityType.ORGANIZATION),
        tuple("Frontier Genetics", EntityType.ORGANIZATION), tuple("Velmora", EntityType.LOCATION));
    // A well-known place after "published in" stays a place.
    assertThat(all("The report was published in Kenya last week."))
        .extracting(Entity::name, Entity::type).contains(tuple("Kenya", EntityType.LOCATION));
  }

  @Test
  void aStateThatAMovementsAdjectiveOpensIsAnOrganisation() {
    String text = "Fighters of the Islamic State attacked a convoy in Syria. Analysts said the Islamic State had lost ground.";
    assertThat(all(text)).extracting(Entity::name, Entity::type)
        .contains(tuple("Islamic State", EntityType.ORGANIZATION), tuple("Syria", EntityType.LOCATION));
    // Without such an adjective a state is a place.
    assertThat(all("Floods hit towns across Norland State on Friday."))
        .extracting(Entity::name, Entity::type).contains(tuple("Norland State", EntityType.LOCATION));
  }
}
