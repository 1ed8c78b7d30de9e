package newsdesk.text;

/**
 * Whether "and" inside a run of capitalised tokens joins one name ("Department of Health and
 * Human Services") or separates two ("University of Washington and Stanford University"), for
 * {@link RunSplitter} and {@link MentionCollector}. Immutable.
 */
final class NameConjunctions {
  private final NameWords words;
  private final EntityCues cues;

  NameConjunctions(NameWords words) {
    this.words = words;
    this.cues = words.cues();
  }

  /**
   * Whether "and" at tokens[at] continues the name tokens[start, at): an organisation named by a
   * head word and "of"/"for" ("Institute for Health Metrics and Evaluation", "Department of
   * Health and Human Services", "Institute of Geophysics and Volcanology"), or one whose head word
   * ends the words after "and" while none stands before it ("National Oceanic and Atmospheric
   * Administration"); elsewhere "and" separates names ("University of Washington and Stanford
   * University", "Germany and the Red Cross").
   */
  boolean joinsWithAnd(String[] tokens, int start, int at) {
    if (!words.isConjunction(tokens[at])) return false;
    int after = at + 1;
    while (after < tokens.length && RunSplitter.capitalised(tokens[after])) after++;
    if (after == at + 1) return false;
    boolean connectorAfter = after < tokens.length && words.isConnector(tokens[after]);
    for (int k = start; k < at - 2; k++) {
      if (!words.opensDomain(tokens[k + 1])) continue;
      String head = EntityExtractor.lower(tokens[k]);
      if (!(cues.organizationPrefixes().contains(head) || cues.organizationSuffixes().contains(head))) continue;
      // "and" joins fields ("Health Metrics", "Evaluation": common words or names of fields after
      // it, no place before it), not names of their own ("University of Washington and Stanford University").
      if (words.opensPlace(tokens, k + 2, at)) return false;
      for (int j = at + 1; j < after; j++) if (!words.isCommonWord(tokens[j]) && !isFieldName(tokens[j])) return false;
      return !connectorAfter;
    }
    return !connectorAfter && after - at >= 3 && words.endsInOrganizationWord(tokens, after) && !startsAName(tokens, start, at);
  }

  /**
   * Whether tokens[start, at) could stand as a name of its own before "and": it holds a head word,
   * a connector, a title, an acronym or a well-known place, or only one word that is no common word.
   * A place listed with "~" (also a given name, an ocean or a region: "Pacific", "Washington") opens
   * longer names, so it says nothing here ("Pacific Gas and Electric Company").
   */
  private boolean startsAName(String[] tokens, int start, int at) {
    if (at - start == 1 && !words.isCommonWord(tokens[start])) return true;
    for (int k = start; k < at; k++) {
      String t = tokens[k];
      String w = EntityExtractor.lower(t);
      if (words.isConnector(t) || words.isTitle(t) || NameWords.isAcronym(t) || cues.splittablePlaces().contains(w) || !RunSplitter.capitalised(t)
          || cues.organizationSuffixes().contains(w) || cues.locationSuffixes().contains(w)) return true;
    }
    return false;
  }

  /** "Volcanology", "Geophysics": the name of a field of study, by its ending. */
  private boolean isFieldName(String token) {
    String w = EntityExtractor.lower(token);
    for (String ending : cues.fieldEndings()) if (w.length() > ending.length() + 2 && w.endsWith(ending)) return true;
    return false;
  }
}
