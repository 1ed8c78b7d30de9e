package newsdesk.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes one stretch of tokens a {@link Mention}: strips titles and possessives off its words and
 * gives it type votes from the cue words of {@link EntityCues} around and inside it (a title or
 * speech verb: person; an organisation or place head word: organisation or place; a place
 * preposition: place; an acronym: organisation), with what {@link MentionContext} reads around it.
 * {@link RunSplitter} decides the stretches.
 */
final class MentionTyper {
  private static final java.util.regex.Pattern INITIAL = java.util.regex.Pattern.compile("(?:\\p{Lu}\\.)+"); // "J.", "C.L."
  private static final java.util.regex.Pattern FORMAT_CHARS = java.util.regex.Pattern.compile("\\p{Cf}");
  static final int PERSON = EntityType.PERSON.ordinal();
  static final int ORG = EntityType.ORGANIZATION.ordinal();
  static final int LOC = EntityType.LOCATION.ordinal();
  /** A listed building's or outlet's type outvotes a speech verb (+2) or a place preposition (+1) beside it. */
  private static final double BUILDING_VOTE = 4;
  /** A speech verb next to the name ("said", "told"): a speaker, person or institution ({@link Mention#speech}). */
  private static final double SPEECH_VOTE = 2;

  private final NameWords names;
  private final EntityCues cues;
  private final MentionContext context;

  MentionTyper(NameWords names) {
    this.names = names;
    this.cues = names.cues();
    this.context = new MentionContext(names);
  }

