package newsdesk.cli;

import java.time.Duration;
import newsdesk.fetch.FetchConfig;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The time limits of feed discovery ({@link FetchConfig#discoveryDeadline()},
 * {@link FetchConfig#guessTimeout()}), on the commands that discover: {@code sources add}, and
 * {@code serve}, {@code run} and {@code demo} for the sources readers add on the web page and
 * through the API. The defaults are {@link FetchConfig#defaults()}'s. A value that is not a whole
 * number of seconds from 1 to a day is a usage error naming the option, reported before anything
 * starts.
 */
public final class DiscoveryOptions {
  @Option(names = "--discovery-deadline", defaultValue = "60", paramLabel = "SECONDS", converter = PositiveSeconds.class,
      description = {"The most one feed discovery may take in all, however many addresses it tries "
          + "(default: ${DEFAULT-VALUE} s); what it could not try in time is named."})
  Duration deadline;

  @Option(names = "--discovery-guess-timeout", defaultValue = "8", paramLabel = "SECONDS", converter = PositiveSeconds.class,
      description = {"The time each address discovery guesses (a site's home page, the usual feed and sitemap paths, "
          + "robots.txt) may take (default: ${DEFAULT-VALUE} s); once one times out, nothing more is guessed on its host."})
  Duration guessTimeout;

  /** {@code config} with these discovery limits. */
  FetchConfig applyTo(FetchConfig config) {
    return config.withDiscoveryTimes(deadline, guessTimeout);
  }

  /**
   * A whole number of seconds from 1 to {@value #MAX} (a day: a web request or a {@code sources add}
   * waits that long at most, and the messages that name a limit count it in milliseconds, which a
   * larger value could overflow). picocli reports what this refuses as "Invalid value for option
   * '--NAME': MESSAGE", so the message says what was expected.
   */
  static final class PositiveSeconds implements ITypeConverter<Duration> {
    static final long MAX = 86_400;

    @Override
    public Duration convert(String value) {
      String v = value.strip();
      // Digits with an optional sign only: a unit or a fraction is refused rather than half understood.
      if (!v.matches("[+-]?[0-9]+")) {
        throw new TypeConversionException("'" + value + "' is not a whole number of seconds (such as 30)");
      }
      java.math.BigInteger seconds = new java.math.BigInteger(v);
      if (seconds.signum() <= 0 || seconds.compareTo(java.math.BigInteger.valueOf(MAX)) > 0) {
        throw new TypeConversionException("must be from 1 to " + MAX + " seconds, got " + v);
      }
      return Duration.ofSeconds(seconds.longValueExact());
    }
  }
}
