package newsdesk.store;

import static newsdesk.store.EntityStoreFixture.named;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A story page and the top-entities page list each name once, with the type most articles gave it. */
class EntityTallyTest {
  @RegisterExtension final EntityStoreFixture fixture = new EntityStoreFixture("s-1", "s-2");

  @Test
  void aNameTypedDifferentlyByTwoArticlesIsOneEntityOfTheMajorityType() {
    fixture.article("a", "s-1", named("Nordair", "LOCATION", 1), named("Van Biljon", "PERSON", 1));
    fixture.article("b", "s-1", named("Nordair", "ORGANIZATION", 2), named("van Biljon", "PERSON", 2));
    fixture.article("c", "s-1", named("Nordair", "ORGANIZATION", 1), named("van Biljon", "PERSON", 1));

    assertThat(fixture.store().entitiesOfStory("s-1")).containsExactly(
        new StoredEntity("Nordair", "ORGANIZATION", 4, 3),
        new StoredEntity("van Biljon", "PERSON", 4, 3));
  }

  @Test
  void aTieBetweenTypesGoesToTheOneWithMoreMentionsThenToAFixedOrder() {
    fixture.article("a", "s-1", named("Kerman", "LOCATION", 3), named("Tom & Jerry", "PERSON", 1));
    fixture.article("b", "s-1", named("Kerman", "PERSON", 1), named("Tom & Jerry", "ORGANIZATION", 1));

    assertThat(fixture.store().entitiesOfStory("s-1")).containsExactly(
        new StoredEntity("Kerman", "LOCATION", 4, 2),
        new StoredEntity("Tom & Jerry", "ORGANIZATION", 2, 2));
  }

  @Test
  void topEntitiesMergeTypesAcrossStoriesAndKeepTheLimit() {
    fixture.article("a", "s-1", named("Twitter", "LOCATION", 1), named("Kenya", "LOCATION", 5));
    fixture.article("b", "s-2", named("Twitter", "ORGANIZATION", 1));
    fixture.article("c", "s-2", named("Twitter", "ORGANIZATION", 1));

    assertThat(fixture.store().topEntities(10)).containsExactly(
        new StoredEntity("Twitter", "ORGANIZATION", 3, 3),
        new StoredEntity("Kenya", "LOCATION", 5, 1));
    assertThat(fixture.store().topEntities(1)).extracting(StoredEntity::name).containsExactly("Twitter");
    assertThat(fixture.store().entitiesOfStory("s-3")).isEmpty();
  }

  @Test
  void anInitialismStaysApartFromTheSameLettersInOtherCapitalsALongerAcronymDoesNot() {
    // The case rule of entity search (newsdesk.text.EntityNames): "US" is not the film "Us", "NATO" is "Nato".
    fixture.article("a", "s-1", named("US", "LOCATION", 3), named("Us", "ORGANIZATION", 1), named("NATO", "ORGANIZATION", 1));
    fixture.article("b", "s-1", named("US", "LOCATION", 1), named("us", "ORGANIZATION", 1), named("Nato", "ORGANIZATION", 2));

    assertThat(fixture.store().entitiesOfStory("s-1")).containsExactly(
        new StoredEntity("US", "LOCATION", 4, 2),
        new StoredEntity("Nato", "ORGANIZATION", 3, 2),
        new StoredEntity("Us", "ORGANIZATION", 2, 2));
  }
}
