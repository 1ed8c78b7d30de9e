package newsdesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Groups the benchmark commands ({@code newsdesk bench extract|feeds|...}). */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measure quality and speed of a pipeline stage on a folder of data.",
    commandListHeading = "%nBenchmarks:%n")
public final class BenchCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing benchmark: see newsdesk bench --help");
  }
}
