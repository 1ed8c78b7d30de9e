package newsdesk.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a reader's query into the tokens of the documented syntax, and nothing more: words,
 * {@code "phrases"}, {@code AND}/{@code OR}/{@code NOT} (upper case, as their own word; {@code &&}
 * and {@code ||} too), a {@code -} (exclude) or {@code +} (require) directly before a word, phrase or
 * bracket, and round brackets. Every other character is text for the analyzer, so {@code ? : [ ] ^
 * ~ * { } / \ !} are punctuation between words, never Lucene syntax. A quote without its pair is
 * punctuation too; an unmatched bracket is ignored by the parser.
 *
 * <p>A character whose compatibility form (NFKC) is one of the syntax characters, such as a
 * full-width quote or bracket, reads as that character; curly double quotes ({@code “ ” „}) read as
 * {@code "}, since phones type them. Nothing else is normalised here: the analyzer normalises each
 * word, and normalising the whole query would glue symbols to words ({@code Zürich™} would become
 * {@code ZürichTM}).
 */
final class QueryLexer {
  enum Kind { WORD, PHRASE, OPEN, CLOSE, AND, OR, NOT }

  /**
   * A token; {@code text} is a word's or phrase's text (without quotes or prefix), or the operator.
   *
   * @param prefix {@code '-'} (exclude), {@code '+'} (require) or 0
   */
  record Token(Kind kind, String text, char prefix) {
    boolean excluded() {
      return prefix == '-';
    }

    /** The token as the reader wrote it (operators, brackets and phrase quotes included). */
    String source() {
      String body = kind == Kind.PHRASE ? '"' + text + '"' : text;
      return prefix == 0 ? body : prefix + body;
    }
  }

  private static final Set<String> AND = Set.of("AND", "&&");
  private static final Set<String> OR = Set.of("OR", "||");
  private static final String CURLY_QUOTES = "\u201C\u201D\u201E\u201F";
  private static final String SYNTAX = "\"()-+";

  private QueryLexer() {}

  /** The syntax characters of {@code text} in their usual form (see the class comment). */
  static String normaliseSyntax(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      if (CURLY_QUOTES.indexOf(cp) >= 0) {
        out.append('"');
        return;
      }
      if (cp >= 0x80) {
        String compatible = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKC);
        if (compatible.length() == 1 && (SYNTAX.indexOf(compatible.charAt(0)) >= 0 || Character.isWhitespace(compatible.charAt(0)))) {
          out.append(compatible.charAt(0));
          return;
        }
      }
      out.appendCodePoint(cp);
    });
    return out.toString();
  }

  /** The tokens of {@code text} (already {@linkplain #normaliseSyntax normalised}), in order. */
  static List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      char prefix = 0;
      if ((c == '-' || c == '+') && i + 1 < n && !isSpace(text.charAt(i + 1))) {
        prefix = c;
        c = text.charAt(++i);
      }
      if (c == '(' || c == ')') {
        out.add(new Token(c == '(' ? Kind.OPEN : Kind.CLOSE, String.valueOf(c), c == '(' ? prefix : 0));
        i++;
        continue;
      }
      if (c == '"') {
        int close = text.indexOf('"', i + 1);
        if (close > 0) {
          out.add(new Token(Kind.PHRASE, text.substring(i + 1, close), prefix));
          i = close + 1;
          continue;
        }
        i++; // a lone quote is punctuation
        if (prefix == 0) continue;
      }
      int end = i;
      while (end < n && !isSpace(text.charAt(end)) && "()\"".indexOf(text.charAt(end)) < 0) end++;
      String word = text.substring(i, end);
      i = end;
      if (word.isEmpty()) continue;
      if (prefix == 0 && AND.contains(word)) out.add(new Token(Kind.AND, word, (char) 0));
      else if (prefix == 0 && OR.contains(word)) out.add(new Token(Kind.OR, word, (char) 0));
      else if (prefix == 0 && word.equals("NOT")) out.add(new Token(Kind.NOT, word, (char) 0));
      else out.add(new Token(Kind.WORD, word, prefix));
    }
    return out;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
