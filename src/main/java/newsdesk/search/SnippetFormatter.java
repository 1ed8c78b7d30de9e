package newsdesk.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighted passages as {@link SearchHit.Part}s instead of text with marker characters:
 * the matches are carried beside the text, so no character of the text (a French «guillemet», say)
 * can be mistaken for a highlight, and none is lost. Overlapping matches merge into one part, as in
 * Lucene's {@code DefaultPassageFormatter}; passages are joined with " … ". Returns a
 * {@code List<SearchHit.Part>}, tidied by {@link SearchHit#tidy(List)}.
 */
final class SnippetFormatter extends PassageFormatter {
  static final String ELLIPSIS = " … ";

  @Override
  public Object format(Passage[] passages, String content) {
    List<SearchHit.Part> parts = new ArrayList<>();
    int pos = 0;
    for (Passage passage : passages) {
      if (passage.getStartOffset() > pos && pos > 0) parts.add(new SearchHit.Part(ELLIPSIS, false));
      pos = passage.getStartOffset();
      int[] starts = passage.getMatchStarts();
      int[] ends = passage.getMatchEnds();
      for (int i = 0; i < passage.getNumMatches(); i++) {
        int start = Math.max(starts[i], pos);
        int end = ends[i];
        while (i + 1 < passage.getNumMatches() && starts[i + 1] < end) end = Math.max(end, ends[++i]);
        end = Math.min(end, passage.getEndOffset()); // a match may straddle the passage's end
        if (start > pos) parts.add(new SearchHit.Part(content.substring(pos, start), false));
        if (end > start) parts.add(new SearchHit.Part(content.substring(start, end), true));
        pos = Math.max(pos, end);
      }
      if (passage.getEndOffset() > pos) parts.add(new SearchHit.Part(content.substring(pos, passage.getEndOffset()), false));
      pos = Math.max(pos, passage.getEndOffset());
    }
    return parts;
  }
}
