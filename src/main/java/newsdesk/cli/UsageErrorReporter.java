package newsdesk.cli;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports a command line picocli could not parse (an unknown option, a value of the wrong type, a
 * missing argument) like every other user mistake: one line prefixed with the command path, then
 * a suggestion when a command or option name is close to what was typed ({@link Suggestions}), then
 * where to find the usage, instead of the whole help text. Exit code {@value ErrorReporter#USER_ERROR}.
 */
final class UsageErrorReporter implements IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    var err = cl.getErr();
    String path = ErrorReporter.commandPath(cl);
    err.println(path + ": " + ErrorReporter.message(ex));
    // picocli's own suggestion names some command for any word; only a close name helps.
    String suggestion = ex instanceof UnmatchedArgumentException u ? Suggestions.line(u) : null;
    if (suggestion != null) err.println(suggestion);
    err.println("Try '" + path + " --help' for usage.");
    err.flush();
    return ErrorReporter.USER_ERROR;
  }
}
