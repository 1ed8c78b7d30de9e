package newsdesk.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Turns token runs into typed mentions (see {@link EntityExtractor}); {@link MentionResolver} groups them. */
final class MentionTyper {
  private static final Set<String> CONNECTORS =
      Set.of("of", "de", "da", "del", "della", "der", "van", "von", "du", "la", "le", "al", "bin", "&", "-", "for");
  /** Connectors that join two names but never open one ("of Iraq", "& Jerry"). */
  private static final Set<String> INNER_CONNECTORS = Set.of("of", "&", "-", "for");
  private static final java.util.regex.Pattern FORMAT_CHARS = java.util.regex.Pattern.compile("\\p{Cf}");
  static final int PERSON = EntityType.PERSON.ordinal();
  static final int ORG = EntityType.ORGANIZATION.ordinal();
  static final int LOC = EntityType.LOCATION.ordinal();

  private final EntityCues cues;

  MentionTyper(EntityCues cues) {
    this.cues = cues;
  }

  EntityCues cues() {
    return cues;
  }

  boolean isConnector(String token) {
    return CONNECTORS.contains(token);
  }

  boolean isNotEntity(String token) {
    return cues.notEntities().contains(EntityExtractor.lower(token));
  }

  /** A word that names nothing alone but opens a name inside a sentence ("New" of "New York"). */
  boolean isNameOpener(String token) {
    return cues.nameOpeners().contains(EntityExtractor.lower(token));
  }

  boolean isTitle(String token) {
    return cues.personTitles().contains(EntityExtractor.lower(token));
  }

  /** A word that belongs to the title after it ("Vice" of "Vice President"). */
  boolean isTitleModifier(String token) {
    return cues.titleModifiers().contains(EntityExtractor.lower(token));
  }

  /** A common English word, as opposed to a name ("Stampede", not "Kosgei"); never an acronym. */
  boolean isCommonWord(String token) {
    return !isAcronym(token) && cues.commonWords().contains(EntityExtractor.lower(token));
  }

  /**
   * Whether a capital letter at tokens[i] says something: inside a sentence after a word or a
   * comma it does; at the start, or after a quote, bracket, colon or dash, any word is capitalised.
   */
  static boolean midSentence(String[] tokens, int i) {
    if (i <= 0) return false;
    String previous = tokens[i - 1];
    return previous.equals(",") || (!previous.isEmpty() && Character.isLetterOrDigit(previous.codePointAt(0)));
  }

  /**
   * Adds the mentions of the run tokens[start, end) to {@code out}. A title inside the run splits
   * it: "Iranian President Hassan Rouhani" names Hassan Rouhani (a person, by the title), "US
   * Secretary of State Mike Pompeo" names Mike Pompeo and the US; modifiers right before a
   * title belong to it ("Prime Minister", "Supreme Leader"). A run neither starts nor ends in a
   * connector; one in brackets alone at the start of a line is a speaker label ("((WN))"), no
   * mention. A common noun in front of a person's name is no part of it ("Countryman Lawrence
   * Cherono"); "X of Y" where Y is a well-known place and X a name is two names ("Brigid Kosgei
   * of Kenya").
   */
  void mentions(String[] tokens, String[] tags, int start, int end, List<Mention> out) {
    while (end > start && isConnector(tokens[end - 1])) end--;
    while (start < end && INNER_CONNECTORS.contains(tokens[start])) start++;
    if (end <= start || speakerLabel(tokens, start, end)) return;
    int title = -1;
    for (int k = end - 2; k >= start; k--) {
      if (isTitle(tokens[k]) && (k > start || "of".equals(tokens[k + 1]))) {
        title = k;
        break;
      }
    }
    if (title >= start) {
      int before = title;
      while (before > start && (isTitle(tokens[before - 1]) || isTitleModifier(tokens[before - 1]))) before--;
      if (before > start && "PROPN".equals(tags[before - 1])) add(mention(tokens, start, before), out);
      int from = title + 1;
      if ("of".equals(tokens[from]) || "for".equals(tokens[from])) {
        // "President of Ukraine Volodymyr Zelenskyy", "Secretary of State Mike Pompeo", "Prime Minister of
        // Iraq", "Special Representative for Iran Brian Hook"; "CEO of Massey Energy" names no one.
        int domain = from + 1;
        boolean wholePlace = cues.places().contains(EntityExtractor.lower(Mention.join(Arrays.asList(tokens).subList(domain, end))));
        int place = wholePlace ? domain : placePrefix(tokens, domain, end);
        if (place > domain) {
          add(mention(tokens, domain, place), out);
          from = place;
        } else if (!wholePlace && domain + 3 <= end && !endsInHeadWord(tokens, end)) {
          from = domain + 1;
        } else {
          // Whose office: a place or an organisation; one common word belongs to the title ("Secretary of State").
          Mention office = end - domain == 1 && isCommonWord(tokens[domain]) && !wholePlace ? null : mention(tokens, domain, end);
          if (office != null) {
            office.votes()[LOC] += 1;
            // Capitals inside a title's phrase ("Secretary of State") are the title's, no sign of a name.
            add(new Mention(office.tokens(), office.votes(), false), out);
          }
          return;
        }
      }
      Mention person = mention(tokens, from, end);
      if (person != null) person.votes()[PERSON] += 3;
      add(person, out);
      return;
    }
    if (!midSentence(tokens, start) && gluedCommonNoun(tokens, start, end)) {
      Mention person = mention(tokens, start + 1, end);
      if (person != null) person.votes()[PERSON] += 2;
      add(person, out);
      return;
    }
    int of = namedOfPlace(tokens, start, end);
    if (of > start) {
      add(mention(tokens, start, of), out);
      Mention place = mention(tokens, of + 1, end);
      if (place != null) place.votes()[LOC] += 2;
      add(place, out);
      return;
    }
    int place = placePrefix(tokens, start, end);
    if (place > start) {
      add(mention(tokens, start, place), out);
      add(mention(tokens, place, end), out);
      return;
    }
    add(mention(tokens, start, end), out);
  }

