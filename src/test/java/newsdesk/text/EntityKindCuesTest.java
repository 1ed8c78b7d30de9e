package newsdesk.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Types, fragments and generic words seen on the demo's story pages (2026-11-30, branch
 * {@code enttype}), one test per defect, each on sentences written for it (no demo or bench text).
 */
class EntityKindCuesTest {
  private static EntityReadings read;

  @BeforeAll
  static void load() {
    read = new EntityReadings(new EntityExtractor());
  }

  @Test
  void aLoneSurnameAfterAPersonNounAndNamedIsAPerson() {
    // "a student named X said": a speaker with no full name in the text is still a person.
    assertThat(read.all("A retired teacher named Varga said the school had been closed for years."))
        .extracting(Entity::name, Entity::type).contains(tuple("Varga", EntityType.PERSON));
    // "named" alone is no cue: an award or a thing may be named too.
    assertThat(read.all("The ship was named Endeavour after the old one."))
        .extracting(Entity::name, Entity::type).doesNotContain(tuple("Endeavour", EntityType.PERSON));
  }

  @Test
  void aLoneNameThatWhoFollowsIsAPerson() {
    assertThat(read.all("Brodsky, who chairs the panel, said the vote would be delayed."))
        .extracting(Entity::name, Entity::type).contains(tuple("Brodsky", EntityType.PERSON));
    // After a preposition the relative clause mostly belongs to a name before: the outlet stays one.
    assertThat(read.all("The storm rarely reaches the islands, according to Kestrel who reported it first."))
        .extracting(Entity::name, Entity::type).contains(tuple("Kestrel", EntityType.ORGANIZATION));
  }

  @Test
  void aNameAfterANounOfAnOrganisationKindIsAnOrganisation() {
    assertThat(read.all("The rock band Velvet Thunder played in Leeds. Velvet Thunder drummer Kai Rowe said the tour was over."))
        .extracting(Entity::name, Entity::type)
        .contains(tuple("Velvet Thunder", EntityType.ORGANIZATION), tuple("Kai Rowe", EntityType.PERSON));
  }

  @Test
  void aNameBeforeARoleThatAnotherHoldsIsNoPerson() {
    assertThat(read.all("Iron Sparrow drummer Lena Ortiz left the tour on Monday."))
        .extracting(Entity::name, Entity::type)
        .contains(tuple("Iron Sparrow", EntityType.ORGANIZATION), tuple("Lena Ortiz", EntityType.PERSON));
  }

  @Test
  void twoWordsAfterTheWithoutACueAreNoPerson() {
    assertThat(read.all("Fans of the Silver Lanterns, still touring, filled the hall."))
        .extracting(Entity::name, Entity::type).contains(tuple("Silver Lanterns", EntityType.ORGANIZATION));
    // A lower-case word after the name may be what it qualifies: "the Nadia Petrova film" names a person.
    assertThat(read.all("Critics praised the Nadia Petrova film at the festival."))
        .extracting(Entity::name, Entity::type).contains(tuple("Nadia Petrova", EntityType.PERSON));
  }

  @Test
  void aNameAfterANounOfAPlaceKindIsAPlace() {
    assertThat(read.all("Riots broke out in the regional capital Volzhsk on Friday. Officials in the province of Dravenia "
        + "closed the border."))
        .extracting(Entity::name, Entity::type)
        .contains(tuple("Volzhsk", EntityType.LOCATION), tuple("Dravenia", EntityType.LOCATION));
  }

  @Test
  void clinicsAndSportsDesksAreOrganisations() {
    assertThat(read.all("He was treated at the Brenner Clinic for a month. Speaking to ITV Sport, the captain thanked the fans."))
        .extracting(Entity::name, Entity::type)
        .contains(tuple("Brenner Clinic", EntityType.ORGANIZATION), tuple("ITV Sport", EntityType.ORGANIZATION));
  }

  @Test
  void capitalsAndRegionsOfTheGazetteerArePlaces() {
    assertThat(read.all("Belgrade's mayor resigned. Karnataka's government and Tbilisi's council sent aid."))
        .extracting(Entity::name, Entity::type)
        .contains(tuple("Belgrade", EntityType.LOCATION), tuple("Karnataka", EntityType.LOCATION),
            tuple("Tbilisi", EntityType.LOCATION));
  }

  @Test
  void toAfterAWordOfComparisonPutsNoPlaceAfterIt() {
    assertThat(read.all("The new app is similar to Flitter and costs nothing."))
        .extracting(Entity::name, Entity::type).contains(tuple("Flitter", EntityType.ORGANIZATION));
    assertThat(read.all("The team flew to Quorvik on Monday."))
        .extracting(Entity::name, Entity::type).contains(tuple("Quorvik", EntityType.LOCATION));
  }

  @Test
  void aPlacePrepositionNowAndThenAmongManyMentionsMakesNoPlace() {
    assertThat(read.all("Zentrix is a puzzle game. Zentrix sold a million copies, and Zentrix players love it. Zentrix was "
        + "updated last week, and the new levels in Zentrix are hard."))
        .extracting(Entity::name, Entity::type).contains(tuple("Zentrix", EntityType.ORGANIZATION));
    assertThat(read.all("Riots spread in Quorvik on Monday. Quorvik's mayor asked for calm."))
        .extracting(Entity::name, Entity::type).contains(tuple("Quorvik", EntityType.LOCATION));
  }

