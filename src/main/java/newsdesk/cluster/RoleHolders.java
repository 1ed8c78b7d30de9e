package newsdesk.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds appositions "QUALIFIER TITLE Firstname Lastname" in English text ("Interior Secretary Dirk
 * Kempthorne", "general manager Tony Reagins", "Qeshm governor Heydar Alishvandi"): who holds which
 * office in the article. Two events of one kind often differ in who holds an office (one
 * administration's secretary and the next one's), while the other names are shared; see
 * {@link ClusteringConfig#roleConflictPenalty()}. The titles and the words that qualify them are
 * data ({@code role-titles.properties}). A title needs a qualifying word in front (not a function
 * word), a holder of at least two capitalised words after it (initials may sit between), and no
 * "former", "acting" or the like in front of the qualifier. Stateless after construction.
 */
final class RoleHolders {
  private static final String RESOURCE = "/newsdesk/cluster/role-titles.properties";
  private static final Pattern TOKEN = Pattern.compile("\\p{L}[\\p{L}\\p{M}'\u2019\\-]*|\\S");

  /** One office and its holder's last name, both lower case ("interior secretary", "kempthorne"). */
  record Found(String role, String surname) {}


  private final Set<String> titles;
  private final Set<String> past;
  private final Set<String> notQualifiers;
  private final Set<String> notNames;
  private final Set<String> titleParts;

  RoleHolders() {
    Properties p = new Properties();
    try (InputStream in = RoleHolders.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("missing resource " + RESOURCE + " (broken build?)");
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
    }
    titles = words(p, "titles");
    past = words(p, "past");
    notQualifiers = words(p, "not.qualifiers");
    notNames = words(p, "not.names");
    titleParts = words(p, "title.parts");
  }

  private static Set<String> words(Properties p, String key) {
    String v = p.getProperty(key);
    if (v == null) throw new IllegalStateException(RESOURCE + " lacks " + key);
    return Set.copyOf(Arrays.asList(v.strip().toLowerCase(Locale.ROOT).split("\\s+")));
  }

  /** The offices and holders named in {@code text}, in order of occurrence (repeats kept). */
  List<Found> find(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) tokens.add(m.group());
    List<Found> out = new ArrayList<>();
    for (int i = 1; i < tokens.size(); i++) {
      String title = tokens.get(i).toLowerCase(Locale.ROOT);
      if (!titles.contains(title)) continue;
      String surname = holder(tokens, i + 1);
      if (surname == null) continue;
      int q = i - 1;
      String office = title;
      if (titleParts.contains(tokens.get(q).toLowerCase(Locale.ROOT))) {
        office = tokens.get(q).toLowerCase(Locale.ROOT) + " " + office;
        if (--q < 0) continue;
      }
      String qualifier = tokens.get(q);
      String lower = qualifier.toLowerCase(Locale.ROOT);
      if (!Character.isUpperCase(qualifier.charAt(0)) || qualifier.indexOf('-') >= 0 || notQualifiers.contains(lower)
          || past.contains(lower) || titles.contains(lower)) {
        continue;
      }
      if (q >= 1 && past.contains(tokens.get(q - 1).toLowerCase(Locale.ROOT))) continue;
      out.add(new Found(lower + " " + office, surname));
    }
    return out;
  }

  /**
   * The last name of a holder starting at {@code from}: two to four capitalised words, initials
   * ("A.") allowed between them; null when there is none. A possessive "'s" is dropped.
   */
  private String holder(List<String> tokens, int from) {
    int words = 0;
    String last = null;
    int i = from;
    while (i < tokens.size() && words < 4) {
      String t = tokens.get(i);
      if (!Character.isUpperCase(t.charAt(0)) || !Character.isLetter(t.charAt(0))) break;
      String lower = t.toLowerCase(Locale.ROOT);
      if (titles.contains(lower) || notNames.contains(lower)) break;
      if (t.length() == 1 && i + 1 < tokens.size() && tokens.get(i + 1).equals(".")) {
        i += 2;
        continue;
      }
      words++;
      last = t;
      i++;
    }
    if (words < 2) return null;
    String s = last.toLowerCase(Locale.ROOT);
    if (s.endsWith("'s") || s.endsWith("\u2019s")) s = s.substring(0, s.length() - 2);
    return s;
  }
}
