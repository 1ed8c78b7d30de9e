package newsdesk.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words that tell an author's name from what surrounds it in a byline, read from
 * {@code byline-words.txt} so that they are reviewed and extended as data (see that file for what
 * each section does). Entries are lower case.
 *
 * @param joiners      words between two authors ("and", "und")
 * @param agencies     news agencies credited beside the authors ("reuters", "associated press")
 * @param roles        words of a job title ("staff", "reporter", "correspondent")
 * @param dateOpeners  words that open a date ("updated", "published")
 * @param dateWords    month and weekday names, time zones, am/pm
 * @param nameSuffixes parts that belong to the name before them ("jr")
 * @param credentials  degrees and certifications written after a name ("ph.d", "mba"), not names
 */
record BylineWords(Set<String> joiners, Set<String> agencies, Set<String> roles, Set<String> dateOpeners,
    Set<String> dateWords, Set<String> nameSuffixes, Set<String> credentials) {
  private static final String DEFAULT_RESOURCE = "/newsdesk/extract/byline-words.txt";

  BylineWords {
    joiners = Set.copyOf(joiners);
    agencies = Set.copyOf(agencies);
    roles = Set.copyOf(roles);
    dateOpeners = Set.copyOf(dateOpeners);
    dateWords = Set.copyOf(dateWords);
    nameSuffixes = Set.copyOf(nameSuffixes);
    credentials = Set.copyOf(credentials);
  }

  /** The words shipped with newsdesk. */
  static BylineWords defaults() {
    return of(SectionedList.resource(DEFAULT_RESOURCE));
  }

  /** Reads words in the {@code byline-words.txt} format. */
  static BylineWords parse(InputStream in) throws IOException {
    return of(SectionedList.parse(in));
  }

  private static BylineWords of(Map<String, List<String>> sections) {
    return new BylineWords(section(sections, "joiners"), section(sections, "agencies"), section(sections, "roles"),
        section(sections, "date-openers"), section(sections, "date-words"), section(sections, "name-suffixes"),
        section(sections, "credentials"));
  }

  private static Set<String> section(Map<String, List<String>> sections, String name) {
    return Set.copyOf(sections.getOrDefault(name, List.of()).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
  }
}
