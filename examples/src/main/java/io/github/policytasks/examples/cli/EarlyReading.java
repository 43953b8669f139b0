package io.github.policytasks.examples.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.jspecify.annotations.Nullable;

/**
 * The file of a one-file {@code parse FILE} (or {@code parse FILE --compact}), read, checked and
 * parsed on a second thread from the start of the run, while picocli builds the command's model
 * and parses the arguments. In a fresh process both cost about as much (class loading, the
 * lexicons' start-up, a first run in the interpreter), and on a machine with two cores they
 * overlap. The arguments picocli parses stay the authority: {@link ParseCommand} takes the
 * early reading only for the file it was started for and with the default options, and a run
 * whose early reading failed in any way reads the file again on its own thread, so that every
 * error is reported exactly as without it. Thread-safe.
 */
final class EarlyReading {
  /** No early reading: every file is read when its command runs. */
  static final EarlyReading NONE = new EarlyReading(null, null);

  private final @Nullable String file;
  private final @Nullable FutureTask<SinglePlan.Reading> task;

  private EarlyReading(@Nullable String file, @Nullable FutureTask<SinglePlan.Reading> task) {
    this.file = file;
    this.task = task;
  }

  /**
   * {@return an early reading of the file {@code args} name, already started, when they are
   * exactly {@code parse FILE} with {@code --compact} or not (FILE neither standard input, an
   * option nor a picocli {@code @file} of arguments); otherwise {@link #NONE}}
   */
  static EarlyReading start(String[] args, InputStream stdin) {
    String file = oneFile(args);
    if (file == null) {
      return NONE;
    }
    PrintWriter silent = new PrintWriter(Writer.nullWriter());
    SinglePlan single = new SinglePlan(stdin, new ParseOptions(), silent);
    FutureTask<SinglePlan.Reading> task = new FutureTask<>(() -> single.prepare(file));
    Thread thread = new Thread(task, "policy-tasks early reading");
    thread.setDaemon(true);
    thread.start();
    return new EarlyReading(file, task);
  }

  private static @Nullable String oneFile(String[] args) {
    if (args.length < 2 || args.length > 3 || !args[0].equals("parse")) {
      return null;
    }
    String file = null;
    boolean compact = false;
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--compact") && !compact) {
        compact = true;
      } else if (file == null && !arg.isEmpty() && !arg.startsWith("-")
          && !arg.startsWith("@")) {
        file = arg;
      } else {
        return null;
      }
    }
    return file;
  }

  /**
   * {@return the early reading of {@code file} made with the default options, waiting for it to
   * end; null when none was started for it or it failed (the caller then reads the file itself)}
   */
  SinglePlan.@Nullable Reading take(String file) {
    if (task == null || !file.equals(this.file)) {
      return null;
    }
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } catch (ExecutionException e) {
      return null;
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
