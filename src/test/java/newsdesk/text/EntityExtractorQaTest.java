package newsdesk.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The defects QA found on plain news text (own wording of each case), one test per defect. */
class EntityExtractorQaTest {
  private static EntityExtractor extractor;

  @BeforeAll
  static void load() {
    extractor = new EntityExtractor();
  }

  private static List<Entity> shown(String text, String language) {
    return extractor.extract(text, language).stream().filter(extractor::worthShowing).toList();
  }

  @Test
  void aCountryThatIsAlsoACommonWordIsFoundEveryTimeAndShown() {
    List<Entity> entities = shown("Quake rattles southern Peru and Chile\n"
        + "A strong earthquake hit southern Chile on Monday, officials said. Chile's civil defence agency reported "
        + "minor damage. Chile lies on a boundary between two plates. Turkey and China sent messages of support.", "eng");
    assertThat(EntityExtractorTest.named(entities, EntityType.LOCATION)).contains("Chile", "Turkey", "China");
    Entity chile = entities.stream().filter(e -> e.name().equals("Chile")).findFirst().orElseThrow();
    assertThat(chile.mentions()).as("headline, inside a sentence, possessive and sentence-initial").isEqualTo(4);
    assertThat(entities.getFirst().name()).isEqualTo("Chile");
  }

  @Test
  void worthShowingKeepsPlacesThatAreCommonWordsAndDropsStorms() {
    for (String place : List.of("Chile", "Turkey", "China", "Jordan")) {
      assertThat(extractor.worthShowing(new Entity(place, EntityType.LOCATION, 1))).as(place).isTrue();
    }
    assertThat(extractor.worthShowing(new Entity("Officials", EntityType.ORGANIZATION, 1))).isFalse();
    assertThat(extractor.worthShowing(new Entity("Winners", EntityType.ORGANIZATION, 1))).isFalse();
    assertThat(extractor.worthShowing(new Entity("Tropical Storm Karen", EntityType.PERSON, 1))).isFalse();
  }

  @Test
  void aNameWithAnEditorsBracketOrAWikiPrefixIsNotShown() {
    List<Entity> entities = shown("Voters are tired of the old parties. Australian[s] can not see themselves in "
        + "either camp, the candidate said.\n\nFile:Maria Lopez Garcia (cropped).jpg\n\n"
        + "On Monday the mayor named Maria Lopez Garcia to the board.", "eng");
    assertThat(entities).extracting(Entity::name).noneMatch(n -> n.contains("[") || n.contains("]") || n.contains(":"))
        .contains("Maria Lopez Garcia");
    assertThat(extractor.worthShowing(new Entity("C++", EntityType.ORGANIZATION, 1))).as("a name's own marks stay").isTrue();
  }

  @Test
  void aContractionWithATypographicApostropheIsNoName() {
    List<Entity> entities = shown("The senator spoke in Denver on Friday. \u201cIt is clear, so I\u2019m going to end "
        + "my campaign,\u201d she said, and added that I\u2019ve and I\u2019d were words she used often when I\u2019ll was not.", "eng");
    assertThat(entities).extracting(Entity::name).contains("Denver")
        .noneMatch(n -> n.startsWith("I\u2019") || n.startsWith("I'"));
  }

  @Test
  void aCommonWordInCapitalsForEmphasisIsNotShownButAcronymsAre() {
    for (String shouted : List.of("RIGHT", "LEFT", "ZERO")) {
      assertThat(extractor.worthShowing(new Entity(shouted, EntityType.ORGANIZATION, 1))).as(shouted).isFalse();
    }
    for (String acronym : List.of("NASA", "NATO", "BBC", "WHO", "PET", "UNICEF")) {
      assertThat(extractor.worthShowing(new Entity(acronym, EntityType.ORGANIZATION, 1))).as(acronym).isTrue();
    }
    assertThat(shown("Voters can not see themselves in either the LEFT or the RIGHT camp, the candidate "
        + "told the BBC in Melbourne.", "eng")).extracting(Entity::name).contains("BBC", "Melbourne")
        .doesNotContain("LEFT", "RIGHT");
  }

