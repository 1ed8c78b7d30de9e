package newsdesk.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Names that refer to one well-known entity ("US", "U.S.", "USA", "United States"), read from
 * {@code newsdesk/text/entity-aliases.txt}: the extractor reports such an entity under its one
 * canonical name, and entity search looks for every form of it, so stories stored before the
 * canonical name existed are found too. Forms compare case-insensitively, without full stops and
 * with runs of spaces as one, and only as whole names. Immutable and thread-safe.
 */
public final class EntityAliases {
  private static final String RESOURCE = "/newsdesk/text/entity-aliases.txt";

  /** One well-known entity: its canonical name, its type and every form of its name. */
  private record Known(String canonical, EntityType type, List<String> forms) {}

  private final Map<String, Known> byForm;

  private EntityAliases(Map<String, Known> byForm) {
    this.byForm = Map.copyOf(byForm);
  }

  /** The aliases of {@code newsdesk/text/entity-aliases.txt}. */
  public static EntityAliases load() {
    try (InputStream in = EntityAliases.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * Aliases from {@code text} in the resource's format ({@code TYPE: Canonical = alias, alias}, "#"
   * comments); {@code source} names it in errors. A malformed line, an unknown type or a form given
   * to two entities is an {@link IllegalArgumentException}.
   */
  static EntityAliases parse(String text, String source) {
    Map<String, Known> byForm = new LinkedHashMap<>();
    String[] lines = text.split("\\R");
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n].strip();
      if (line.isEmpty() || line.startsWith("#")) continue;
      int colon = line.indexOf(':');
      int equals = line.indexOf('=');
      if (colon < 0 || equals < colon) throw new IllegalArgumentException(source + " line " + (n + 1) + ": expected TYPE: Name = alias, ...");
      EntityType type;
      try {
        type = EntityType.valueOf(line.substring(0, colon).strip());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(source + " line " + (n + 1) + ": unknown type " + line.substring(0, colon).strip(), e);
      }
      String canonical = line.substring(colon + 1, equals).strip().replaceAll("\\s+", " ");
      List<String> forms = new ArrayList<>();
      forms.add(canonical);
      for (String alias : line.substring(equals + 1).split(",")) {
        if (!alias.isBlank()) forms.add(alias.strip().replaceAll("\\s+", " "));
      }
      Known known = new Known(canonical, type, List.copyOf(forms));
      for (String form : forms) {
        Known before = byForm.put(key(form), known);
        if (before != null && before != known) {
          throw new IllegalArgumentException(source + " line " + (n + 1) + ": " + form + " is already a form of " + before.canonical());
        }
      }
    }
    return new EntityAliases(byForm);
  }

  /** The canonical name of {@code name} when it is a form of a known entity, else {@code name} itself. */
  public String canonical(String name) {
    Known known = byForm.get(key(Objects.requireNonNull(name, "name")));
    return known == null ? name : known.canonical();
  }

  /**
   * Every form of the entity {@code name} is a form of, canonical name first (as written in the
   * resource); just {@code name} when it is no known entity's.
   */
  public List<String> namesOf(String name) {
    Known known = byForm.get(key(Objects.requireNonNull(name, "name")));
    return known == null ? List.of(name) : known.forms();
  }

  /** The type of the known entity {@code name} is a form of, or null when it is none. */
  EntityType typeOf(String name) {
    Known known = byForm.get(key(name));
    return known == null ? null : known.type();
  }

  /**
   * Whether {@code written}, as a text writes it, is a form of a known entity: as {@link #canonical}
   * does, except that a form listed in capitals ("US", "UN") matches only a name written in
   * capitals, so a film called "Us" stays itself.
   */
  boolean isWrittenForm(String written) {
    Known known = byForm.get(key(written));
    if (known == null) return false;
    for (String form : known.forms()) {
      if (key(form).equals(key(written)) && (!NameWords.isAcronym(form) || NameWords.isAcronym(written))) return true;
    }
    return false;
  }

  private static String key(String name) {
    return name.replace(".", "").strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
