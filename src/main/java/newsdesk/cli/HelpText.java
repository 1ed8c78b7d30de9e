package newsdesk.cli;

/**
 * Help texts several commands share: the environment section of their {@code --help}. Lines are
 * wrapped by hand at 80 columns, with the variable's explanation indented under itself (picocli
 * would wrap a footer line back to the first column).
 */
final class HelpText {
  private HelpText() {}

  static final String ENVIRONMENT_HEADING = "%nEnvironment:%n";

  static final String DATA = "  NEWSDESK_DATA       Data folder when --data is not given.";

  static final String PASSWORD =
      "  NEWSDESK_PASSWORD   Password of the web UI, needed for everything that changes%n"
          + "                      state (reading is public). When set and not the stored%n"
          + "                      one, it replaces it and ends every web session. When not%n"
          + "                      set, the stored one stays; at first start one is made%n"
          + "                      and printed once.";

  static final String LOG = "  NEWSDESK_LOG        Log level on stderr: warn (default), info or debug.";

  static final String DEBUG = "  NEWSDESK_DEBUG      When set, a failure prints its stack trace.";

  static final String JAVA_OPTS = "  NEWSDESK_JAVA_OPTS  JVM options of the launcher (default: -Xmx4g).";
}
