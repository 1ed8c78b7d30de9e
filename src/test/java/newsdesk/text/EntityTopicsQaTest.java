package newsdesk.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Wrong entity types QA found on the topics pages (own wording of each case), one test per defect. */
class EntityTopicsQaTest {
  private static EntityExtractor extractor;

  @BeforeAll
  static void load() {
    extractor = new EntityExtractor();
  }

  private static List<Entity> shown(String text) {
    return extractor.extract(text).stream().filter(extractor::worthShowing).toList();
  }

  private static List<String> shownNames(String text) {
    return shown(text).stream().map(Entity::name).toList();
  }

  @Test
  void nationalityAdjectivesAndDemonymsAreNotShown() {
    List<String> names = shownNames("British and Chinese officials met American and Russian diplomats in Geneva on Monday. "
        + "Iranian state television said the talks failed. German doctors treated the patient, and Russians and Americans "
        + "followed the news. The French ambassador, Anne Dubois, said little.");
    assertThat(names).doesNotContain("British", "Chinese", "American", "Russian", "Iranian", "German", "Russians",
        "Americans", "French");
    assertThat(names).contains("Geneva", "Anne Dubois");
  }

  @Test
  void diseasesVirusesChemicalsAndGodAreNotShownAsOrganisations() {
    List<Entity> entities = shown("COVID-19 cases rose again. The disease is caused by SARS-CoV-2, officials said. "
        + "Doctors in Berlin found the nerve agent Novichok in his blood. \"Thank God he is alive,\" his wife said. "
        + "Cases of Middle East Respiratory Syndrome and of H5N1 were reported in Maine.");
    assertThat(entities).extracting(Entity::name)
        .doesNotContain("COVID-19", "SARS-CoV-2", "Novichok", "God", "Middle East Respiratory Syndrome", "H5N1");
    assertThat(entities).extracting(Entity::name, Entity::type).contains(tuple("Berlin", EntityType.LOCATION));
  }

  @Test
  void theSovietUnionIsAPlace() {
    assertThat(shown("The agent was developed in the Soviet Union in the 1970s. The Soviet Union collapsed in 1991."))
        .extracting(Entity::name, Entity::type).contains(tuple("Soviet Union", EntityType.LOCATION));
  }

  @Test
  void americaIsTheUnitedStates() {
    List<Entity> entities = shown("America imposed new sanctions on Tuesday. The United States said more would follow. "
        + "Trade with Latin America was not affected.");
    assertThat(entities).extracting(Entity::name).doesNotContain("America").contains("United States", "Latin America");
    Entity us = entities.stream().filter(e -> e.name().equals("United States")).findFirst().orElseThrow();
    assertThat(us.type()).isEqualTo(EntityType.LOCATION);
    assertThat(us.mentions()).as("America and United States are one entity").isEqualTo(2);
  }

  @Test
  void anInstitutionForOneFieldAndAnotherStaysOneName() {
    assertThat(shown("The Centre for Volcanology and Geological Hazard Mitigation raised the alert on Sunday."))
        .extracting(Entity::name, Entity::type)
        .containsExactly(tuple("Centre for Volcanology and Geological Hazard Mitigation", EntityType.ORGANIZATION));
  }
}
