package io.github.policytasks.benchmarks;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The floor the performance issue measures the parser against: one regular-expression scan of a
 * text for task labels at line starts ({@code 1.} {@code 1．} {@code 12、} {@code (三)} {@code
 * （三）} or a table row's leading number, after optional spaces), counting the matches. Run in
 * the same JVM and run as the parser, it gives the ratio "parser cost ÷ label scan" that does not
 * depend on how loaded the machine is. Stateless and thread-safe.
 */
final class LabelRegexScan {
  /** A task label at the start of a line. */
  static final Pattern LABEL = Pattern.compile(
      "^[ \\t\\u3000\\u00A0]*(?:[0-9０-９]{1,3}[.．、 |]|[(（][一二三四五六七八九十〇]{1,3}[)）])",
      Pattern.MULTILINE);

  private LabelRegexScan() {}

  /** The number of lines of {@code text} that open with a task label. */
  static int count(String text) {
    Matcher matcher = LABEL.matcher(text);
    int found = 0;
    while (matcher.find()) {
      found++;
    }
    return found;
  }
}