  /**
   * Whether "and" at tokens[at] continues the name tokens[start, at): an organisation named by a
   * head word and "of"/"for" ("Institute for Health Metrics and Evaluation", "Department of
   * Health and Human Services"); elsewhere "and" separates names.
   */
  boolean joinsWithAnd(String[] tokens, int start, int at) {
    if (!"and".equals(tokens[at])) return false;
    for (int k = start; k < at - 2; k++) {
      if (!("of".equals(tokens[k + 1]) || "for".equals(tokens[k + 1]))) continue;
      String head = EntityExtractor.lower(tokens[k]);
      if (!(cues.organizationPrefixes().contains(head) || cues.organizationSuffixes().contains(head))) continue;
      // "and" joins fields ("Health Metrics", "Evaluation": common words after it, no place before
      // it), not names of their own ("University of Washington and Stanford University").
      if (opensPlace(tokens, k + 2, at)) return false;
      int j = at + 1;
      while (j < tokens.length && !tokens[j].isEmpty() && Character.isUpperCase(tokens[j].codePointAt(0))) {
        if (!isCommonWord(tokens[j])) return false;
        j++;
      }
      return j > at + 1 && (j == tokens.length || !isConnector(tokens[j]));
    }
    return false;
  }

  /** "((WN)) Given that ...": a run alone in brackets that open its line or sentence. */
  private static boolean speakerLabel(String[] tokens, int start, int end) {
    if (start == 0 || end >= tokens.length || !(tokens[end].equals(")") || tokens[end].equals("]"))) return false;
    for (int k = 0; k < start; k++) {
      if (!(tokens[k].equals("(") || tokens[k].equals("["))) return false;
    }
    return true;
  }

  /**
   * A common noun or adjective opening a run that is otherwise a name of two or more words, none of
   * them common, connected or a well-known place: the noun describes the person ("Countryman
   * Lawrence Cherono", "Winner Eliud Kipchoge"); "Human Rights Watch" or "United States" stay whole.
   */
  private boolean gluedCommonNoun(String[] tokens, int start, int end) {
    if (end - start < 3 || !isCommonWord(tokens[start])) return false;
    String first = EntityExtractor.lower(tokens[start]);
    if (cues.organizationPrefixes().contains(first) || cues.locationSuffixes().contains(first)
        || cues.organizationSuffixes().contains(first) || isNotEntity(first) || opensPlace(tokens, start, end)) {
      return false;
    }
    for (int k = start + 1; k < end; k++) {
      String t = tokens[k];
      if (isConnector(t) || isCommonWord(t) || isNotEntity(t) || cues.places().contains(EntityExtractor.lower(t))
          || cues.organizationSuffixes().contains(EntityExtractor.lower(t))) return false;
    }
    return true;
  }

