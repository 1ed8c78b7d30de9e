package newsdesk.text;

import java.util.Objects;

/**
 * A named entity of one text.
 *
 * @param name     the longest surface form seen in the text ("Wladimir Klitschko", not "Klitschko")
 * @param type     person, organisation or place
 * @param mentions how often the text names it (shorter aliases included), at least 1
 */
public record Entity(String name, EntityType type, int mentions) {
  public Entity {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    if (name.isBlank()) throw new IllegalArgumentException("name must not be blank");
    if (mentions < 1) throw new IllegalArgumentException("mentions must be >= 1: " + mentions);
  }
}
