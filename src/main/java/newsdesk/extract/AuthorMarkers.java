package newsdesk.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The markup that names a page's author, read from {@code author-markers.txt} so that it is
 * reviewed and extended as data: {@code <meta>} keys whose content lists authors, and class names
 * of visible elements whose text is an author.
 *
 * @param metaKeys   lower-case name/property values of author {@code <meta>} elements
 * @param classNames lower-case whole class names of author elements
 * @param bylinePrefixes lower-case words that open a byline ("by"), in the order they are tried
 */
public record AuthorMarkers(Set<String> metaKeys, Set<String> classNames, List<String> bylinePrefixes) {
  private static final String DEFAULT_RESOURCE = "/newsdesk/extract/author-markers.txt";

  public AuthorMarkers {
    metaKeys = Set.copyOf(metaKeys);
    classNames = Set.copyOf(classNames);
    bylinePrefixes = List.copyOf(bylinePrefixes);
    for (String c : classNames) {
      if (c.length() < 2) throw new IllegalArgumentException("class name too short to be a marker: '" + c + "'");
    }
  }

  /** The markers shipped with newsdesk. */
  public static AuthorMarkers defaults() {
    return of(SectionedList.resource(DEFAULT_RESOURCE));
  }

  /** Reads markers in the {@code author-markers.txt} format. */
  public static AuthorMarkers parse(InputStream in) throws IOException {
    return of(SectionedList.parse(in));
  }

  private static AuthorMarkers of(Map<String, List<String>> read) {
    Map<String, List<String>> sections = new java.util.HashMap<>();
    read.forEach((k, v) -> sections.put(k, v.stream().map(l -> l.toLowerCase(Locale.ROOT)).toList()));
    return new AuthorMarkers(Set.copyOf(sections.getOrDefault("meta-keys", List.of())),
        Set.copyOf(sections.getOrDefault("class-names", List.of())), sections.getOrDefault("byline-prefixes", List.of()));
  }

  /**
   * A pattern for a leading byline word and the spaces after it ({@code ^(?i)(by|von|...)\\s+}),
   * compiled by each caller once: records hold no derived state.
   */
  java.util.regex.Pattern bylinePrefixPattern() {
    String words = bylinePrefixes.isEmpty() ? "(?!)"
        : String.join("|", bylinePrefixes.stream().map(java.util.regex.Pattern::quote).toList());
    return java.util.regex.Pattern.compile("^(?i)(" + words + ")\\s+");
  }

  /** True when the joined name and property of a {@code <meta>} element name its content as authors. */
  boolean isAuthorMetaKey(String nameAndProperty) {
    return metaKeys.contains(nameAndProperty.toLowerCase(Locale.ROOT));
  }

  /**
   * True when one of the whole class names in {@code classAttribute} is an author marker (in lower
   * case). A cheap test runs first, on every element of the page: the attribute must contain some
   * marker without its first letter, as written ("uthor" passes "author" and "Author").
   */
  boolean hasAuthorClass(String classAttribute) {
    if (classAttribute.isEmpty() || !containsMarkerTail(classAttribute)) return false;
    for (String name : classAttribute.split("\\s+")) {
      if (classNames.contains(name.toLowerCase(Locale.ROOT))) return true;
    }
    return false;
  }

  private boolean containsMarkerTail(String classAttribute) {
    for (String c : classNames) {
      if (classAttribute.contains(c.substring(1))) return true;
    }
    return false;
  }
}
