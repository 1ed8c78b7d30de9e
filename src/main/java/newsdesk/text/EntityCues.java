package newsdesk.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * The cue-word lists of the entity extractor, read from {@code newsdesk/text/entity-cues.properties}.
 * Every set holds lower-case words.
 */
record EntityCues(
    Set<String> personTitles,
    Set<String> personVerbs,
    Set<String> organizationSuffixes,
    Set<String> organizationPrefixes,
    Set<String> locationSuffixes,
    Set<String> locationPrepositions,
    Set<String> notEntities,
    Set<String> nameOpeners) {
  private static final String RESOURCE = "/newsdesk/text/entity-cues.properties";

  static EntityCues load() {
    Properties p = new Properties();
    try (InputStream in = EntityCues.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return new EntityCues(
        words(p, "person.titles"),
        words(p, "person.verbs"),
        words(p, "organization.suffixes"),
        words(p, "organization.prefixes"),
        words(p, "location.suffixes"),
        words(p, "location.prepositions"),
        words(p, "not.entities"),
        words(p, "name.openers"));
  }

  private static Set<String> words(Properties p, String key) {
    String value = p.getProperty(key);
    if (value == null) throw new IllegalStateException(RESOURCE + " lacks " + key);
    return Set.copyOf(java.util.Arrays.asList(value.trim().toLowerCase(Locale.ROOT).split("\\s+")));
  }
}
