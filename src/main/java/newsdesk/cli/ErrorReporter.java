package newsdesk.cli;

import java.io.UncheckedIOException;
import newsdesk.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Reports a failed command on stderr, prefixed with the full command path ({@code newsdesk sources
 * add: ...}): one line for user mistakes and environment failures (I/O, an unusable or failing
 * database), the stack trace only for bugs or when {@code NEWSDESK_DEBUG} is set.
 *
 * <p>Only a {@link UserError} is a user mistake (exit {@value #USER_ERROR}; picocli's parameter
 * errors are {@link UsageErrorReporter}'s). An {@link IllegalArgumentException} is not: in newsdesk it
 * means code called an API wrongly (a bug), so it is an internal error with its trace like any other.
 * Commands turn what a user typed into a {@code UserError} naming the input before it can reach
 * the code below them.
 */
final class ErrorReporter implements IExecutionExceptionHandler {
  static final int USER_ERROR = 2;
  static final int FAILURE = 1;

  @Override
  public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
    boolean debug = System.getenv("NEWSDESK_DEBUG") != null;
    var err = cl.getErr();
    String prefix = commandPath(cl) + ": ";
    if (ex instanceof UserError) {
      err.println(prefix + message(ex));
      if (debug) ex.printStackTrace(err);
      return USER_ERROR;
    }
    if (ex instanceof CommandFailure || ex instanceof UncheckedIOException || ex instanceof java.io.IOException
        || ex instanceof StoreException) {
      err.println(prefix + message(ex));
      if (debug) ex.printStackTrace(err);
      return FAILURE;
    }
    err.println(prefix + "internal error: " + ex);
    ex.printStackTrace(err);
    return FAILURE;
  }

  /**
   * The failure's message; never "null" or a bare class name: a wrapper's default message (the
   * cause's toString) gives way to the first real message down the cause chain.
   */
  static String message(Throwable ex) {
    int depth = 0;
    for (Throwable t = ex; t != null && depth < 20; t = t.getCause(), depth++) {
      String m = t.getMessage();
      boolean wrapperDefault = t.getCause() != null && t.getCause().toString().equals(m);
      if (m != null && !m.isBlank() && !wrapperDefault) return m;
    }
    String kind = ex.getClass().getSimpleName().replaceFirst("(Exception|Error)$", "")
        .replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    return "failed without a message (" + (kind.isEmpty() ? "unknown error" : kind + " error") + ")";
  }

  /**
   * Where a command reports a problem with one input that does not stop it (a JSONL line skipped):
   * its stderr, prefixed like its errors ({@code newsdesk cluster: in.jsonl line 3 skipped: ...}).
   */
  static java.util.function.Consumer<String> inputProblems(CommandLine cl) {
    String prefix = commandPath(cl) + ": ";
    java.io.PrintWriter err = cl.getErr();
    return problem -> err.println(prefix + problem);
  }

  /** "newsdesk sources add": the names from the root down, whatever the root command is called. */
  static String commandPath(CommandLine cl) {
    String path = cl.getCommandSpec().qualifiedName(" ");
    return path.equals("newsdesk") || path.startsWith("newsdesk ") ? path : "newsdesk " + path;
  }
}