  @Test
  void aRoleTitleBeforeAPersonsNameIsNoPartOfIt() {
    List<Entity> entities = shown("On Tuesday, Congresswoman Mary Vandersloot praised the plan. Former National Security "
        + "Adviser Peter Okonkwo disagreed, and Senators Laura Fitzwilliam and Omar Haddad stayed silent. The seat fell "
        + "vacant after Liberal MP Graham Pettigrew resigned.", "eng");
    assertThat(entities).extracting(Entity::name)
        .contains("Mary Vandersloot", "Peter Okonkwo", "Laura Fitzwilliam", "Graham Pettigrew")
        .noneMatch(n -> n.startsWith("Congresswoman") || n.contains("Adviser") || n.startsWith("Senators") || n.contains(" MP "))
        .doesNotContain("National Security", "Security");
  }

  @Test
  void aPronounAtASentenceStartIsNoWellKnownPlace() {
    assertThat(extractor.extract("Us against them, he said in the square.", "eng")).extracting(Entity::name)
        .doesNotContain("United States", "Us");
  }

  @Test
  void aNationalSurveyIsOneOrganisation() {
    assertThat(extractor.extract("The tremor was recorded by the U.S. Geological Survey at noon. "
        + "Earlier the United States Geological Survey had warned of aftershocks.", "eng"))
        .extracting(Entity::name, Entity::type).contains(
            tuple("U.S. Geological Survey", EntityType.ORGANIZATION),
            tuple("United States Geological Survey", EntityType.ORGANIZATION))
        .extracting(t -> t.toList().get(0)).doesNotContain("Geological Survey");
  }

  @Test
  void sentenceInitialPluralsOfCommonWordsAreNotShown() {
    List<Entity> entities = shown("Rain fell for days in the valley.\nFloodwaters reached the town hall on Friday. "
        + "Forecasters warned of more storms. Firefighters rescued two people.", "eng");
    assertThat(new NameWords(EntityCues.load()).isCommonPlural("Brewers")).as("brew + er").isTrue();
    assertThat(extractor.worthShowing(new Entity("Brewers", EntityType.ORGANIZATION, 1))).as("a club").isTrue();
    assertThat(extractor.worthShowing(new Entity("Forecasters", EntityType.PERSON, 1))).as("typed by a cue").isTrue();
    assertThat(entities).extracting(Entity::name).doesNotContain("Floodwaters", "Forecasters", "Firefighters");
  }

  @Test
  void aPersonOfATownIsThePersonAndThePlace() {
    assertThat(extractor.extract("\"We lost everything,\" said Mary Collins of Brookfield, whose home was flooded.", "eng"))
        .extracting(Entity::name, Entity::type)
        .contains(tuple("Mary Collins", EntityType.PERSON), tuple("Brookfield", EntityType.LOCATION))
        .extracting(t -> t.toList().get(0)).doesNotContain("Mary Collins of Brookfield");
  }

  @Test
  void aCafeOrHotelIsABusiness() {
    assertThat(extractor.extract("The fire started in Café Anaïs, on the corner. Guests of Hotel Miramar were moved.", "eng"))
        .extracting(Entity::name, Entity::type)
        .contains(tuple("Café Anaïs", EntityType.ORGANIZATION), tuple("Hotel Miramar", EntityType.ORGANIZATION));
  }

  @Test
  void aRegionNamedByDirectionAndCountryIsAPlace() {
    assertThat(extractor.extract("Heavy snow fell across Central Spain and Northern Greece on Tuesday.", "eng"))
        .extracting(Entity::name, Entity::type)
        .contains(tuple("Central Spain", EntityType.LOCATION), tuple("Northern Greece", EntityType.LOCATION));
  }

  @Test
  void twoFieldsJoinedByAndInsideAnInstitutionsNameStayOneName() {
    List<Entity> entities = extractor.extract("The National Aeronautics and Space Administration said the launch "
        + "was delayed. Scientists at the Institute of Geophysics and Volcanology agreed. "
        + "The University of Toronto and Stanford University took part.", "eng");
    assertThat(EntityExtractorTest.named(entities, EntityType.ORGANIZATION)).contains(
        "National Aeronautics and Space Administration", "Institute of Geophysics and Volcanology", "Stanford University");
    assertThat(entities).extracting(Entity::name)
        .doesNotContain("National Aeronautics", "Space Administration", "Volcanology", "Institute of Geophysics");
  }

  @Test
  void anIslandTerritoryIsAPlace() {
    assertThat(extractor.extract("The storm passed west of Bermuda. Bermuda closed its schools.", "eng"))
        .extracting(Entity::name, Entity::type).contains(tuple("Bermuda", EntityType.LOCATION));
  }

