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
  private static EntityReadings read;

  @BeforeAll
  static void load() {
    read = new EntityReadings(new EntityExtractor());
  }

  @Test
  void aTitleWithoutANameIsNotShown() {
    String text = "Lawmakers said the Prime Minister's office had not replied. Two Vice Presidents resigned on Monday in Norland.";
    assertThat(read.shownNames(text)).doesNotContain("Prime Minister", "Vice Presidents").contains("Norland");
    assertThat(read.allNames(text)).contains("Prime Minister"); // still a clustering feature
    // The rule of the shown list alone: a title phrase names no one, with or without "of" a place.
    assertThat(read.shown("Prime Minister", EntityType.PERSON)).isFalse();
    assertThat(read.shown("Deputy Governors", EntityType.PERSON)).isFalse();
    assertThat(read.shown("Prime Ministers of Valdoria", EntityType.ORGANIZATION)).isFalse();
    // A title before a name, or a head word after one, is still shown.
    assertThat(read.shown("Governor Lena Voss", EntityType.PERSON)).isTrue();
    assertThat(read.shown("Court of Justice", EntityType.ORGANIZATION)).isTrue();
    assertThat(read.shown("Chief Keller", EntityType.PERSON)).isTrue();
  }

  @Test
  void aVerbOrPrepositionOpeningASentenceIsNoPartOfTheNameAfterIt() {
    String text = "Born Tomas Keller in a mining town, he later moved to Norland. "
        + "Raised Anna Brill in the valley, her grandmother taught music. "
        + "Under Valdorian law, the vote must be held in spring.";
    assertThat(read.allNames(text)).contains("Tomas Keller").doesNotContain("Born Tomas Keller", "Raised Anna Brill", "Under Valdorian");
    // A given name that is a common word stays part of the name at a sentence's start.
    assertThat(read.allNames("Will Harrow said the bridge would reopen. Bill Kestner agreed with him."))
        .contains("Will Harrow", "Bill Kestner");
    // A word with a participle's ending before a one-word name is that name's first word.
    assertThat(read.allNames("Manning Street was closed after the flood.")).contains("Manning Street");
  }

  @Test
  void theTitleOfAWorkIsNoPerson() {
    String text = "Her new album Songs Through Winter sold well in Velmora.";
    assertThat(read.allNames(text)).contains("Songs Through Winter"); // a clustering feature still
    assertThat(read.shownNames(text)).doesNotContain("Songs Through Winter").contains("Velmora");
    assertThat(read.shown("Roads Through the Storm", EntityType.PERSON)).isFalse();
    // People's names with particles or an institution after "of" are shown as before.
    assertThat(read.shown("Yves Le Clerc", EntityType.PERSON)).isTrue();
    assertThat(read.shown("Mara Quist of Doctors Without Borders", EntityType.PERSON)).isTrue();
    assertThat(read.shown("Farmers Against Drought", EntityType.PERSON)).isTrue(); // a group of people
    assertThat(read.shown("Democratic US", EntityType.PERSON)).isTrue(); // capitals: the US, not "us"
  }

  @Test
  void aJournalAfterPublishedInIsAnOrganisationNotAPlace() {
    String text = "The findings were published on Tuesday in Marine Letters. A second team published a study in Polar Ecology, "
        + "which was also published in the journal Frontier Genetics. The team met in Velmora.";
    assertThat(read.all(text)).extracting(Entity::name, Entity::type).contains(
        tuple("Marine Letters", EntityType.ORGANIZATION), tuple("Polar Ecology", EntityType.ORGANIZATION),
        tuple("Frontier Genetics", EntityType.ORGANIZATION), tuple("Velmora", EntityType.LOCATION));
    // A well-known place after "published in" stays a place.
    assertThat(read.all("The report was published in Kenya last week."))
        .extracting(Entity::name, Entity::type).contains(tuple("Kenya", EntityType.LOCATION));
  }

  @Test
  void aStateThatAMovementsAdjectiveOpensIsAnOrganisation() {
    String text = "Fighters of the Islamic State attacked a convoy in Syria. Analysts said the Islamic State had lost ground.";
    assertThat(read.all(text)).extracting(Entity::name, Entity::type)
        .contains(tuple("Islamic State", EntityType.ORGANIZATION), tuple("Syria", EntityType.LOCATION));
    // Without such an adjective a state is a place.
    assertThat(read.all("Floods hit towns across Norland State on Friday."))
        .extracting(Entity::name, Entity::type).contains(tuple("Norland State", EntityType.LOCATION));
  }

  @Test
  void aDayOfObservanceIsNotShownButAPersonNamedDayIs() {
    String text = "Polls close on Election Day. Stores in Velmora shut for Harvest Day, and Mira Day said she would vote.";
    assertThat(read.shownNames(text)).doesNotContain("Election Day", "Harvest Day").contains("Mira Day", "Velmora");
  }

  @Test
  void aProfessionOpeningASentenceIsATitleBeforeAName() {
    assertThat(read.all("Seismologist Rana Okafor said the fault had moved. Okafor has studied it for years."))
        .extracting(Entity::name, Entity::type).contains(tuple("Rana Okafor", EntityType.PERSON));
    assertThat(read.allNames("Seismologist Rana Okafor said the fault had moved.")).doesNotContain("Seismologist Rana Okafor");
    assertThat(read.allNames("Assemblywoman Nora Pratt voted against the bill.")).contains("Nora Pratt")
        .doesNotContain("Assemblywoman Nora Pratt");
    // "man" after a short word is a given name's ending, no role.
    assertThat(read.allNames("Freeman Lusk said the bridge would reopen.")).contains("Freeman Lusk");
    // One name word after it is too little to tell a title from a name ("Baptist Health").
    assertThat(read.allNames("Methodist Relief opened a shelter in Velmora.")).contains("Methodist Relief");
  }

  @Test
  void wordsOfStandingBeforeANameAreNoPartOfIt() {
    // "Former" was the first of these; "retired", "longtime" and "fellow" say the same of the person after them.
    String text = "Retired NASA engineer Tom Hale said so. Longtime Velmora resident Ana Ruiz agreed.";
    assertThat(read.allNames(text)).contains("NASA", "Tom Hale", "Ana Ruiz").doesNotContain("Retired NASA", "Longtime Velmora");
  }

  @Test
  void bulletinsComicsAndGazetasAreOrganisations() {
    String text = "The Harbour Bulletin reported the fire first. Mira Holt drew for Nimbus Comics. Gazeta Lubelska printed a correction.";
    assertThat(read.all(text)).extracting(Entity::name, Entity::type).contains(
        tuple("Harbour Bulletin", EntityType.ORGANIZATION), tuple("Nimbus Comics", EntityType.ORGANIZATION),
        tuple("Gazeta Lubelska", EntityType.ORGANIZATION), tuple("Mira Holt", EntityType.PERSON));
  }
}
