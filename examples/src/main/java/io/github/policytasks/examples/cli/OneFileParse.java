package io.github.policytasks.examples.cli;

import java.io.PrintWriter;
import org.jspecify.annotations.Nullable;

/**
 * {@code parse FILE} and {@code parse FILE --compact} (FILE a path or {@code -} for standard
 * input, every other option at its default), run without picocli. Picocli builds a command's
 * model by reflecting on its annotations, options and mixins, which cost a one-file parse more
 * CPU than reading the plan; for these two shapes of arguments its parse result is known
 * beforehand — FILE as the one parameter, {@code --compact} given or not, the default options —
 * so the run goes straight to what {@link ParseCommand} does with that result, and reports a
 * failure as its exception handler ({@link OneLineErrors}) would. Anything else, including an
 * empty FILE, a FILE that starts with {@code -} or {@code @} (an option or a picocli argument
 * file) and a repeated {@code --compact}, goes through picocli. Immutable.
 */
final class OneFileParse {
  private final String file;
  private final boolean compact;

  private OneFileParse(String file, boolean compact) {
    this.file = file;
    this.compact = compact;
  }

  /**
   * {@return the run {@code args} ask for when they are exactly {@code parse FILE} with {@code
   * --compact} before or after FILE or not at all; otherwise null}
   */
  static @Nullable OneFileParse of(String[] args) {
    if (args.length < 2 || args.length > 3 || !args[0].equals("parse")) {
      return null;
    }
    String file = null;
    boolean compact = false;
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--compact") && !compact) {
        compact = true;
      } else if (file == null && isFile(arg)) {
        file = arg;
      } else {
        return null;
      }
    }
    return file == null ? null : new OneFileParse(file, compact);
  }

  private static boolean isFile(String arg) {
    return arg.equals(PlanSources.STDIN)
        || !arg.isEmpty() && !arg.startsWith("-") && !arg.startsWith("@");
  }

  /** {@return the file to read, {@code -} for standard input} */
  String file() {
    return file;
  }

  /** {@return whether the plan is printed on one line} */
  boolean compact() {
    return compact;
  }

  /**
   * Reads the file and prints its plan as {@link ParseCommand} does; returns the exit code. A
   * failed write is thrown ({@link OutputFailure}, or an exception that wraps one), as from
   * picocli's run; any other exception is reported on one line of {@code err}.
   */
  int run(CliContext context, PrintWriter out, PrintWriter err) {
    ParseOptions defaults = new ParseOptions();
    try {
      return ParseCommand.printOne(new SinglePlan(context.stdin(), defaults, err), file, compact,
          out, context.stdout());
    } catch (Exception e) {
      return OneLineErrors.executionFailed(e, err);
    }
  }
}
