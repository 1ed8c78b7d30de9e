package newsdesk.store;

import static newsdesk.store.EntityStoreFixture.named;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsdesk.text.EntityAliases;
import newsdesk.text.EntityNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Entity search finds every form of a name and nothing else: the caller expands the name asked
 * ({@link EntityAliases#searchNames}, newsdesk/text/entity-aliases.txt), the store matches the forms
 * under the case rule of {@link EntityNames}.
 */
class EntitySearchTest {
  @RegisterExtension final EntityStoreFixture fixture = new EntityStoreFixture("s-1", "s-2", "s-3", "s-4");
  private final EntityAliases aliases = EntityAliases.load();

  private List<String> articles(String asked) {
    return fixture.store().articleIdsWithEntity(aliases.searchNames(asked), 10);
  }

  private List<String> stories(String asked) {
    return fixture.store().storiesWithEntity(aliases.searchNames(asked), 10).stream().map(StoryRecord::id).toList();
  }

  @Test
  void anAliasFindsTheCanonicalNameAndFormsStoredBeforeIt() {
    fixture.article("a", "s-1", named("United States", "LOCATION", 2));
    // Rows stored before the extractor gave canonical names.
    fixture.article("b", "s-2", named("U.S.", "LOCATION", 1));
    fixture.article("d", "s-4", named("U.S", "LOCATION", 1));
    fixture.article("c", "s-3", named("U.S. House", "ORGANIZATION", 1), named("Kenya", "LOCATION", 1));

    for (String query : List.of("US", "U.S.", "U.S", "USA", "U.S.A", "United States", "united states of america")) {
      assertThat(articles(query)).as(query).containsExactlyInAnyOrder("a", "b", "d");
      assertThat(stories(query)).as(query).containsExactlyInAnyOrder("s-1", "s-2", "s-4");
    }
    assertThat(articles("kenya")).containsExactly("c");
    assertThat(articles("U.S. House")).containsExactly("c");
    assertThat(articles("UK")).isEmpty();
    assertThat(fixture.store().articleIdsWithEntity(aliases.searchNames("US"), 1)).hasSize(1);
  }

  @Test
  void aLimitKeepsTheNewestArticles() {
    // Stored oldest last, so that neither storage order nor row id gives the newest first.
    var store = fixture.store();
    for (String[] a : new String[][] {{"mid", "2024-05-02T00:00:00Z"}, {"new", "2024-05-03T00:00:00Z"}, {"old", "2024-05-01T00:00:00Z"}}) {
      long row = store.insertArticle(SqliteNewsStoreTest.article(a[0], "https://example.org/" + a[0], "s-1",
          java.time.Instant.parse(a[1]))).id();
      store.saveEntities(row, List.of(named("Kenya", "LOCATION", 1)));
    }
    long row = store.insertArticle(SqliteNewsStoreTest.article("oldest", "https://example.org/oldest", "s-1",
        java.time.Instant.parse("2020-01-01T00:00:00Z"))).id();
    store.saveEntities(row, List.of(named("Kenya", "LOCATION", 1)));

    assertThat(store.articleIdsWithEntity(aliases.searchNames("Kenya"), 2)).containsExactly("new", "mid");
    assertThat(store.articleIdsWithEntity(aliases.searchNames("Kenya"), 10)).containsExactly("new", "mid", "old", "oldest");
  }

  @Test
  void theUsDoesNotFindTheFilmUsNorTheFilmTheUs() {
    fixture.article("country", "s-1", named("United States", "LOCATION", 1), named("US", "LOCATION", 1));
    fixture.article("film", "s-2", named("Us", "ORGANIZATION", 2));
    fixture.article("lower", "s-3", named("us", "ORGANIZATION", 1));

    assertThat(articles("US")).containsExactly("country");
    assertThat(articles("U.S.")).containsExactly("country");
    assertThat(stories("US")).containsExactly("s-1");
    assertThat(articles("Us")).containsExactlyInAnyOrder("film", "lower");
    assertThat(articles("us")).as("lower case is no abbreviation").containsExactlyInAnyOrder("film", "lower");
  }

  @Test
  void anOrdinaryNameOrALongerAcronymMatchesInAnyCaseAnInitialismOnlyInItsCapitals() {
    fixture.article("a", "s-1", named("Barack Obama", "PERSON", 3), named("NATO", "ORGANIZATION", 1), named("WHO", "ORGANIZATION", 1));
    fixture.article("b", "s-2", named("Nato", "ORGANIZATION", 1), named("Who", "ORGANIZATION", 1));

    assertThat(articles("barack obama")).containsExactly("a");
    assertThat(articles("BARACK OBAMA")).containsExactly("a");
    assertThat(stories("Barack  Obama")).containsExactly("s-1");
    assertThat(articles("NATO")).containsExactlyInAnyOrder("a", "b");
    assertThat(articles("nato")).containsExactlyInAnyOrder("a", "b");
    assertThat(articles("WHO")).as("the World Health Organization, not the band").containsExactly("a");
    assertThat(articles("Who")).containsExactly("b");
    assertThat(articles("who")).containsExactly("b");
  }

  @Test
  void aNameInAnotherScriptIsFoundWrittenTheSame() {
    fixture.article("a", "s-1", named("Владимир Путин", "PERSON", 1));

    assertThat(articles("Владимир Путин")).containsExactly("a");
  }
}
