package io.github.policytasks.examples.cli;

import io.github.policytasks.parser.PlanParser;
import io.github.policytasks.parser.corpus.InputSizes;
import java.nio.charset.Charset;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The options of every command that reads plan text: {@code --charset}, {@code --strict} and
 * {@code --max-input-size}.
 */
final class ParseOptions {
  @Option(names = "--charset", paramLabel = "CHARSET",
      description = "Charset of plan text (UTF-8, GB18030, GBK, UTF-16…). "
          + "Default: detected (UTF-8 with or without BOM, GB18030, UTF-16 with BOM).")
  @Nullable Charset charset;

  @Option(names = "--strict",
      description = "Fail at the first part of a plan text that cannot be read completely, "
          + "instead of reporting it as a diagnostic.")
  boolean strict;

  @Option(names = "--max-input-size", paramLabel = "SIZE", converter = SizeConverter.class,
      description = "Refuse an input larger than this, before reading it into memory "
          + "(bytes, or with K, M, G). Default: 256M.")
  long maxInputSize = InputSizes.DEFAULT_LIMIT;

  /** {@return whether every option has its default value} */
  boolean areDefaults() {
    return charset == null && !strict && maxInputSize == InputSizes.DEFAULT_LIMIT;
  }

  /** The parser these options ask for. */
  PlanParser parser() {
    return strict ? PlanParser.builder().strict(true).build() : PlanParser.create();
  }
}
