package newsdesk.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The author names in a byline: "By Jane Doe and John Roe, Reuters | Updated 27 November 2026,
 * 10:30 GMT" gives Jane Doe and John Roe. The byline is cut into parts at separators
 * ({@code | , ; • · /}, a dash between spaces; parenthesised asides go) and each part at joining
 * words. In each piece a leading byline word ("By") goes, and the name ends at the first word with
 * a digit, a date opener ("Updated") or a role word ("Staff Reporter"). Dropped: pieces of date
 * words only, agencies, credentials and acronyms ("PhD", "MS"), e-mail and web addresses, and
 * pieces that do not start and end with a capital (sentences, user names). Once a name is found, a
 * part with a role word or a date ends the byline: what follows is an affiliation or a category.
 * The words are data ({@link BylineWords}, {@link AuthorMarkers#bylinePrefixes}).
 */
final class BylineParser {
  /** A name longer than this many words is a sentence, not a name. */
  static final int MAX_NAME_WORDS = 6;
  static final int MAX_NAME_CHARS = 60;
  /** A token without lower-case letters up to this length is an acronym (a credential, an outlet), not a name. */
  static final int MAX_ACRONYM = 6;

  private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:[|•·/;,\\n]|\\s[-–—]\\s|[–—])\\s*");
  private static final Pattern ASIDE = Pattern.compile("\\([^()]*\\)|\\[[^\\[\\]]*\\]");
  /** E-mail addresses, handles, web addresses and domain names: contact details, not names. */
  private static final Pattern CONTACT = Pattern.compile(
      "\\S+@\\S+\\.\\S+|@\\w+|\\S+://\\S*|\\bwww\\.\\S+|[\\p{L}\\p{N}-]{2,}(?:\\.[\\p{L}\\p{N}-]+)*\\.[a-z]{2,6}\\b");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  /** Characters trimmed from both ends of a name. */
  private static final Pattern EDGES = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}.]+$");

  private final BylineWords words;
  private final Pattern bylinePrefix;
  private final Pattern joiners;

  BylineParser(AuthorMarkers markers, BylineWords words) {
    this.words = words;
    // "By Jane Doe", "By: Jane Doe" and a lone "By"; longest first, so that "written by" beats "by".
    String prefixes = markers.bylinePrefixes().isEmpty() ? "(?!)" : String.join("|", markers.bylinePrefixes().stream()
        .sorted(java.util.Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).toList());
    this.bylinePrefix = Pattern.compile("^(?iu)(?:" + prefixes + ")(?:\\s*:\\s*|\\s+|$)");
    String joined = words.joiners().isEmpty() ? "(?!)"
        : String.join("|", words.joiners().stream().sorted().map(Pattern::quote).toList());
    this.joiners = Pattern.compile("(?iu)(?:^|\\s+)(?:" + joined + ")(?:\\s+|$)");
  }

  /** What one piece of a byline holds: a name or null, and whether a date or a role word ended it. */
  private record Piece(String name, boolean dated, boolean role) {}

  /** The names in {@code byline}, in order, each once; empty when it names nobody. */
  List<String> names(String byline) {
    List<String> out = new ArrayList<>();
    if (byline == null) return out;
    String text = org.jsoup.parser.Parser.unescapeEntities(byline, false);
    text = CONTACT.matcher(ASIDE.matcher(text).replaceAll(" ")).replaceAll(" ");
    for (String part : SEPARATORS.split(text)) {
      List<Piece> pieces = Arrays.stream(joiners.split(part)).map(this::piece).toList();
      boolean role = pieces.stream().anyMatch(Piece::role);
      // After a name, a part with a role ("Jane Doe, Home and Security Expert") ends the byline, with what it holds.
      if (role && !out.isEmpty()) break;
      for (Piece piece : pieces) {
        if (piece.name() == null) continue;
        if (!out.isEmpty() && words.nameSuffixes().contains(key(piece.name()))) {
          out.set(out.size() - 1, out.getLast() + ", " + piece.name());
        } else if (!out.contains(piece.name())) {
          out.add(piece.name());
        }
      }
      if ((role || pieces.stream().anyMatch(Piece::dated)) && !out.isEmpty()) break;
    }
    return out;
  }

  /** The name in one piece of a byline, if any. */
  private Piece piece(String raw) {
    String p = bylinePrefix.matcher(raw.strip()).replaceFirst("").strip();
    if (p.isEmpty()) return new Piece(null, false, false);
    List<String> tokens = new ArrayList<>(Arrays.asList(WHITESPACE.split(p)));
    boolean dated = false;
    boolean role = false;
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i);
      String k = key(t);
      dated = hasDigit(t) || words.dateOpeners().contains(k);
      role = !dated && words.roles().contains(k);
      if (dated || role) {
        tokens = new ArrayList<>(tokens.subList(0, i));
        break;
      }
    }
    // "Jane Doe Monday" or "Jane Doe November 27" leave date words; a two-word name keeps them ("Theresa May").
    while (tokens.size() > 2 && words.dateWords().contains(key(tokens.getLast()))) tokens.removeLast();
    return new Piece(nameOf(tokens, role), dated, role);
  }

  private String nameOf(List<String> tokens, boolean roleCut) {
    if (tokens.isEmpty() || tokens.stream().allMatch(t -> words.dateWords().contains(key(t)))) return null;
    if (roleCut && tokens.size() < 2) return null;
    String name = EDGES.matcher(String.join(" ", tokens)).replaceAll("");
    if (name.endsWith(".") && !isInitialOrSuffix(name)) name = name.substring(0, name.length() - 1).strip();
    if (name.isEmpty() || name.chars().noneMatch(Character::isLetter)) return null;
    String k = key(name);
    if (words.agencies().contains(agencyKey(name)) || words.credentials().contains(k)) return null;
    if (tokens.size() > MAX_NAME_WORDS || name.length() > MAX_NAME_CHARS) return null;
    if (tokens.size() == 1 && isAcronym(name) && !words.nameSuffixes().contains(k)) return null;
    return hasNameCase(name, tokens.size()) ? name : null;
  }

  /**
   * A name starts and ends with a capital (or a letter of a script without case): "Jane Doe is a"
   * is a sentence and "admin" a user name; two or three words all in lower case pass, as a name
   * typed without capitals.
   */
  private static boolean hasNameCase(String name, int words) {
    boolean firstLower = Character.isLowerCase(name.charAt(0));
    boolean lastLower = Character.isLowerCase(name.charAt(name.lastIndexOf(' ') + 1));
    if (!firstLower && !lastLower) return true;
    return words >= 2 && words <= 3 && name.equals(name.toLowerCase(Locale.ROOT));
  }

  private static boolean isAcronym(String token) {
    return token.length() <= MAX_ACRONYM && token.chars().noneMatch(Character::isLowerCase);
  }

  /** "J." or "Jr." keep their full stop; a name does not end a sentence. */
  private boolean isInitialOrSuffix(String name) {
    String last = name.substring(name.lastIndexOf(' ') + 1);
    return last.length() <= 2 || words.nameSuffixes().contains(key(last));
  }

  private static String key(String token) {
    return token.toLowerCase(Locale.ROOT).replaceAll("^[^\\p{L}\\p{N}&]+|[^\\p{L}\\p{N}&]+$", "");
  }

  private static String agencyKey(String name) {
    String k = name.toLowerCase(Locale.ROOT).strip().replaceAll("\\.+$", "");
    return k.startsWith("the ") ? k.substring(4) : k;
  }

  private static boolean hasDigit(String token) {
    for (int i = 0; i < token.length(); i++) if (Character.isDigit(token.charAt(i))) return true;
    return false;
  }
}