  /** The mention of tokens[start, end), or null when nothing but titles and function words is left. */
  Mention mention(String[] tokens, int start, int end) {
    double[] votes = new double[3];
    int from = start;
    // "Justice Department", "General Motors", "Queen Elizabeth Hospital", "Prince Edward Island": a
    // title opening a name that ends in an organisation or place head word is part of that name.
    boolean headed = end - start >= 2 && names.endsInHeadWord(tokens, end)
        && java.util.Arrays.stream(tokens, start, end).noneMatch(names::isConnector); // not "Professor X of Y University"

    // "Bharat Ratna Pranab Mukherjee", "Tan Sri Muhyiddin Yassin": an honour before a name is a title.
    for (int honour = names.honourAt(tokens, from, end); honour > 0 && from + honour < end; honour = names.honourAt(tokens, from, end)) {
      votes[PERSON] += 3;
      from += honour;
    }
    boolean titled = from > start;
    // "Immunologist Jane Doe said": a profession opening a sentence before a name of two words or more.
    if (!headed && from == start && end - from >= 3 && !NameWords.midSentence(tokens, from) && profession(tokens[from])) {
      votes[PERSON] += 3;
      from++;
      titled = true;
    }
    while (!headed && from < end - 1 && names.isTitle(tokens[from])) {
      votes[PERSON] += 3;
      from++;
      titled = true;
    }
    if (from == end - 1 && names.isTitle(tokens[from])) return null;
    if (end - 1 > from && names.isTitle(tokens[end - 1]) && !names.isConnector(tokens[end - 2])) { // not "Court of Justice"
      while (end - 1 > from && names.isTitle(tokens[end - 1])) end--; // "United States Senator"
      while (end > from && (names.isTitleModifier(tokens[end - 1]) || names.isConnector(tokens[end - 1]))) end--; // "Vice President"
      if (end == from) return null;
    }
    if (from < end - 1 && names.isGenitive(tokens[from]) && votes[PERSON] > 0) {
      // "President of Egypt": the title belongs to someone else; what follows is a place.
      votes[PERSON] = 0;
      votes[LOC] += 2;
      from++;
    }
    while (from < end && names.isInnerConnector(tokens[from])) from++;
    List<String> words = new ArrayList<>();
    for (int k = from; k < end; k++) {
      String t = FORMAT_CHARS.matcher(tokens[k]).replaceAll(""); // a zero-width joiner in "Wikinews‍'s"
      if (t.endsWith("'s") && t.length() > 2) t = t.substring(0, t.length() - 2);
      if (k == end - 1 && t.endsWith("'") && t.length() > 1) t = t.substring(0, t.length() - 1); // "United States'"
      if (!t.isEmpty()) words.add(t);
    }
    if (words.isEmpty()) return null;
    if (words.stream().allMatch(names::isNotEntity)) return null;
    String first = EntityExtractor.lower(words.get(0));
    String last = EntityExtractor.lower(words.get(words.size() - 1));
    String before = start > 0 ? EntityExtractor.lower(tokens[start - 1]) : "";
    String after = end < tokens.length ? EntityExtractor.lower(tokens[end]) : "";
    if (cues.personTitles().contains(before)) votes[PERSON] += 3;
    if (start > 0 && cues.personNounsBefore().contains(tokens[start - 1])) votes[PERSON] += 3; // "his wife Mary", lower case only
    if (!titled) kindNounVotes(tokens, start, votes);
    // "Nature's Scientific Reports journal", "the Norland Times newspaper": a lower-case noun of a kind of organisation right after the name.
    if (end < tokens.length && cues.organizationNounsBefore().contains(tokens[end])) votes[ORG] += KIND_NOUN_AFTER_VOTE;
    if (context.relativeAfter(tokens, end) && context.subjectPosition(tokens, start)) votes[PERSON] += 2; // "Wong, who ..."
    // A listed building has its listed type whatever its head word: "Downing Street" an institution, "Oval Office" a place.
    EntityType building = names.buildingType(Mention.join(words));
    boolean adjectiveHead = adjectiveHeadedGroup(words);
    if (building != null) votes[building.ordinal()] += BUILDING_VOTE;
    else if (cues.outlets().contains(EntityExtractor.lower(Mention.join(words)))) votes[ORG] += BUILDING_VOTE; // "told Scientific American"
    else if (adjectiveHead) votes[ORG] += ADJECTIVE_HEAD_VOTE;
    else if (cues.organizationSuffixes().contains(last)) votes[ORG] += 3;
    else if (cues.locationSuffixes().contains(last) && words.size() > 1) votes[LOC] += 3;
    if (words.size() > 1 && cues.organizationPrefixes().contains(first)) votes[ORG] += 2;
    if (words.size() > 1 && cues.locationPrefixes().contains(first)) votes[LOC] += 2;
    if (words.size() > 1 && cues.locationModifiers().contains(first)) {
      // "Central Italy", "Northern Cape": a region, surely so when a well-known place follows.
      // A longer name opening so is mostly an institution's ("North Carolina State Board of Elections").
      if (names.isPlace(Mention.join(words.subList(1, words.size())))) votes[LOC] += 4;
      else if (words.size() == 2) votes[LOC] += 1;
    }
    // "explained to Wikinews", "questions from Reuters": after words of speech the preposition names an addressee or source.
    String twoBefore = start > 1 ? EntityExtractor.lower(tokens[start - 2]) : "";
    boolean published = cues.locationPrepositions().contains(before) && context.publishedIn(tokens, start - 1) && !names.isPlace(Mention.join(words));
    if (published) votes[ORG] += PUBLICATION_VOTE;
    double placePreposition = cues.locationPrepositions().contains(before) && !cues.addresseeWords().contains(twoBefore)
        && !published && !context.possessiveAt(tokens, end) && !("to".equals(before) && personLike(words)) ? 1 : 0;
    double speech = cues.personVerbs().contains(after) || cues.personVerbsBefore().contains(before) ? SPEECH_VOTE : 0;
    for (int k = 0; k < words.size() - 1; k++) {
      String w = EntityExtractor.lower(words.get(k));
      // A head word that opens its domain ("Civil Aviation Authority of Norland", "Society of Civil
      // Engineers", "Gulf of Mexico") heads the whole name as a last word would; no person's name has one.
      double head = names.opensDomain(words.get(k + 1)) ? 3 : 1.5;
      if (cues.organizationSuffixes().contains(w)) votes[ORG] += head;
      if (cues.locationSuffixes().contains(w) && !(adjectiveHead && k == 1)) votes[LOC] += head;
    }
    if (words.size() == 1 && NameWords.isAcronym(words.get(0))) votes[ORG] += 1;
    if (words.contains("&")) votes[ORG] += 1; // "Tom & Jerry Studios", "Procter & Gamble"
    if (names.spellsBracketedAcronym(tokens, start, end)) votes[ORG] += 2; // "All Elite Wrestling (AEW)"
    // Joined only by "al", "bin" ...: a person's name of any length ("Abu Mahdi al-Muhandis"), not an institution's.
    if (initialledName(words)) {
      // "Michael J. T. Guy", "Jessie K. Liu": an initial before the last word is a person's mark,
      // stronger than a place preposition ("due to Michael J. T. Guy"); a head word outvotes it ("A. B. C. Party").
      votes[PERSON] += 2;
    } else if (names.isParticleName(words)) {
      if (votes[ORG] == 0 && votes[LOC] + placePreposition == 0) votes[PERSON] += 1;
    } else if (!doubleFamilyName(words) && (words.stream().anyMatch(names::isConnector) || words.size() > 3)) {
      votes[ORG] += 0.5;
    } else if (words.size() >= 2 && votes[ORG] == 0 && votes[LOC] + placePreposition == 0) {
      // Without any cue two or more words are mostly a person's name, but not after "the" ("the Grateful
      // Dead,"; "the James Cagney film" names a person: a lower-case word after the name may be what it
      // qualifies), nor before a lower-case role that another name holds ("Grateful Dead drummer Mickey Hart"),
      // nor three or more common words ("Black Lives Matter", a movement's slogan: no one's name).
      if (("the".equals(before) && !context.beforeLowerCase(tokens, end)) || context.roleOfAnotherAfter(tokens, end)
          || commonWordsOnly(words)) votes[ORG] += 1;
      else votes[PERSON] += 1;
    }
    return new Mention(List.copyOf(words), votes, speech, NameWords.midSentence(tokens, from), placePreposition);
  }

