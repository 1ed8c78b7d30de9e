package newsdesk.io;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a UTF-8 text file (JSONL input) line by line, counting lines. Unlike a
 * {@code BufferedReader}, whose decoder fails a whole buffer ahead with "Input length = 1", a line
 * that is not valid UTF-8 fails on its own with a {@link NotUtf8Exception} naming the file, the line
 * and the byte; the next {@link #readLine()} goes on with the following line, so that one bad line
 * does not stop the others. Lines end at {@code \n}, {@code \r\n} or {@code \r} (as
 * {@code BufferedReader}); a byte order mark opening the file is dropped. Not thread-safe.
 */
public final class Utf8Lines implements Closeable {
  private final Path file;
  private final InputStream in;
  private final byte[] buffer = new byte[1 << 16];
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  private int position;
  private int limit;
  private int lineNumber;
  private boolean skipLineFeed;

  private Utf8Lines(Path file, InputStream in) {
    this.file = file;
    this.in = in;
  }

  /**
   * Opens {@code file} ({@code -}: standard input, see {@link InputFiles}); fails like
   * {@link Files#newInputStream} (e.g. {@code NoSuchFileException}).
   */
  public static Utf8Lines open(Path file) throws IOException {
    return new Utf8Lines(file, InputFiles.open(file));
  }

  /** The number (from 1) of the line last returned or failed; 0 before the first. */
  public int lineNumber() {
    return lineNumber;
  }

  /**
   * The next line without its terminator, or null at the end of the file.
   *
   * @throws NotUtf8Exception when this line is not valid UTF-8 (the reader stays usable)
   */
  public String readLine() throws IOException {
    line.reset();
    boolean any = false;
    while (true) {
      if (position == limit && !fill()) {
        if (!any) return null;
        break;
      }
      byte b = buffer[position++];
      if (skipLineFeed) {
        skipLineFeed = false;
        if (b == '\n') continue;
      }
      any = true;
      if (b == '\n') break;
      if (b == '\r') {
        skipLineFeed = true;
        break;
      }
      line.write(b);
    }
    lineNumber++;
    return decode(line.toByteArray());
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer);
    if (n <= 0) return false;
    position = 0;
    limit = n;
    return true;
  }

  private String decode(byte[] bytes) throws NotUtf8Exception {
    decoder.reset();
    ByteBuffer input = ByteBuffer.wrap(bytes);
    CharBuffer output = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(input, output, true);
    if (!result.isError()) result = decoder.flush(output);
    if (result.isError()) {
      int at = input.position();
      throw new NotUtf8Exception(file, lineNumber, at + 1, bytes[at] & 0xff);
    }
    output.flip();
    if (lineNumber == 1 && output.length() > 0 && output.charAt(0) == '\uFEFF') output.position(1);
    return output.toString();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /** A line of the file is not valid UTF-8 (the file is probably in another encoding, e.g. Latin-1). */
  public static final class NotUtf8Exception extends IOException {
    private final transient Path file;
    private final int line;
    private final int column;
    private final String problem;

    NotUtf8Exception(Path file, int line, int column, int value) {
      this(file, line, column,
          String.format("not UTF-8 text (byte 0x%02X at byte %d of the line)", value, column));
    }

    private NotUtf8Exception(Path file, int line, int column, String problem) {
      super(InputFiles.name(file) + " line " + line + ": " + problem);
      this.file = file;
      this.line = line;
      this.column = column;
      this.problem = problem;
    }

    public Path file() {
      return file;
    }

    public int line() {
      return line;
    }

    /** The position (from 1) in the line's bytes of the first byte that is not UTF-8. */
    public int column() {
      return column;
    }

    /** What is wrong, without the file and line: for messages that name them their own way. */
    public String problem() {
      return problem;
    }
  }
}