  /** Whether a well-known place of one to three words opens tokens[start, end) ("New York ..."). */
  boolean opensPlace(String[] tokens, int start, int end) {
    for (int len = 1; len <= 3 && start + len <= end; len++) {
      if (cues.places().contains(EntityExtractor.lower(Mention.join(Arrays.asList(tokens).subList(start, start + len))))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the run ending before {@code end} ends in an organisation or place word. */
  boolean endsInHeadWord(String[] tokens, int end) {
    String last = EntityExtractor.lower(tokens[end - 1]);
    return cues.organizationSuffixes().contains(last) || cues.locationSuffixes().contains(last);
  }

  /**
   * The index of "of" in a run "X of Y" where Y is a well-known place and X one or more names, none
   * a common word ("Brigid Kosgei of Kenya", "ABC of Australia"; not "Bank of England", "Islamic
   * Republic of Iran"); {@code start} when there is none.
   */
  private int namedOfPlace(String[] tokens, int start, int end) {
    for (int of = start + 1; of < end - 1; of++) {
      if (!"of".equals(tokens[of])) continue;
      String place = EntityExtractor.lower(Mention.join(Arrays.asList(tokens).subList(of + 1, end)));
      if (!cues.places().contains(place)) return start;
      for (int k = start; k < of; k++) {
        String w = EntityExtractor.lower(tokens[k]);
        if (isConnector(tokens[k]) || isCommonWord(tokens[k]) || isTitle(tokens[k]) || cues.organizationSuffixes().contains(w)
            || cues.organizationPrefixes().contains(w) || cues.locationSuffixes().contains(w)) return start;
      }
      return of;
    }
    return start;
  }

  /**
   * The end of a well-known place that opens the run tokens[start, end) and is followed by a name
   * of its own ("Ukraine Volodymyr Zelenskyy": two or more words, no connector, not ending in an
   * organisation or place word, which would make the whole run one name: "New York Police
   * Department"); {@code start} when there is none.
   */
  private int placePrefix(String[] tokens, int start, int end) {
    for (int len = Math.min(3, end - start - 2); len >= 1; len--) {
      String head = EntityExtractor.lower(Mention.join(Arrays.asList(tokens).subList(start, start + len)));
      if (!cues.splittablePlaces().contains(head)) continue;
      String last = EntityExtractor.lower(tokens[end - 1]);
      if (cues.organizationSuffixes().contains(last) || cues.locationSuffixes().contains(last)) return start;
      for (int k = start + len; k < end; k++) {
        if (isConnector(tokens[k]) || isTitle(tokens[k])) return start;
      }
      return start + len;
    }
    return start;
  }

  private static void add(Mention m, List<Mention> out) {
    if (m != null) out.add(m);
  }

  /** The mention of tokens[start, end), or null when nothing but titles and function words is left. */
  Mention mention(String[] tokens, int start, int end) {
    double[] votes = new double[3];
    int from = start;
    while (from < end - 1 && isTitle(tokens[from])) {
      votes[PERSON] += 3;
      from++;
    }
    if (from == end - 1 && isTitle(tokens[from])) return null;
    if (end - 1 > from && isTitle(tokens[end - 1]) && !isConnector(tokens[end - 2])) { // not "Court of Justice"
      while (end - 1 > from && isTitle(tokens[end - 1])) end--; // "United States Senator"
      while (end > from && (isTitleModifier(tokens[end - 1]) || isConnector(tokens[end - 1]))) end--; // "Vice President"
      if (end == from) return null;
    }
    if (from < end - 1 && "of".equals(tokens[from]) && votes[PERSON] > 0) {
      // "President of Egypt": the title belongs to someone else; what follows is a place.
      votes[PERSON] = 0;
      votes[LOC] += 2;
      from++;
    }
    while (from < end && INNER_CONNECTORS.contains(tokens[from])) from++;
    List<String> words = new ArrayList<>();
    for (int k = from; k < end; k++) {
      String t = FORMAT_CHARS.matcher(tokens[k]).replaceAll(""); // a zero-width joiner in "Wikinews‍'s"
      if (t.endsWith("'s") && t.length() > 2) t = t.substring(0, t.length() - 2);
      if (k == end - 1 && t.endsWith("'") && t.length() > 1) t = t.substring(0, t.length() - 1); // "United States'"
      if (!t.isEmpty()) words.add(t);
    }
    if (words.isEmpty()) return null;
    if (words.stream().allMatch(this::isNotEntity)) return null;
    String first = EntityExtractor.lower(words.get(0));
    String last = EntityExtractor.lower(words.get(words.size() - 1));
    String before = start > 0 ? EntityExtractor.lower(tokens[start - 1]) : "";
    String after = end < tokens.length ? EntityExtractor.lower(tokens[end]) : "";
    if (cues.personTitles().contains(before)) votes[PERSON] += 3;
    if (cues.organizationSuffixes().contains(last)) votes[ORG] += 3;
    else if (cues.locationSuffixes().contains(last) && words.size() > 1) votes[LOC] += 3;
    if (words.size() > 1 && cues.organizationPrefixes().contains(first)) votes[ORG] += 2;
    if (cues.locationPrepositions().contains(before)) votes[LOC] += 1;
    if (cues.personVerbs().contains(after) || cues.personVerbsBefore().contains(before)) votes[PERSON] += 2;
    for (int k = 0; k < words.size() - 1; k++) {
      String w = EntityExtractor.lower(words.get(k));
      if (cues.organizationSuffixes().contains(w)) votes[ORG] += 1.5;
      if (cues.locationSuffixes().contains(w)) votes[LOC] += 1.5;
    }
    if (words.size() == 1 && isAcronym(words.get(0))) votes[ORG] += 1;
    boolean connected = words.stream().anyMatch(this::isConnector);
    if (words.contains("&")) votes[ORG] += 1; // "Tom & Jerry Studios", "Procter & Gamble"
    if (connected || words.size() > 3) votes[ORG] += 0.5;
    else if (words.size() >= 2 && votes[ORG] == 0 && votes[LOC] == 0) votes[PERSON] += 1;
    return new Mention(List.copyOf(words), votes, midSentence(tokens, from));
  }

  static boolean isAcronym(String word) {
    int letters = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) return false;
        letters++;
      } else if (c != '.') {
        return false;
      }
    }
    return letters >= 2 && letters <= 6;
  }
}