  /**
   * Votes of a lower-case noun of a kind right before the name at tokens[start], which names no title
   * (case-sensitive: capitalised it would be part of a name): of an organisation ("the rock band X"),
   * of a place ("the Serbian capital X", also before "of": "the state of X") or of a person before
   * "named" or "called" ("a student named X").
   */
  private void kindNounVotes(String[] tokens, int start, double[] votes) {
    String before = start > 0 ? tokens[start - 1] : "";
    String twoBefore = start > 1 ? tokens[start - 2] : "";
    if (cues.organizationNounsBefore().contains(before)) votes[ORG] += 3;
    if (cues.locationNounsBefore().contains(before) || (names.isGenitive(before) && cues.locationNounsBefore().contains(twoBefore))) {
      votes[LOC] += 3;
    }
    if (("named".equals(before) || "called".equals(before)) && cues.personNounsNamed().contains(twoBefore)) votes[PERSON] += 3;
  }

  /**
   * Whether {@code words} may be a person's name: two or more words, none a common word ("Hillary
   * Clinton"; not "Windsor Locks"). After "to" such a name is mostly a person ("lost to X", "awarded
   * to X"); well-known places are listed and need no preposition.
   */
  private boolean personLike(List<String> words) {
    return words.size() >= 2 && words.stream().noneMatch(w -> names.isCommonWord(w) || names.isConnector(w));
  }

  /** A publication's vote outweighs the place head words a journal's name may end in ("Science Advances" has none; "Nature Cities" would). */
  private static final double PUBLICATION_VOTE = 3;
  /** Outweighs the place votes of "Islamic State" (+3 head word, +1 preposition). */
  private static final double ADJECTIVE_HEAD_VOTE = 5;
  /** A kind noun after the name ("X journal") outvotes the weak person vote of two words without a cue (+1). */
  private static final double KIND_NOUN_AFTER_VOTE = 2;
  private static final String HYPHEN = "-";

