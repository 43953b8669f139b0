package io.github.policytasks.examples.cli;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Reports every error as one line on standard error, {@code policy-tasks: <what went wrong>},
 * with exit code {@link ExitCodes#USAGE} and no stack trace: bad arguments (with a pointer to
 * {@code --help}), user errors ({@link CliException}), file-system errors, and anything
 * unexpected. Stateless and thread-safe.
 */
final class OneLineErrors implements IParameterExceptionHandler, IExecutionExceptionHandler {

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    String help = cmd.getCommandSpec().qualifiedName() + " --help";
    cmd.getErr().println(line(e.getMessage() + " (see '" + help + "')"));
    cmd.getErr().flush();
    return ExitCodes.USAGE;
  }

  /** What the tool says when the JVM runs out of memory. */
  static final String OUT_OF_MEMORY = "out of memory: the input is too large for the Java heap "
      + "(raise it with java -Xmx…, or lower --max-input-size)";

  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parseResult) {
    return executionFailed(e, cmd.getErr());
  }

  /**
   * Reports {@code e}, thrown by a command, on {@code err}: a failed write as {@link
   * #outputFailed} does, anything else as one line ({@link ExitCodes#USAGE}).
   */
  static int executionFailed(Exception e, java.io.PrintWriter err) {
    OutputFailure failure = outputFailure(e);
    if (failure != null) {
      return outputFailed(failure, err);
    }
    err.println(line(describe(e)));
    err.flush();
    return ExitCodes.USAGE;
  }

  /**
   * Reports a failed write: nothing for a closed pipe ({@link ExitCodes#BROKEN_PIPE}), else one
   * line naming the output and the reason ({@link ExitCodes#USAGE}).
   */
  static int outputFailed(OutputFailure e, java.io.PrintWriter err) {
    if (e.isBrokenPipe()) {
      return ExitCodes.BROKEN_PIPE;
    }
    err.println(line(e.describe()));
    err.flush();
    return ExitCodes.USAGE;
  }

  /** The failed write behind {@code e} (a JSON writer wraps it), or null. */
  static @Nullable OutputFailure outputFailure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof OutputFailure) {
        return (OutputFailure) t;
      }
    }
    return null;
  }

  /** The message for {@code e}, as a user should read it. */
  static String describe(Throwable e) {
    if (e instanceof CliException) {
      return e.getMessage();
    }
    if ((e instanceof UncheckedIOException || e instanceof ExceptionInInitializerError)
        && e.getCause() != null) {
      return describe(e.getCause());
    }
    if (e instanceof NoSuchFileException) {
      return "no such file: " + ((NoSuchFileException) e).getFile();
    }
    if (e instanceof AccessDeniedException) {
      return "cannot read " + ((AccessDeniedException) e).getFile() + ": permission denied";
    }
    if (e instanceof FileSystemException) {
      FileSystemException fse = (FileSystemException) e;
      String reason = fse.getReason() == null ? "" : ": " + fse.getReason();
      return "cannot read " + fse.getFile() + reason;
    }
    String message = e.getMessage();
    return message == null || message.isBlank()
        ? "unexpected " + e.getClass().getSimpleName()
        : message;
  }

  /** {@code message} on one line, prefixed with the tool's name. */
  static String line(String message) {
    return "policy-tasks: " + message.replaceAll("\\s*\\R\\s*", " ⏎ ").strip();
  }
}
