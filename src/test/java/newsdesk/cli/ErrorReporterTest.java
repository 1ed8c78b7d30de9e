package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import org.junit.jupiter.api.io.TempDir;

/** What a failed command prints: one line, prefixed with the full command path, and its exit code. */
class ErrorReporterTest {
  @TempDir Path dir;

  @Test
  void aDatabaseFileThatIsNotSqliteIsOneLineNamingIt() throws Exception {
    Path db = Files.writeString(dir.resolve("newsdesk.db"), "garbage\n");
    CliRun r = CliRun.of("digest", "--data", dir.toString());
    assertThat(r.exit()).isEqualTo(ErrorReporter.FAILURE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("newsdesk digest: " + db + " is not a newsdesk database (file is not a SQLite database)\n");
  }

  @Test
  void aFolderWhereTheDatabaseFileBelongsIsOneLineNamingIt() throws Exception {
    Path db = Files.createDirectory(dir.resolve("newsdesk.db"));
    CliRun r = CliRun.of("sources", "list", "--data", dir.toString());
    assertThat(r.exit()).isEqualTo(ErrorReporter.USER_ERROR); // the data folder given is not one
    assertThat(r.err()).isEqualTo("newsdesk sources list: " + db + " is a folder, not a newsdesk database file\n");
  }

  @Test
  void errorsOfNestedCommandsCarryTheFullCommandPath() {
    CliRun add = CliRun.of("sources", "add", "ftp://example.org/feed", "--data", dir.toString());
    assertThat(add.exit()).isEqualTo(ErrorReporter.USER_ERROR);
    assertThat(add.err()).isEqualTo("newsdesk sources add: 'ftp://example.org/feed' is not an http(s) URL\n");

    CliRun remove = CliRun.of("sources", "remove", "42", "--data", dir.toString());
    assertThat(remove.err()).startsWith("newsdesk sources remove: ");

    CliRun parse = CliRun.of("feed", "parse", dir.resolve("none.xml").toString());
    assertThat(parse.err()).isEqualTo("newsdesk feed parse: " + dir.resolve("none.xml") + ": no such file\n");

    CliRun digest = CliRun.of("digest", "--data", dir.toString(), "--since", "yesterday");
    assertThat(digest.err()).startsWith("newsdesk digest: ");
  }

  @Test
  void aFailureWithoutAMessageIsNeverPrintedAsNullOrAClassName() {
    assertThat(ErrorReporter.message(new java.io.UncheckedIOException(new java.io.IOException("disk full"))))
        .isEqualTo("disk full");
    assertThat(ErrorReporter.message(new java.io.UncheckedIOException("cannot write x", new java.io.IOException())))
        .isEqualTo("cannot write x");
    assertThat(ErrorReporter.message(new java.io.IOException()))
        .isEqualTo("failed without a message (io error)")
        .doesNotContain("null");
    assertThat(ErrorReporter.message(new java.io.UncheckedIOException(new java.nio.file.AccessDeniedException(null))))
        .doesNotContain("null").doesNotContain("Exception");
  }

  @Test
  void aCommandLineThatDoesNotParseIsOneLineAndAPointerToTheHelp() {
    CliRun r = CliRun.of("digest", "--limit", "abc", "--data", dir.toString());
    assertThat(r.exit()).isEqualTo(ErrorReporter.USER_ERROR);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("newsdesk digest: Invalid value for option '--limit': 'abc' is not an int\n"
        + "Try 'newsdesk digest --help' for usage.\n");

    CliRun nested = CliRun.of("sources", "remove", "abc", "--data", dir.toString());
    assertThat(nested.exit()).isEqualTo(ErrorReporter.USER_ERROR);
    assertThat(nested.err()).startsWith("newsdesk sources remove: ").endsWith("Try 'newsdesk sources remove --help' for usage.\n")
        .doesNotContain("Usage:");
  }
  @Test
  void anIllegalArgumentExceptionIsABugWithItsTraceNotAUsageError() {
    // Misuse of an API throws IllegalArgumentException: when one reaches the reporter, code is wrong, not the user.
    CommandLine cl = new CommandLine(new Misusing());
    cl.setExecutionExceptionHandler(new ErrorReporter());
    java.io.StringWriter err = new java.io.StringWriter();
    cl.setErr(new java.io.PrintWriter(err, true));
    assertThat(cl.execute()).isEqualTo(ErrorReporter.FAILURE);
    assertThat(err.toString()).startsWith("newsdesk misusing: internal error: java.lang.IllegalArgumentException: limit must be positive")
        .contains("\tat newsdesk.cli.ErrorReporterTest$Misusing.call");
  }

  @Test
  void aUserErrorIsOneLineWithExitTwo() {
    CommandLine cl = new CommandLine(new Mistaken());
    cl.setExecutionExceptionHandler(new ErrorReporter());
    java.io.StringWriter err = new java.io.StringWriter();
    cl.setErr(new java.io.PrintWriter(err, true));
    assertThat(cl.execute()).isEqualTo(ErrorReporter.USER_ERROR);
    assertThat(err.toString()).isEqualTo("newsdesk mistaken: x.xml: no such file\n");
  }

  @Test
  void aFolderWhereAFileIsExpectedIsAUsageError() {
    CliRun r = CliRun.of("feed", "parse", dir.toString());
    assertThat(r.exit()).isEqualTo(ErrorReporter.USER_ERROR);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("newsdesk feed parse: " + dir + ": a folder, not a file\n");
  }

  @Test
  void digestOptionsTheLibraryWouldRefuseAreUsageErrorsNamingTheOption() {
    CliRun order = CliRun.of("digest", "--data", dir.toString(), "--since", "2026-11-02", "--until", "2026-11-01");
    assertThat(order.exit()).isEqualTo(ErrorReporter.USER_ERROR);
    assertThat(order.err()).isEqualTo("newsdesk digest: --since 2026-11-02 is after --until 2026-11-01\n");
    CliRun format = CliRun.of("digest", "--data", dir.toString(), "--format", "html");
    assertThat(format.exit()).isEqualTo(ErrorReporter.USER_ERROR);
    assertThat(format.err()).isEqualTo("newsdesk digest: --format must be text, markdown or json, got 'html'\n");
  }

  @Test
  void relatedBenchSettingsOutOfRangeAreUsageErrors() throws Exception {
    Path file = Files.writeString(dir.resolve("related.jsonl"), "{}\n");
    CliRun similarity = CliRun.of("bench", "related", file.toString(), "--min-similarity", "0.99");
    assertThat(similarity.exit()).isEqualTo(ErrorReporter.USER_ERROR);
    assertThat(similarity.err()).startsWith("newsdesk bench related: --min-similarity must be at least 0 and below ")
        .doesNotContain("\tat ");
    CliRun weight = CliRun.of("bench", "related", file.toString(), "--entity-weight", "-1");
    assertThat(weight.exit()).isEqualTo(ErrorReporter.USER_ERROR);
    assertThat(weight.err()).isEqualTo("newsdesk bench related: --entity-weight must not be negative, got -1.0\n");
  }

  @CommandLine.Command(name = "misusing")
  static final class Misusing implements java.util.concurrent.Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalArgumentException("limit must be positive, got 0");
    }
  }

  @CommandLine.Command(name = "mistaken")
  static final class Mistaken implements java.util.concurrent.Callable<Integer> {
    @Override
    public Integer call() {
      throw new UserError("x.xml: no such file");
    }
  }
}