  /**
   * "Jane Vann - Dorsey": a given name and two family names joined by a hyphen, none of them a common
   * word, a place or a particle; a hyphen joins no institution's parts so ("Agence France - Presse",
   * "Non - Governmental Organizations", "Masjid Al - Aqsa" stay as they were).
   */
  private boolean doubleFamilyName(List<String> words) {
    if (words.size() != 4 || !HYPHEN.equals(words.get(2))) return false;
    for (int k : new int[] {0, 1, 3}) {
      String w = words.get(k);
      if (names.isCommonWord(w) || names.isPlace(w) || names.isConnector(w) || names.isNotEntity(w)
          || cues.nameParticles().contains(EntityExtractor.lower(w))) return false;
    }
    return true;
  }

  /**
   * Three or more common words, none a function word of a work's title ("Together Through Life") nor
   * ending as an abstract noun ("Long Range Identification"), which other rules hide: a movement's
   * or programme's name ("Black Lives Matter"), no one's.
   */
  private boolean commonWordsOnly(List<String> words) {
    if (words.size() < 3 || !words.stream().allMatch(names::isCommonWord)) return false;
    String last = EntityExtractor.lower(words.get(words.size() - 1));
    return words.stream().noneMatch(w -> cues.workTitleWords().contains(EntityExtractor.lower(w)))
        && cues.abstractEndings().stream().noneMatch(last::endsWith);
  }

  /**
   * Whether {@code words} open with a party's, movement's or nation's adjective
   * ({@code organization.kind.modifiers}, {@code demonyms.txt}) right before a place head word of
   * {@code organization.heads.after.adjective} ("Islamic State", "Islamic State of Iraq", "the
   * Zimbabwean State"): a group or government that calls itself so, no territory; not a
   * well-known place ({@code places.txt}).
   */
  private boolean adjectiveHeadedGroup(List<String> words) {
    if (words.size() < 2 || names.isPlace(Mention.join(words))) return false;
    String adjective = EntityExtractor.lower(words.get(0));
    return (cues.kindModifiers().contains(adjective) || cues.notShownNames().contains(adjective))
        && cues.adjectiveOrganizationHeads().contains(EntityExtractor.lower(words.get(1)));
  }

  /**
   * Whether {@code token} is a capitalised noun of a profession by its ending
   * ({@code person.title.endings}: "Immunologist", "Violinist"), six letters or more, no acronym, or
   * a common word and an ending of {@code person.title.compound.endings} ("Businessman").
   */
  private boolean profession(String token) {
    if (token.length() < 6 || NameWords.isAcronym(token) || !Character.isUpperCase(token.codePointAt(0))) return false;
    String w = EntityExtractor.lower(token);
    if (cues.titleEndings().stream().anyMatch(w::endsWith)) return true;
    return cues.titleCompoundEndings().stream().anyMatch(e -> w.endsWith(e) && w.length() - e.length() >= MIN_COMPOUND_STEM
        && names.isCommonWord(w.substring(0, w.length() - e.length())));
  }

  /** The fewest letters of the common word before "man" of a role ("business" of "Businessman"; not "free" of "Freeman"). */
  private static final int MIN_COMPOUND_STEM = 5;

  /**
   * A person's name with initials: an initial ("J.", "C.L.") before the last word, then one word ("Michael J. T.
   * Guy") or more that are no common words ("Pedro R. Pierluisi Urrutia"); not "Leroy P. Steele
   * Prize", "Richard J. Donovan Correctional Facility".
   */
  private boolean initialledName(List<String> words) {
    int last = -1;
    // "C.L." as "C.", but not "U.S." ("U.S.-Mexican", "U.S. Constitution"), a place's initials.
    for (int k = 0; k < words.size() - 1; k++) if (INITIAL.matcher(words.get(k)).matches() && !names.isPlace(words.get(k))) last = k;
    if (last < 0) return false;
    for (int k = last + 2; k < words.size(); k++) if (names.isCommonWord(words.get(k))) return false;
    return true;
  }

}
