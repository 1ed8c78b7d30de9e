package newsdesk.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The input files of the commands, as a user names them: {@code -} is standard input, and a path
 * that exists without being a regular file ({@code /dev/stdin}, the {@code /dev/fd/N} of a pipe or
 * of a process substitution {@code <(...)}, a named pipe) is read as a stream, once, from start to
 * end. Standard input is read from {@link System#in} as it is when the file is opened.
 */
public final class InputFiles {
  /** The name that stands for standard input. */
  public static final String STDIN = "-";

  private InputFiles() {}

  /** Whether {@code file} names standard input ({@code -}). */
  public static boolean isStdin(Path file) {
    return file.toString().equals(STDIN);
  }

  /** The file's name in messages: {@code stdin} for {@code -}, else the path as given. */
  public static String name(Path file) {
    return isStdin(file) ? "stdin" : file.toString();
  }

  /**
   * What keeps {@code file} from being read as input ({@code no such file}, {@code a folder, not a
   * file}), or null when it can be opened (a file that cannot be read still fails in {@link #open}).
   */
  public static String problem(Path file) {
    if (isStdin(file)) return null;
    if (Files.isDirectory(file)) return "a folder, not a file";
    if (!Files.exists(file)) return "no such file";
    return null;
  }

  /**
   * Opens {@code file} for reading; closing the stream of {@code -} leaves standard input open.
   *
   * @throws IOException as {@link Files#newInputStream} (e.g. {@code NoSuchFileException})
   */
  public static InputStream open(Path file) throws IOException {
    if (!isStdin(file)) return Files.newInputStream(file);
    return new FilterInputStream(System.in) {
      @Override
      public void close() {
        // Standard input belongs to the process, not to this reader.
      }
    };
  }
}
