package newsdesk.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import newsdesk.config.IngestLocks;
import picocli.CommandLine;

/**
 * Runs the {@code newsdesk} command in-process and keeps what it printed: commands write their
 * result to {@code System.out} and their messages to {@code System.err}, so both are swapped for
 * the run.
 *
 * @param exit the exit code
 * @param out  what went to stdout
 * @param err  what went to stderr
 */
record CliRun(int exit, String out, String err) {
  static CliRun of(String... args) {
    return of(new IngestLocks(), args);
  }

  /** {@code command --data DIR args...}: a command run on the data folder {@code data}. */
  static CliRun on(Path data, String command, String... args) {
    String[] all = new String[args.length + 3];
    all[0] = command;
    all[1] = "--data";
    all[2] = data.toString();
    System.arraycopy(args, 0, all, 3, args.length);
    return of(all);
  }

  /** A run in a process whose ingest locks are {@code ingestLocks} (shared with the test). */
  static CliRun of(IngestLocks ingestLocks, String... args) {
    return of(ingestLocks, java.time.Clock.systemUTC(), args);
  }

  /** A run whose commands read {@code clock} as now (a test's manual clock). */
  static CliRun of(IngestLocks ingestLocks, java.time.Clock clock, String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      System.setOut(o);
      System.setErr(e);
      CommandLine cl = Main.commandLine(ingestLocks, clock);
      cl.setOut(new PrintWriter(o, true));
      cl.setErr(new PrintWriter(e, true));
      int exit = cl.execute(args);
      return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }
}
