package newsdesk.text;

import java.util.Arrays;

/**
 * Where a run of capitalised tokens divides into two names at a place, for {@link RunSplitter}:
 * "X of Y" with Y a place ("Brigid Kosgei of Kenya"), a country in front of its institution
 * ("U.S. House of Representatives") and a well-known place in front of a name of its own
 * ("Ukraine Volodymyr Zelenskyy"). Each answers the index of the split, or {@code start} when the
 * run does not divide there. Immutable.
 */
final class PlaceSplits {
  private final NameWords words;
  private final EntityCues cues;
  private final EntityAliases aliases;

  PlaceSplits(NameWords words, EntityAliases aliases) {
    this.words = words;
    this.cues = words.cues();
    this.aliases = aliases;
  }

  /**
   * The index of "of" in a run "X of Y" where Y is a place and X one or more names, none a common
   * word, after titles if any ("Brigid Kosgei of Kenya", "ABC of Australia", "Prince Mohammed bin
   * Salman of Saudi Arabia"; not "Bank of England", "Islamic Republic of Iran"); {@code start} when
   * there is none. Y is a well-known place, or, after a person's name of two or more words, one or
   * two words that are neither common, acronyms nor head words ("John Harris of Shelbyville"), or
   * an institution's name ({@link #namesInstitution}: "Jane Doe of Scripps Research").
   */
  int namedOfPlace(String[] tokens, int start, int end) {
    for (int of = start + 1; of < end - 1; of++) {
      if (!words.isGenitive(tokens[of])) continue;
      String place = EntityExtractor.lower(Mention.join(Arrays.asList(tokens).subList(of + 1, end)));
      boolean known = cues.places().contains(place);
      int name = start;
      while (name < of && words.isTitle(tokens[name])) name++; // "Prince Mohammed bin Salman of Saudi Arabia"
      if (name == of) return start;
      if (!known && !(of - name >= 2 && (unknownPlace(tokens, of + 1, end) || namesInstitution(tokens, of + 1, end)))) return start;
      // Common words may be a person's given name or surname ("Elizabeth Warren of Massachusetts") when two or
      // more words, not all common, stand before a well-known place; one ("Tower of London") or all
      // common ("Great Fire of London") make one name with it.
      boolean commonAllowed = known && of - name >= 2
          && Arrays.stream(tokens, name, of).anyMatch(t -> !words.isCommonWord(t) && !words.isConnector(t));
      for (int k = name; k < of; k++) {
        if (words.joinsPersonName(Arrays.asList(tokens).subList(name, of), k - name)) continue; // "Mohammed bin Salman"
        String w = EntityExtractor.lower(tokens[k]);
        if (words.isConnector(tokens[k]) || (words.isCommonWord(tokens[k]) && !commonAllowed) || words.isTitle(tokens[k])
            || (!known && NameWords.isAcronym(tokens[k]))
            || cues.organizationSuffixes().contains(w) || cues.organizationPrefixes().contains(w) || cues.locationSuffixes().contains(w)) return start;
      }
      return of;
    }
    return start;
  }

  /**
   * Whether tokens[from, end) name an institution after "X of": two to four capitalised words, no
   * connector or title, the first no common word, the last an organisation head word or a common
   * word that is no place word ("Scripps Research", "Norland University"; not "North Hill Street").
   */
  boolean namesInstitution(String[] tokens, int from, int end) {
    if (end - from < 2 || end - from > MAX_INSTITUTION_WORDS || words.isCommonWord(tokens[from])) return false;
    for (int k = from; k < end; k++) {
      if (!RunSplitter.capitalised(tokens[k]) || words.isConnector(tokens[k]) || words.isTitle(tokens[k])) return false;
    }
    String last = EntityExtractor.lower(tokens[end - 1]);
    return cues.organizationSuffixes().contains(last)
        || (words.isCommonWord(last) && !cues.locationSuffixes().contains(last) && !cues.locationModifiers().contains(last));
  }

  /** The most words of an institution's name after "X of" that {@link #namesInstitution} takes. */
  private static final int MAX_INSTITUTION_WORDS = 4;

  /** One or two capitalised words that are no common word, acronym, connector, title or head word ("Shelbyville"). */
  private boolean unknownPlace(String[] tokens, int from, int end) {
    if (end - from > 2) return false;
    for (int k = from; k < end; k++) {
      String t = tokens[k];
      String w = EntityExtractor.lower(t);
      if (!RunSplitter.capitalised(t) || words.isConnector(t) || words.isCommonWord(t) || NameWords.isAcronym(t) || words.isTitle(t)
          || cues.organizationSuffixes().contains(w) || cues.organizationPrefixes().contains(w)) return false;
    }
    return true;
  }

  /**
   * The end of a country's name that opens the name of one of its institutions of the form "Head
   * of/for X" ("United States House of Representatives", "U.S. Department of Justice", "UK House of
   * Commons"), so that the institution is one entity whether a text writes the country in front or
   * not, and the country another; {@code start} when there is none. A country is a form of a
   * well-known place of {@code entity-aliases.txt} (one to four words: "US", "United States of
   * America"); the head word opens organisation names ({@code organization.prefixes}), also alone
   * as the institution's short name ("U.S. House", which joins "House of Representatives" when the
   * text has it, and is no person). A state or a
   * city in front stays part of the name ("Michigan House of Representatives"), as do a demonym
   * ("Libyan House of Representatives") and other institutions' names ("U.S. Geological Survey").
   */
  int countryPrefix(String[] tokens, int start, int end) {
    for (int len = Math.min(4, end - start - 1); len >= 1; len--) {
      String country = Mention.join(Arrays.asList(tokens).subList(start, start + len));
      if (!aliases.isWrittenForm(country) || aliases.typeOf(country) != EntityType.LOCATION) continue;
      int head = start + len;
      boolean opensInstitution = cues.organizationPrefixes().contains(EntityExtractor.lower(tokens[head]));
      // "U.S. House": the head word alone is the short name of the institution ("the House").
      // Not before a lower-case "on", "of": "United States Commission on International Religious Freedom" is one name.
      boolean institution = opensInstitution && ((head + 1 == end && (end == tokens.length || !continuesName(tokens[end])))
          || (head + 2 < end && words.opensDomain(tokens[head + 1])));
      return institution ? head : start;
    }
    return start;
  }

  private boolean continuesName(String token) {
    return cues.nameContinuations().contains(token);
  }

  /**
   * The end of a well-known place that opens the run tokens[start, end) and is followed by a name
   * of its own ("Ukraine Volodymyr Zelenskyy": two or more words, no connector, not ending in an
   * organisation or place word, which would make the whole run one name: "New York Police
   * Department"); {@code start} when there is none.
   */
  int placePrefix(String[] tokens, int start, int end) {
    for (int len = Math.min(3, end - start - 2); len >= 1; len--) {
      String head = EntityExtractor.lower(Mention.join(Arrays.asList(tokens).subList(start, start + len)));
      if (!cues.splittablePlaces().contains(head)) continue;
      String last = EntityExtractor.lower(tokens[end - 1]);
      if (cues.organizationSuffixes().contains(last) || cues.locationSuffixes().contains(last)) return start;
      for (int k = start + len; k < end; k++) {
        if (words.isConnector(tokens[k]) || words.isTitle(tokens[k])) return start;
      }
      return start + len;
    }
    return start;
  }
}
