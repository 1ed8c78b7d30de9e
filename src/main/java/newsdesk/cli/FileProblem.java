package newsdesk.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Says in words why reading a local file failed, for one-line messages that already name the
 * file: the NIO exceptions carry the path as their message ({@code AccessDeniedException: x.xml}),
 * which would repeat the name and hide the reason.
 */
final class FileProblem {
  private FileProblem() {}

  static String describe(IOException e) {
    if (e instanceof NoSuchFileException) return "no such file";
    if (e instanceof AccessDeniedException) return "permission denied";
    if (e instanceof NotDirectoryException) return "not a folder";
    if (e instanceof CharacterCodingException) return "not UTF-8 text";
    if (e instanceof FileSystemException fs && fs.getReason() != null && !fs.getReason().isBlank()) {
      return fs.getReason();
    }
    String m = e.getMessage();
    return m == null || m.isBlank() ? "read failed (" + e.getClass().getSimpleName() + ")" : m;
  }
}
