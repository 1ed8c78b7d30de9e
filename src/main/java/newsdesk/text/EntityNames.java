package newsdesk.text;

import java.util.List;
import java.util.Objects;

/**
 * The names an entity search looks for, expanded by {@link EntityAliases#searchNames}: every form
 * of a well-known entity's name ("United States", "US", "U.S.", "U.S", "USA" ...), or just the
 * name asked. The store runs the search; it neither expands nor normalises.
 *
 * <p><b>Case rule.</b> A name written in capitals with at most three characters besides full stops
 * ("US", "U.S.", "U.S.A.", "UN", "WHO", "BBC") is an <em>initialism</em> and case-significant: it
 * matches only a name written in the same capitals (full stops as listed), because the same letters
 * in other capitals are mostly another name or a word ("Us", a film; "Who", a band; "it"). Every
 * other name matches a name that differs only in case ("barack obama" finds "Barack Obama", "Nato"
 * finds "NATO", "COVID" finds "Covid": longer acronyms are the ones outlets write both ways), unless
 * that other name is itself an initialism. So a search for the US does not find the film "Us", and
 * one for "Us" does not find the US. The rule looks at names only, never at what they refer to; the
 * store applies the same test to the names it holds ({@code newsdesk.store.EntityTally}).
 *
 * @param forms the names looked for, distinct, none blank, at least one; the canonical name first
 *              when the name asked is a form of a well-known entity
 */
public record EntityNames(List<String> forms) {
  /** The most characters (full stops aside) of a case-significant initialism: "U.S.A.", "BBC", not "NATO". */
  public static final int INITIALISM_LENGTH = 3;

  public EntityNames {
    forms = List.copyOf(Objects.requireNonNull(forms, "forms"));
    if (forms.isEmpty()) throw new IllegalArgumentException("forms must not be empty");
    if (forms.stream().anyMatch(String::isBlank)) throw new IllegalArgumentException("forms must not be blank: " + forms);
    if (forms.stream().distinct().count() != forms.size()) throw new IllegalArgumentException("forms must be distinct: " + forms);
  }

  /** The forms that also match a name differing only in case: those that are not case-significant. */
  public List<String> caseless() {
    return forms.stream().filter(f -> !isCaseSignificant(f)).toList();
  }

  /**
   * Whether {@code name} is an initialism that only the same capitals match: no lowercase letter and
   * at most {@value #INITIALISM_LENGTH} characters besides full stops (class comment).
   */
  public static boolean isCaseSignificant(String name) {
    String bare = name.replace(".", "");
    return bare.codePointCount(0, bare.length()) <= INITIALISM_LENGTH && bare.codePoints().noneMatch(Character::isLowerCase);
  }
}
