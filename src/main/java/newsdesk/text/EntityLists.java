package newsdesk.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the entity extractor's list resources, one entry a line ({@code places.txt},
 * {@code buildings.txt}, {@code honours.txt}, {@code common-words.txt}, {@code demonyms.txt},
 * {@code not-shown-names.txt}, {@code outlets.txt} under {@code newsdesk/text/}) into lower-case sets for
 * {@link EntityCues}. Blank lines and "#" lines are skipped; a missing resource or a malformed line
 * is an {@link IllegalStateException} naming the resource.
 */
final class EntityLists {
  private static final String PLACES = "/newsdesk/text/places.txt";
  private static final String BUILDINGS = "/newsdesk/text/buildings.txt";
  static final String COMMON_WORDS = "/newsdesk/text/common-words.txt";
  static final String DEMONYMS = "/newsdesk/text/demonyms.txt";
  static final String NOT_SHOWN_NAMES = "/newsdesk/text/not-shown-names.txt";
  /** Outlets whose names carry no organisation head word ("Scientific American"). */
  static final String OUTLETS = "/newsdesk/text/outlets.txt";
  private static final String HONOURS = "/newsdesk/text/honours.txt";
  /** The most words of one honour in {@code honours.txt}. */
  static final int MAX_HONOUR_WORDS = 4;

  private EntityLists() {}

  /** The honours of honours.txt, words joined by single spaces; none longer than {@link #MAX_HONOUR_WORDS}. */
  static Set<String> honours() {
    Set<String> out = new java.util.HashSet<>();
    for (String name : lines(HONOURS)) {
      String honour = name.replaceAll("\\s+", " ");
      if (honour.split(" ").length > MAX_HONOUR_WORDS) {
        throw new IllegalStateException(HONOURS + ": more than " + MAX_HONOUR_WORDS + " words: " + honour);
      }
      out.add(honour);
    }
    return Set.copyOf(out);
  }

  /** The names of places.txt; with {@code splittableOnly}, without the "~" ones. */
  static Set<String> places(boolean splittableOnly) {
    Set<String> out = new java.util.HashSet<>();
    for (String name : lines(PLACES)) {
      boolean ambiguous = name.startsWith("~");
      if (ambiguous) name = name.substring(1).strip();
      if (!(splittableOnly && ambiguous)) out.add(name.replaceAll("\\s+", " "));
    }
    return Set.copyOf(out);
  }

  /** The names of buildings.txt ("TYPE: name" lines) with their types. */
  static java.util.Map<String, EntityType> buildingTypes() {
    java.util.Map<String, EntityType> out = new java.util.HashMap<>();
    for (String line : lines(BUILDINGS)) {
      int colon = line.indexOf(':');
      if (colon < 0) throw new IllegalStateException(BUILDINGS + ": expected TYPE: name, got " + line);
      EntityType type = EntityType.valueOf(line.substring(0, colon).strip().toUpperCase(Locale.ROOT));
      String name = line.substring(colon + 1).strip().replaceAll("\\s+", " ");
      if (out.put(name, type) != null) throw new IllegalStateException(BUILDINGS + ": " + name + " is listed twice");
    }
    return java.util.Map.copyOf(out);
  }

  /** The lines of a list resource, stripped and in lower case, without blank and "#" lines. */
  static java.util.List<String> lines(String resource) {
    try (InputStream in = EntityLists.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing resource " + resource);
      java.util.List<String> out = new java.util.ArrayList<>();
      for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        String name = line.strip().toLowerCase(Locale.ROOT);
        if (!name.isEmpty() && !name.startsWith("#")) out.add(name);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
