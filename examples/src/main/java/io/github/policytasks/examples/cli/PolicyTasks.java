package io.github.policytasks.examples.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;

/**
 * The entry point of the {@code policy-tasks} command-line tool ({@code java -jar
 * policy-tasks.jar}). Output is UTF-8; exit codes are in {@link ExitCodes}. Every write to
 * standard output is checked: a failed one ends the run with one line and exit code 2, a closed
 * pipe quietly with {@link ExitCodes#BROKEN_PIPE}.
 */
public final class PolicyTasks {
  private static final int BUFFER = 1 << 16;

  private PolicyTasks() {}

  /** Runs the tool on {@code args} with the process's streams and exits with its exit code. */
  public static void main(String[] args) {
    quietPoiLogging();
    int code = run(args, System.in, new FileOutputStream(FileDescriptor.out),
        new FileOutputStream(FileDescriptor.err), Terminal.stderrIsTerminal());
    System.exit(code);
  }

  /**
   * Runs the tool in process: reads {@code stdin}, writes results to {@code out} and errors to
   * {@code err}, shows progress only when {@code terminal}; returns the exit code. Neither
   * stream is closed.
   */
  public static int run(
      String[] args, InputStream stdin, OutputStream out, OutputStream err, boolean terminal) {
    CheckedOutputStream checked = new CheckedOutputStream(out, "standard output");
    BufferedOutputStream bytes = new BufferedOutputStream(checked, BUFFER);
    PrintWriter outWriter =
        new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), false);
    PrintWriter errWriter =
        new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    int code;
    try {
      CliContext context = new CliContext(stdin, bytes, terminal);
      OneFileParse oneFile = OneFileParse.of(args);
      code = oneFile != null
          ? oneFile.run(context, outWriter, errWriter)
          : commandLine(context, outWriter, errWriter, Subcommands.reachedBy(args)).execute(args);
      if (!checked.failed()) {
        outWriter.flush();
        bytes.flush();
      }
    } catch (OutputFailure e) {
      code = OneLineErrors.outputFailed(e, errWriter);
    } catch (IOException e) {
      code = OneLineErrors.outputFailed(new OutputFailure("standard output", e), errWriter);
    } catch (OutOfMemoryError e) {
      errWriter.println(OneLineErrors.line(OneLineErrors.OUT_OF_MEMORY));
      code = ExitCodes.USAGE;
    } catch (RuntimeException | LinkageError e) {
      OutputFailure failure = OneLineErrors.outputFailure(e);
      if (failure != null) {
        code = OneLineErrors.outputFailed(failure, errWriter);
      } else {
        errWriter.println(OneLineErrors.line(OneLineErrors.describe(e)));
        code = ExitCodes.USAGE;
      }
    }
    errWriter.flush();
    return code;
  }

  /** {@return the command line with every command registered} */
  static CommandLine commandLine(CliContext context, PrintWriter out, PrintWriter err) {
    return commandLine(context, out, err, Subcommands.ALL);
  }

  /** {@return the command line with {@code commands} registered under the root command} */
  static CommandLine commandLine(CliContext context, PrintWriter out, PrintWriter err,
      List<Subcommands.Entry> commands) {
    OneLineErrors errors = new OneLineErrors();
    CommandLine root = new CommandLine(new RootCommand(context));
    Subcommands.addTo(root, commands);
    return root
        .setOut(out)
        .setErr(err)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setParameterExceptionHandler(errors)
        .setExecutionExceptionHandler(errors)
        .setExecutionStrategy(new RunLastQuietly(err));
  }

  /**
   * Runs the last command given, and ends a failed write of {@code --help} or {@code --version}
   * (which picocli would print as a stack trace) with one line. A class rather than a lambda:
   * the class-data archive cannot keep picocli's pre-Java-6 interfaces once a lambda is bound to
   * them while the archive is made.
   */
  private static final class RunLastQuietly implements CommandLine.IExecutionStrategy {
    private final PrintWriter err;

    RunLastQuietly(PrintWriter err) {
      this.err = err;
    }

    @Override
    public int execute(CommandLine.ParseResult parseResult) {
      try {
        return new CommandLine.RunLast().execute(parseResult);
      } catch (OutputFailure e) {
        return OneLineErrors.outputFailed(e, err);
      }
    }
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
}