  @Test
  void aStormIsExtractedButNotShown() {
    String text = "Hurricane Lorenzo strengthened on Sunday, the National Hurricane Center said.";
    assertThat(extractor.extract(text, "eng")).extracting(Entity::name).anyMatch(n -> n.startsWith("Hurricane Lorenzo"));
    assertThat(shown(text, "eng")).extracting(Entity::name, Entity::type)
        .containsExactly(tuple("National Hurricane Center", EntityType.ORGANIZATION));
  }

  @Test
  void frenchTextGetsNamesInsideSentencesAndKnownPlacesAtTheirStart() {
    List<Entity> entities = extractor.extract("Un incendie a touché un entrepôt de Vénissieux, près de Lyon, dans la nuit. "
        + "Selon les pompiers, personne n'a été blessé. Le maire de Vénissieux, Michèle Picard, s'est rendue sur place. "
        + "À Genève, la police enquête. Lyon accueillera la réunion.", "fra");
    assertThat(EntityExtractorTest.named(entities, EntityType.LOCATION)).contains("Lyon", "Genève");
    assertThat(EntityExtractorTest.named(entities, EntityType.PERSON)).contains("Michèle Picard");
    assertThat(entities).extracting(Entity::name).contains("Vénissieux")
        .doesNotContain("Un", "Selon", "Le", "À Genève", "À");
  }

  @Test
  void germanTextGetsOnlyWellKnownPlaces() {
    List<Entity> entities = extractor.extract("Ein Feuer hat in der Nacht in Hamburg eine Lagerhalle zerstört. "
        + "Die Feuerwehr war mit vielen Kräften im Einsatz. Auch in München und Wien brannte es am Sonntag.", "deu");
    assertThat(entities).extracting(Entity::name, Entity::type).containsExactlyInAnyOrder(
        tuple("Hamburg", EntityType.LOCATION), tuple("München", EntityType.LOCATION), tuple("Wien", EntityType.LOCATION));
  }

  @Test
  void anotherLanguageGetsNoEntitiesAndEnglishIsTheDefault() {
    assertThat(extractor.extract("Пожар в Москве потушен.", "rus")).isEmpty();
    String text = "Maria Santos visited Lisbon on Monday.";
    assertThat(extractor.extract(text)).isEqualTo(extractor.extract(text, "eng")).isEqualTo(extractor.extract(text, "und"));
  }
  /**
   * Multi-outlet QA: an institution named "X Authority of Y" or "Y Society of Z" that speaks ("...
   * said") was a person, since its head word is not its last word; a head word before "of" heads
   * the whole name.
   */
  @Test
  void anInstitutionWhoseHeadWordOpensItsDomainIsAnOrganisationEvenWhenItSpeaks() {
    List<Entity> entities = shown("Drone trial approved\nThe Civil Aviation Authority of Norland said the drones must stay "
        + "below 120 metres. The Norland Society of Civil Engineers said budgets had fallen. A spokesman for the "
        + "Civil Aviation Authority of Norland said more trials would follow.", "eng");
    assertThat(EntityExtractorTest.named(entities, EntityType.ORGANIZATION))
        .contains("Civil Aviation Authority of Norland", "Norland Society of Civil Engineers");
    assertThat(EntityExtractorTest.named(entities, EntityType.PERSON)).isEmpty();
  }

  /**
   * Multi-outlet QA: an unknown town named "Port X" was a person when one mention had no place
   * preposition ("the Port Aldery bridge") to outweigh the two-word default; a place's first word
   * (port, fort, lake, cape) says place. A company ending in "Logistics" is an organisation.
   */
  @Test
  void aPlaceOpeningWithAPlaceWordIsAPlaceAndALogisticsCompanyAnOrganisation() {
    List<Entity> entities = shown("Checks ordered after Port Aldery collapse\nInspectors will start with bridges like "
        + "the one in Port Aldery. A report had flagged corrosion on the Port Aldery bridge. The drones are operated "
        + "by the start-up Skylark Logistics, whose chief executive spoke on Sunday.", "eng");
    assertThat(EntityExtractorTest.named(entities, EntityType.LOCATION)).contains("Port Aldery");
    assertThat(EntityExtractorTest.named(entities, EntityType.ORGANIZATION)).contains("Skylark Logistics");
    assertThat(EntityExtractorTest.named(entities, EntityType.PERSON)).isEmpty();
  }
}
