package newsdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EntityExtractorTest {
  private static EntityExtractor extractor;

  @BeforeAll
  static void load() {
    extractor = new EntityExtractor();
  }

  @Test
  void findsPeopleOrganisationsAndPlacesFromCues() {
    List<Entity> entities = extractor.extract(
        "Wladimir Klitschko stopped Tony Thompson in Bern on Saturday. "
            + "Klitschko said the fight was hard. The World Boxing Association confirmed the result, "
            + "and Mayor Alexander Tschäppät thanked the fans at Stade de Suisse.");
    assertThat(entities).extracting(Entity::name, Entity::type).contains(
        org.assertj.core.groups.Tuple.tuple("Wladimir Klitschko", EntityType.PERSON),
        org.assertj.core.groups.Tuple.tuple("Tony Thompson", EntityType.PERSON),
        org.assertj.core.groups.Tuple.tuple("Bern", EntityType.LOCATION),
        org.assertj.core.groups.Tuple.tuple("World Boxing Association", EntityType.ORGANIZATION),
        org.assertj.core.groups.Tuple.tuple("Alexander Tschäppät", EntityType.PERSON));
    Entity klitschko = entities.stream().filter(e -> e.name().equals("Wladimir Klitschko")).findFirst().orElseThrow();
    assertThat(klitschko.mentions()).isEqualTo(2);
    assertThat(entities).extracting(Entity::name).doesNotContain("Klitschko", "Saturday", "The", "Mayor");
  }

  @Test
  void newOpensAPlaceNameInsideASentenceButNotAtItsStart() {
    List<Entity> entities = extractor.extract(
        "The governor of New York met officials from New Zealand on Monday. New rules take effect in Ohio.");
    assertThat(entities).extracting(Entity::name).contains("New York", "New Zealand").doesNotContain("York", "Zealand");
    assertThat(entities).extracting(Entity::name).noneMatch(n -> n.startsWith("New rules"));
  }

  @Test
  void aWellKnownPlaceIsSplitOffTheNameItOpensAndTypedAsAPlace() {
    List<Entity> entities = extractor.extract(
        "Senator from Vermont Bernie Sanders spoke on Tuesday. Later United States Joe Biden answered. "
            + "Voters in North Dakota and in the United States were polled by the New York Police Department.");
    assertThat(entities).extracting(Entity::name, Entity::type).contains(
        org.assertj.core.groups.Tuple.tuple("Bernie Sanders", EntityType.PERSON),
        org.assertj.core.groups.Tuple.tuple("Joe Biden", EntityType.PERSON),
        org.assertj.core.groups.Tuple.tuple("Vermont", EntityType.LOCATION),
        org.assertj.core.groups.Tuple.tuple("United States", EntityType.LOCATION),
        org.assertj.core.groups.Tuple.tuple("North Dakota", EntityType.LOCATION),
        org.assertj.core.groups.Tuple.tuple("New York Police Department", EntityType.ORGANIZATION));
    assertThat(entities).extracting(Entity::name)
        .doesNotContain("Vermont Bernie Sanders", "United States Joe Biden", "New York", "Police Department");
  }

  @Test
  void aClubNamedAfterItsCityStaysOneOrganisation() {
    List<Entity> entities = extractor.extract(
        "The Boston Red Sox beat the Texas Rangers on Friday. Fans in Boston celebrated.");
    assertThat(entities).extracting(Entity::name, Entity::type).contains(
        org.assertj.core.groups.Tuple.tuple("Boston Red Sox", EntityType.ORGANIZATION),
        org.assertj.core.groups.Tuple.tuple("Texas Rangers", EntityType.ORGANIZATION),
        org.assertj.core.groups.Tuple.tuple("Boston", EntityType.LOCATION));
    assertThat(entities).extracting(Entity::name).doesNotContain("Red Sox");
  }

  @Test
  void aPlaceThatIsAlsoAGivenNameStaysPartOfThePersonsName() {
    List<Entity> entities = extractor.extract(
        "Chad Michael Murray starred in the film. Murray said he loved it. "
            + "The Texas Rangers won in Texas, and Michael Jordan watched. Jordan said little.");
    assertThat(entities).extracting(Entity::name).contains("Chad Michael Murray", "Texas Rangers", "Texas", "Michael Jordan")
        .doesNotContain("Chad", "Michael Murray", "Jordan");
  }

  @Test
  void emptyOrLowerCaseTextHasNoEntities() {
    assertThat(extractor.extract("")).isEmpty();
    assertThat(extractor.extract("nothing here is named, only plain words in lower case.")).isEmpty();
  }

  @Test
  void isDeterministic() {
    String text = "Apple Inc. opened a store in Paris, France, said Tim Cook.";
    assertThat(extractor.extract(text)).isEqualTo(extractor.extract(text));
  }
}
