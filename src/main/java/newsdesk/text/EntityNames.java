package newsdesk.text;

import java.util.List;
import java.util.Objects;

/**
 * The names an entity search looks for, expanded by {@link EntityAliases#searchNames}: every form
 * of a well-known entity's name ("United States", "US", "U.S.", "U.S", "USA" ...), or just the
 * name asked. The store runs the search; it neither expands nor normalises.
 *
 * <p><b>Case rule.</b> A name written without any lowercase letter ("US", "U.S.", "NASA", "UN") is
 * <em>case-significant</em>: capitals are what make it an abbreviation, so it matches only a name
 * written exactly the same. Any other name ("Barack Obama", "Us") matches a name written the same
 * and also one that differs only in case ("barack obama"), unless that other name is itself
 * case-significant. So a search for the US does not find the film "Us", and one for "Us" does not
 * find the US. The rule is symmetric and looks at names only, never at what they refer to.
 *
 * @param forms the names looked for, distinct, none blank, at least one; the canonical name first
 *              when the name asked is a form of a well-known entity
 */
public record EntityNames(List<String> forms) {
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

  /** Whether {@code name} has no lowercase letter, so that only the same capitals match it (class comment). */
  public static boolean isCaseSignificant(String name) {
    return name.codePoints().noneMatch(Character::isLowerCase);
  }
}
