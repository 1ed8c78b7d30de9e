package newsdesk.cli;

import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Reports a failed command on stderr: one line for user mistakes and environment failures, the
 * stack trace only for bugs or when {@code NEWSDESK_DEBUG} is set.
 */
final class ErrorReporter implements IExecutionExceptionHandler {
  static final int USER_ERROR = 2;
  static final int FAILURE = 1;

  @Override
  public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
    boolean debug = System.getenv("NEWSDESK_DEBUG") != null;
    var err = cl.getErr();
    if (ex instanceof UserError || ex instanceof IllegalArgumentException) {
      err.println("newsdesk " + cl.getCommandName() + ": " + ex.getMessage());
      if (debug) ex.printStackTrace(err);
      return USER_ERROR;
    }
    if (ex instanceof UncheckedIOException || ex instanceof java.io.IOException) {
      err.println("newsdesk " + cl.getCommandName() + ": " + ex.getMessage());
      if (debug) ex.printStackTrace(err);
      return FAILURE;
    }
    err.println("newsdesk " + cl.getCommandName() + ": internal error: " + ex);
    ex.printStackTrace(err);
    return FAILURE;
  }
}