  @Test
  void anHonourBeforeANameIsATitleAndAloneIsNotShown() {
    List<Entity> entities = read.shown("The town mourned Padma Shri Ravi Kolhatkar, a poet. He had received the Padma "
        + "Bhushan in 2010, and Tan Sri Lim Hock Seng sent a letter.");
    assertThat(entities).extracting(Entity::name, Entity::type)
        .contains(tuple("Ravi Kolhatkar", EntityType.PERSON), tuple("Lim Hock Seng", EntityType.PERSON));
    assertThat(entities).extracting(Entity::name)
        .doesNotContain("Padma Shri Ravi Kolhatkar", "Padma Bhushan", "Tan Sri Lim Hock Seng");
  }

  @Test
  void aNameSpelledOutBeforeOrAfterItsAcronymKeepsItsFirstWord() {
    // "All" is no name alone, but it is the "A" of the acronym in brackets.
    assertThat(read.all("She signed with AEW (All Elite Wrestling) in May.")).extracting(Entity::name, Entity::type)
        .contains(tuple("All Elite Wrestling", EntityType.ORGANIZATION)).extracting(t -> t.toList().get(0))
        .doesNotContain("Elite Wrestling");
    assertThat(read.all("He joined The Open Rivers Trust (TORT) last year.")).extracting(Entity::name)
        .contains("The Open Rivers Trust").doesNotContain("Open Rivers Trust");
  }

  @Test
  void degreesAndPhrasesOfAbstractNounsAreNotShown() {
    assertThat(read.shownNames("She earned her PhD in Leeds and an MBA in Turin, then taught Project Management and "
        + "Continuous Integration at a college in Graz."))
        .contains("Leeds", "Turin", "Graz")
        .doesNotContain("PhD", "MBA", "Project Management", "Continuous Integration");
    // A cue that makes an organisation keeps it shown: a company is named so too.
    assertThat(read.shownNames("The company Echo Investment built the tower.")).contains("Echo Investment");
  }

  @Test
  void aPrepositionOpeningASentenceIsNoPartOfAName() {
    assertThat(read.shownNames("Unlike Moravec, the rival team stayed home. Though Halvorsen won, nobody cheered. "
        + "She has worked for Doctors Without Borders since 2011."))
        .contains("Moravec", "Halvorsen", "Doctors Without Borders")
        .doesNotContain("Unlike Moravec", "Though Halvorsen", "Borders");
  }

  @Test
  void aPartysAdjectiveIsNoPartOfAPersonsName() {
    assertThat(read.all("The bill was backed by Republican Dale Okonkwo and opposed by the Liberal Party."))
        .extracting(Entity::name, Entity::type)
        .contains(tuple("Dale Okonkwo", EntityType.PERSON), tuple("Liberal Party", EntityType.ORGANIZATION));
  }

  @Test
  void aPersonsNameWithACommonWordIsSplitFromAWellKnownPlaceAfterOf() {
    assertThat(read.all("The motion came from Senator Grace Holloway of Vermont and Rose Brightwater of Ohio."))
        .extracting(Entity::name, Entity::type)
        .contains(tuple("Grace Holloway", EntityType.PERSON), tuple("Rose Brightwater", EntityType.PERSON),
            tuple("Vermont", EntityType.LOCATION), tuple("Ohio", EntityType.LOCATION));
    // One common word, or only common words, before "of" make one name with the place.
    assertThat(read.all("Tourists visited the Tower of London and the Great Fire of London memorial."))
        .extracting(Entity::name).contains("Tower of London");
  }

  @Test
  void aPersonsNameAfterToOrAPossessiveAfterAPrepositionIsNoPlace() {
    assertThat(read.all("The senator lost her seat to Darnell Okafor in 2018. Critics were moved by scenes in Ilse Varga's "
        + "documentary."))
        .extracting(Entity::name, Entity::type)
        .contains(tuple("Darnell Okafor", EntityType.PERSON), tuple("Ilse Varga", EntityType.PERSON));
    // A name holding a common word after "to" is still put as a place.
    assertThat(read.all("The family moved to Windsor Flats last year."))
        .extracting(Entity::name, Entity::type).contains(tuple("Windsor Flats", EntityType.LOCATION));
  }

  @Test
  void theTypographicApostropheMakesAPossessiveLikeTheTypewriterOne() {
    assertThat(read.shownNames("Zimbabwe\u2019s parliament met on Monday. An aide said Beto O\u2019Rourke and Beto "
        + "O'Rourke are the same man."))
        .contains("Zimbabwe", "Beto O'Rourke")
        .doesNotContain("Zimbabwe\u2019s", "Beto O\u2019Rourke");
  }

  @Test
  void wordsShoutedInCapitalsAreNoNames() {
    assertThat(read.shownNames("\"I WON THIS RACE, BY A LOT!\" the driver wrote. Voters prefer the CENTRE, she said. "
        + "The UNITED STATES team and the BBC agreed."))
        .doesNotContain("WON", "LOT", "RACE", "CENTRE")
        .contains("BBC");
  }
}
