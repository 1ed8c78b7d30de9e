package newsdesk.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fragments and wrong types QA found on a storm's story page and on {@code /entities} (own wording
 * of each case, no sentence of the demo corpus), one test per defect.
 */
class EntityFragmentsTest {
  private static EntityExtractor extractor;

  @BeforeAll
  static void load() {
    extractor = new EntityExtractor();
  }

  private static List<Entity> shown(String text) {
    return extractor.extract(text).stream().filter(extractor::worthShowing).toList();
  }

  @Test
  void anInstitutionsNameWithAndStaysWholeAlsoAsAPossessive() {
    String text = "Data from one of the National Oceanic and Atmospheric Administration's research aircraft "
        + "showed stronger winds. Later the Food and Drug Administration's panel met in Maryland.";
    List<Entity> all = extractor.extract(text);
    assertThat(all).extracting(Entity::name, Entity::type).contains(
        tuple("National Oceanic and Atmospheric Administration", EntityType.ORGANIZATION),
        tuple("Food and Drug Administration", EntityType.ORGANIZATION));
    assertThat(all).extracting(Entity::name)
        .doesNotContain("National Oceanic", "Atmospheric Administration", "Food", "Drug Administration");
  }

  @Test
  void demonymsOfSmallerCountriesAreNotShown() {
    List<String> names = shown("Once the storm moved on, the Bahamian government lifted its warnings. Fijian and Tongan "
        + "officials met Samoan diplomats in Suva, and Bermudians stocked up on water.").stream().map(Entity::name).toList();
    assertThat(names).doesNotContain("Bahamian", "Fijian", "Tongan", "Samoan", "Bermudians").contains("Suva");
  }

  @Test
  void oceansArePlacesAlsoByTheirOneWordNames() {
    List<Entity> entities = shown("It was the eighth named storm of the 2019 Atlantic hurricane season. Forecasters expect "
        + "it to stay over the Atlantic. Ships in the Pacific and the Indian Ocean were warned.");
    assertThat(entities).extracting(Entity::name, Entity::type).contains(
        tuple("Atlantic", EntityType.LOCATION), tuple("Pacific", EntityType.LOCATION), tuple("Indian Ocean", EntityType.LOCATION));
    // Listed with "~": never split off the front of a longer name.
    assertThat(shown("Casinos in Atlantic City closed early, and Pacific Gas and Electric Company cut power."))
        .extracting(Entity::name).contains("Atlantic City", "Pacific Gas and Electric Company").doesNotContain("Atlantic", "Pacific");
  }

  @Test
  void aNameBeforeALowerCaseWordForAKindOfThingIsNotShown() {
    String text = "The senator died of Powassan virus, a rare infection. Powassan cases are rising in Maine. "
        + "On the Saffir–Simpson scale the storm is a category 3 hurricane. Lyme disease spreads the same way.";
    List<Entity> entities = shown(text);
    assertThat(entities).extracting(Entity::name).doesNotContain("Powassan", "Saffir–Simpson", "Lyme").contains("Maine");
    assertThat(extractor.extract(text)).as("still clustering features").extracting(Entity::name)
        .contains("Powassan virus", "Saffir–Simpson scale", "Lyme disease");
  }

  @Test
  void aWellKnownPlaceBeforeSuchAWordStaysShown() {
    assertThat(shown("China reported new cases. Critics called it the China virus. Iran's virus cases rose too."))
        .extracting(Entity::name, Entity::type).contains(tuple("China", EntityType.LOCATION), tuple("Iran", EntityType.LOCATION));
  }

  @Test
  void anInstitutionIsOneEntityWithOrWithoutItsCountryInFront() {
    List<String> countryFirst = List.of("The United States House of Representatives voted on Monday.",
        "The U.S. House of Representatives voted on Monday.", "The US House of Representatives voted on Monday.");
    for (String text : countryFirst) {
      assertThat(shown(text)).as(text).extracting(Entity::name, Entity::type).containsExactlyInAnyOrder(
          tuple("House of Representatives", EntityType.ORGANIZATION), tuple("United States", EntityType.LOCATION));
    }
    assertThat(shown("The House of Representatives voted on Monday.")).extracting(Entity::name)
        .containsExactly("House of Representatives");
    assertThat(shown("The UK House of Commons and the U.S. Department of Justice disagreed.")).extracting(Entity::name)
        .contains("House of Commons", "Department of Justice", "United Kingdom", "United States");
  }

  @Test
  void aStateADemonymOrAnotherKindOfInstitutionStaysInTheName() {
    assertThat(shown("The Michigan House of Representatives and the Libyan House of Representatives met. "
        + "Data came from the U.S. Geological Survey.")).extracting(Entity::name)
        .contains("Michigan House of Representatives", "Libyan House of Representatives", "U.S. Geological Survey")
        .doesNotContain("House of Representatives", "Geological Survey");
  }
}
