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
 * canonical name, and entity search looks for every form of it ({@link #searchNames}), so stories
 * stored before the canonical name existed, or under a form an outlet writes, are found too. Forms
 * compare without full stops, with runs of spaces as one and only as whole names; {@link #canonical}
 * ignores case, while a text's or a search's name is a form only under the case rule of
 * {@link EntityNames} ({@link #isWrittenForm}). This is the one place that knows aliases: callers
 * expand a search here and hand the store the result. Immutable and thread-safe.
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

  /**
   * What a search for the entity {@code asked} looks for: every form of the well-known entity it is
   * a form of ({@link #isWrittenForm}: "US", "U.S" or "united states" name the United States, "Us"
   * and "us" do not), canonical name first and {@code asked} itself last if it is not listed; else
   * {@code asked} alone. Runs of spaces in {@code asked} count as one; it must not be blank.
   */
  public EntityNames searchNames(String asked) {
    String name = Objects.requireNonNull(asked, "asked").strip().replaceAll("\\s+", " ");
    if (name.isEmpty()) throw new IllegalArgumentException("asked must not be blank");
    if (!isWrittenForm(name)) return new EntityNames(List.of(name));
    java.util.LinkedHashSet<String> forms = new java.util.LinkedHashSet<>(byForm.get(key(name)).forms());
    forms.add(name);
    return new EntityNames(List.copyOf(forms));
  }

  /** Every form of every known entity, each entity's forms together, entities in no particular order. */
  List<String> allForms() {
    return byForm.values().stream().distinct().flatMap(k -> k.forms().stream()).toList();
  }

  /** The type of the known entity {@code name} is a form of, or null when it is none. */
  EntityType typeOf(String name) {
    Known known = byForm.get(key(name));
    return known == null ? null : known.type();
  }

  /**
   * Whether {@code written}, as a text or a search writes it, is a form of a known entity: as
   * {@link #canonical} does, except that the case rule of {@link EntityNames} applies: a form
   * that is an initialism ("US", "U.N.") matches only a name written in the same capitals (full
   * stops aside), and an initialism written only such a form, so a film called "Us" stays itself.
   */
  boolean isWrittenForm(String written) {
    Known known = byForm.get(key(written));
    if (known == null) return false;
    String bare = written.replace(".", "");
    for (String form : known.forms()) {
      if (!key(form).equals(key(written))) continue;
      if (!EntityNames.isCaseSignificant(form) && !EntityNames.isCaseSignificant(written)) return true;
      if (form.replace(".", "").equals(bare)) return true;
    }
    return false;
  }

  private static String key(String name) {
    return name.replace(".", "").strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
