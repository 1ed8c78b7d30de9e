package newsdesk.text;

import java.util.List;

/**
 * What the entity tests read from a text: every entity the extractor finds (the clustering
 * features), the ones worth showing (story pages, /entities), and their names and types.
 */
final class EntityReadings {
  private final EntityExtractor extractor;

  EntityReadings(EntityExtractor extractor) {
    this.extractor = extractor;
  }

  List<Entity> all(String text) {
    return extractor.extract(text);
  }

  List<String> allNames(String text) {
    return all(text).stream().map(Entity::name).toList();
  }

  List<Entity> shown(String text) {
    return all(text).stream().filter(this::worthShowing).toList();
  }

  List<String> shownNames(String text) {
    return shown(text).stream().map(Entity::name).toList();
  }

  boolean shown(String name, EntityType type) {
    return worthShowing(new Entity(name, type, 1));
  }

  boolean worthShowing(Entity entity) {
    return extractor.worthShowing(entity);
  }

  /** The type of the first entity named {@code name} in {@code text}; fails the test when there is none. */
  EntityType typeOf(String text, String name) {
    return all(text).stream().filter(e -> e.name().equals(name)).map(Entity::type).findFirst()
        .orElseThrow(() -> new AssertionError(name + " not found in " + all(text)));
  }
}
