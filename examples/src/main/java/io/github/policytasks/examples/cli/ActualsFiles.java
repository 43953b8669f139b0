package io.github.policytasks.examples.cli;

import io.github.policytasks.tracking.Actuals;
import io.github.policytasks.tracking.ActualsFormatException;
import io.github.policytasks.tracking.ActualsReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import org.jspecify.annotations.Nullable;

/** Reads an actuals file argument ({@code -} for standard input); failures become one line. */
final class ActualsFiles {
  private ActualsFiles() {}

  /**
   * The actuals of {@code file}, in {@code charset} when given.
   *
   * @throws CliException naming the file when it cannot be read or used
   */
  static Actuals read(String file, @Nullable Charset charset, InputStream stdin) {
    ActualsReader reader =
        charset == null ? ActualsReader.standard() : ActualsReader.standard().withCharset(charset);
    try {
      if (file.equals(PlanSources.STDIN)) {
        return reader.read(stdin, "standard input");
      }
      return reader.read(PlanSources.readableFile(file));
    } catch (ActualsFormatException e) {
      throw new CliException(e.getMessage(), e);
    } catch (IOException e) {
      throw new CliException(file + ": " + OneLineErrors.describe(e), e);
    }
  }
}
