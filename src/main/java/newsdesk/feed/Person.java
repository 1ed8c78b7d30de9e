package newsdesk.feed;

/**
 * An author or contributor.
 *
 * @param name  the name, or null
 * @param email the e-mail address, or null
 * @param uri   the resolved home page, or null
 */
public record Person(String name, String email, String uri) {
  /** "name (email)", or whichever of the two is present; null when neither is. */
  public String display() {
    if (name != null && email != null) return name + " (" + email + ")";
    return name != null ? name : email;
  }
}
