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
}
