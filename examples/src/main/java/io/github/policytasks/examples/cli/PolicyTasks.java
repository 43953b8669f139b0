package io.github.policytasks.examples.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * The entry point of the {@code policy-tasks} command-line tool ({@code java -jar
 * policy-tasks.jar}). Output is UTF-8; exit codes are in {@link ExitCodes}.
 */
public final class PolicyTasks {
  private PolicyTasks() {}

  /** Runs the tool on {@code args} with the process's streams and exits with its exit code. */
  public static void main(String[] args) {
    quietPoiLogging();
    PrintWriter out = utf8(System.out);
    PrintWriter err = utf8(System.err);
    int code = run(args, System.in, out, err, System.console() != null);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the tool in process: reads {@code stdin}, writes results to {@code out} and errors to
   * {@code err}, shows progress only when {@code terminal}; returns the exit code.
   */
  public static int run(
      String[] args, InputStream stdin, PrintWriter out, PrintWriter err, boolean terminal) {
    int code;
    try {
      code = commandLine(new CliContext(stdin, terminal), out, err).execute(args);
    } catch (RuntimeException | LinkageError e) {
      err.println(OneLineErrors.line(OneLineErrors.describe(e)));
      code = ExitCodes.USAGE;
    }
    out.flush();
    err.flush();
    return code;
  }

  static CommandLine commandLine(CliContext context, PrintWriter out, PrintWriter err) {
    OneLineErrors errors = new OneLineErrors();
    return new CommandLine(new RootCommand(context))
        .setOut(out)
        .setErr(err)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setParameterExceptionHandler(errors)
        .setExecutionExceptionHandler(errors);
  }

  /**
   * Apache POI (for .xlsx) logs through the Log4j API, which prints an error line on standard
   * error when no logging back end is present; the tool uses Log4j's simple context, quiet below
   * errors, unless the user chose a factory.
   */
  private static void quietPoiLogging() {
    if (System.getProperty("log4j2.loggerContextFactory") == null) {
      System.setProperty("log4j2.loggerContextFactory",
          "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    }
  }

  private static PrintWriter utf8(OutputStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }
}
