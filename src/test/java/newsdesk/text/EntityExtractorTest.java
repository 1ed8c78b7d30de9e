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

  /** The names of the {@code entities} of {@code type}, in order. */
  static List<String> named(List<Entity> entities, EntityType type) {
    return entities.stream().filter(e -> e.type() == type).map(Entity::name).toList();
  }

  @Test
  void findsPeopleOrganisationsAndPlacesFromCues() {
    List<Entity> entities = extractor.extract(
        "Wladimir Klitschko stopped Tony Thompson in Bern on Saturday. "
            + "Klitschko said the fight was hard. The World Boxing Association confirmed the result, "
            + "and Mayor Alexander Tschäppät thanked the fans at Stade de Suisse.");
    assertThat(named(entities, EntityType.PERSON)).contains(
        "Wladimir Klitschko", "Tony Thompson", "Alexander Tschäppät");
    assertThat(named(entities, EntityType.LOCATION)).contains("Bern");
    assertThat(named(entities, EntityType.ORGANIZATION)).contains("World Boxing Association");
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
    assertThat(named(entities, EntityType.PERSON)).contains("Bernie Sanders", "Joe Biden");
    assertThat(named(entities, EntityType.LOCATION)).contains("Vermont", "United States", "North Dakota");
    assertThat(named(entities, EntityType.ORGANIZATION)).contains("New York Police Department");
    assertThat(entities).extracting(Entity::name)
        .doesNotContain("Vermont Bernie Sanders", "United States Joe Biden", "New York", "Police Department");
  }

  @Test
  void aClubNamedAfterItsCityStaysOneOrganisation() {
    List<Entity> entities = extractor.extract(
        "The Boston Red Sox beat the Texas Rangers on Friday. Fans in Boston celebrated.");
    assertThat(named(entities, EntityType.ORGANIZATION)).contains("Boston Red Sox", "Texas Rangers");
    assertThat(named(entities, EntityType.LOCATION)).contains("Boston");
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
  void aWordTheTextWritesInLowerCaseIsNoNameWhereItIsCapitalised() {
    List<Entity> entities = extractor.extract(
        "Stampede at parade injures dozens\nDuring the parade in Kerman a stampede broke out. The runner "
            + "Kipchoge was unhurt. She posted the news on Twitter and later thanked her fans on Twitter.");
    assertThat(entities).extracting(Entity::name)
        .doesNotContain("Stampede", "During", "Stampede at", "Dozens")
        .contains("Kerman", "Kipchoge");
    assertThat(named(entities, EntityType.ORGANIZATION)).contains("Twitter");
  }

  @Test
  void speakerLabelsTimeZonesUnitsAndMoneyAreNoEntities() {
    List<Entity> entities = extractor.extract(
        "((WN)) What did you see that morning?\n((WN)) And after that?\n"
            + "The quake struck at 7:49 a.m. UTC, 40 KM from Manila, and aftershocks followed. "
            + "Damage reached US$300 million, officials said.");
    assertThat(entities).extracting(Entity::name)
        .doesNotContain("WN", "UTC", "KM", "US$300", "US$")
        .contains("Manila");
  }

  @Test
  void aTitlesPhraseNamesNoOneAndNoNameStartsWithOf() {
    List<Entity> entities = extractor.extract(
        "Adil Abdul-Mahdi, the acting Prime Minister of Iraq, spoke out. The Supreme Leader of Iran ordered mourning. "
            + "Former Vice President Joe Biden won. The CEO of Massey Energy resigned.");
    assertThat(entities).extracting(Entity::name)
        .noneMatch(n -> n.startsWith("of ") || n.startsWith("Of "))
        .doesNotContain("Prime", "Vice", "Supreme", "Energy", "Former");
    assertThat(named(entities, EntityType.LOCATION)).contains("Iraq", "Iran");
    assertThat(named(entities, EntityType.PERSON)).contains("Joe Biden");
  }

  @Test
  void aNameOfAWellKnownPlaceIsTwoEntitiesButAnInstitutionStaysWhole() {
    List<Entity> entities = extractor.extract(
        "Yesterday, Amina Odhiambo of Kenya won the race in Berlin. The Bank of England and the "
            + "Islamic Republic of Iran did not comment.");
    assertThat(named(entities, EntityType.PERSON)).contains("Amina Odhiambo");
    assertThat(named(entities, EntityType.LOCATION)).contains("Kenya");
    assertThat(named(entities, EntityType.ORGANIZATION)).contains("Bank of England");
    assertThat(entities).extracting(Entity::name).contains("Islamic Republic of Iran").doesNotContain("Amina Odhiambo of Kenya");
  }

  @Test
  void aCommonNounGluedInFrontOfANameIsNoPartOfIt() {
    List<Entity> entities = extractor.extract(
        "Teammate Jonas Okafor finished second. Human Rights Watch criticised the race organisers.");
    assertThat(entities).extracting(Entity::name).contains("Jonas Okafor", "Human Rights Watch")
        .doesNotContain("Teammate Jonas Okafor", "Rights Watch");
  }

  @Test
  void organisationHeadWordsTypeTheirNames() {
    List<Entity> entities = extractor.extract(
        "Business Insider reported that the U.S. Embassy in Baghdad was attacked. Tom & Jerry Studios "
            + "sponsored the Boston Marathon, and the Institute for Health Metrics and Evaluation counted runners.");
    assertThat(named(entities, EntityType.ORGANIZATION)).contains(
        "Business Insider", "U.S. Embassy", "Tom & Jerry Studios", "Boston Marathon", "Institute for Health Metrics and Evaluation");
  }

  @Test
  void oneEntityPerNameWhateverItsCapitalisationOrMiddleName() {
    List<Entity> entities = extractor.extract(
        "Leon van Biljon runs the lodge. Van Biljon said the lion was calm. Richard Kenneth Guy wrote books; "
            + "colleagues said Richard Guy loved puzzles.");
    assertThat(entities).extracting(Entity::name).contains("Leon van Biljon", "Richard Kenneth Guy")
        .doesNotContain("Van Biljon", "Richard Guy");
    assertThat(entities.stream().filter(e -> e.name().equals("Leon van Biljon")).findFirst().orElseThrow().mentions())
        .isEqualTo(2);
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

  @Test
  void aLoneCommonWordIsKeptForClusteringButNotShownAsAName() {
    assertThat(extractor.worthShowing(new Entity("Winner", EntityType.ORGANIZATION, 1))).isFalse();
    assertThat(extractor.worthShowing(new Entity("Martyrdom", EntityType.ORGANIZATION, 2))).isFalse();
    assertThat(extractor.worthShowing(new Entity("Kosgei", EntityType.PERSON, 1))).isTrue();
    assertThat(extractor.worthShowing(new Entity("Brigid Kosgei", EntityType.PERSON, 1))).isTrue();
    assertThat(extractor.worthShowing(new Entity("Chicago Marathon", EntityType.ORGANIZATION, 1))).isTrue();
    assertThat(extractor.worthShowing(new Entity("NASA", EntityType.ORGANIZATION, 1))).as("an acronym").isTrue();
  }

  @Test
  void everyFormOfAWellKnownEntityIsOneEntityUnderItsCanonicalName() {
    List<Entity> entities = extractor.extract(
        "The United States and the UK asked the U.N. for a vote. US officials said the U.S. would not wait, "
            + "and Britain agreed. The USA left the room. The European Union and the EU envoy said nothing.");
    assertThat(entities).extracting(Entity::name)
        .contains("United States", "United Kingdom", "United Nations", "European Union")
        .doesNotContain("US", "U.S.", "USA", "UK", "Britain", "U.N.", "EU");
    assertThat(entities).filteredOn(e -> e.name().equals("United States")).singleElement()
        .satisfies(e -> assertThat(e.mentions()).isEqualTo(4))
        .extracting(Entity::type).isEqualTo(EntityType.LOCATION);
    assertThat(entities).filteredOn(e -> e.name().equals("United Nations")).singleElement()
        .extracting(Entity::type).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void aWordThatOnlyLooksLikeAnAliasInLowerCaseStaysItself() {
    List<Entity> entities = extractor.extract("Critics praised the film Us by Jordan Peele in Toronto.");
    assertThat(entities).extracting(Entity::name).doesNotContain("United States");
  }

  @Test
  void aLongerNameThatHoldsAnAliasKeepsItsOwnName() {
    List<Entity> entities = extractor.extract("The U.S. Geological Survey measured the quake on Tuesday.");
    assertThat(entities).extracting(Entity::name).contains("U.S. Geological Survey").doesNotContain("United States");
  }

  @Test
  void aSurnameOrTitleAndSurnameLaterInTheTextIsTheFullNamesEntity() {
    List<Entity> entities = extractor.extract(
        "John Smith won the race in Leeds. Mr. Smith said he was tired. Later, Smith went home.");
    assertThat(entities).extracting(Entity::name).contains("John Smith").doesNotContain("Smith", "Mr. Smith");
    assertThat(entities).filteredOn(e -> e.name().equals("John Smith")).singleElement()
        .satisfies(e -> assertThat(e.mentions()).isEqualTo(3))
        .extracting(Entity::type).isEqualTo(EntityType.PERSON);
  }

  @Test
  void namesJoinedByArabicParticlesArePeople() {
    List<Entity> entities = extractor.extract(
        "A drone strike near Baghdad killed Qassem Soleimani and Abu Mahdi al-Muhandis on Friday. "
            + "Crown Prince Mohammed bin Salman of Saudi Arabia called Abdullah ibn Ahmed. "
            + "The talks with Hamza bin Laden ended.");
    assertThat(named(entities, EntityType.PERSON)).contains(
        "Qassem Soleimani", "Abu Mahdi al-Muhandis", "Mohammed bin Salman", "Abdullah ibn Ahmed", "Hamza bin Laden");
    assertThat(named(entities, EntityType.LOCATION)).contains("Saudi Arabia");
  }

  @Test
  void aParticleNameStillTakesAPlaceOrOrganisationCue() {
    List<Entity> entities = extractor.extract(
        "Tourists returned to Sharm el-Sheikh last week. The attack was claimed by Al-Qaeda. "
            + "Staff of the Mohammed bin Rashid University protested.");
    assertThat(named(entities, EntityType.LOCATION)).contains("Sharm el-Sheikh");
    assertThat(named(entities, EntityType.ORGANIZATION)).contains("Al-Qaeda", "Mohammed bin Rashid University");
  }

  @Test
  void aBuildingThatStandsForAnInstitutionIsAnOrganisation() {
    List<Entity> entities = extractor.extract(
        "The White House said on Monday that talks would go on. The Kremlin denied it, the Pentagon "
            + "declined to comment and Downing Street said nothing. Officials at the Elysee were silent.");
    assertThat(named(entities, EntityType.ORGANIZATION)).contains(
        "White House", "Kremlin", "Pentagon", "Downing Street", "Elysee");
  }

  @Test
  void aRoomOrBuildingWhereThingsHappenIsAPlaceWhateverItsHeadWord() {
    List<Entity> entities = extractor.extract(
        "The president spoke from the Oval Office on Monday. Aides met in the Situation Room and the "
            + "Cabinet Room, then walked to the Rose Garden and the West Wing. Later he flew to Camp David. "
            + "Tourists queued at the Sistine Chapel.");
    assertThat(named(entities, EntityType.LOCATION)).contains(
        "Oval Office", "Situation Room", "Cabinet Room", "Rose Garden", "West Wing", "Camp David", "Sistine Chapel");
  }

  @Test
  void theOvalOfficeIsAPlaceEvenBesideASpeechVerbWhileTheForeignOfficeStaysAnOrganisation() {
    List<Entity> entities = extractor.extract(
        "Aides said the Oval Office was being redecorated. The Foreign Office said nothing. "
            + "Buckingham Palace said the King was well.");
    assertThat(named(entities, EntityType.LOCATION)).contains("Oval Office");
    assertThat(named(entities, EntityType.ORGANIZATION)).contains("Foreign Office", "Buckingham Palace");
  }
}
