package io.github.policytasks.parser;

import io.github.policytasks.core.DiagnosticCode;

/**
 * Reports the regions of the input that hold U+FFFD replacement characters, the mark of bytes
 * decoded in the wrong charset (GBK read as UTF-8) or damaged in transit: one {@code
 * DAMAGED_TEXT} warning per region, where a region runs from one replacement character to the
 * last that follows within {@link #GAP} characters of the one before. At most {@link
 * #MAX_REGIONS} regions are reported one by one; any further ones share a last diagnostic. One
 * pass over the text; stateless and thread-safe.
 */
final class DamagedText {
  /** Replacement characters this close together belong to one region. */
  static final int GAP = 32;
  /** The most regions reported one by one. */
  static final int MAX_REGIONS = 20;

  private static final char REPLACEMENT = '\uFFFD';

  private DamagedText() {}

  /** Reports each damaged region of {@code text} to {@code diagnostics}. */
  static void report(String text, DiagnosticCollector diagnostics) {
    int regions = 0;
    int restStart = -1;
    int restEnd = -1;
    int restCount = 0;
    int restRegions = 0;
    int start = -1;
    int end = -1;
    int count = 0;
    for (int i = text.indexOf(REPLACEMENT); i >= 0; i = text.indexOf(REPLACEMENT, i + 1)) {
      if (start >= 0 && i - end <= GAP) {
        end = i + 1;
        count++;
        continue;
      }
      if (start >= 0) {
        if (regions < MAX_REGIONS) {
          reportRegion(diagnostics, start, end, count);
        } else {
          restStart = restStart < 0 ? start : restStart;
          restEnd = end;
          restCount += count;
          restRegions++;
        }
        regions++;
      }
      start = i;
      end = i + 1;
      count = 1;
    }
    if (start < 0) {
      return;
    }
    if (regions < MAX_REGIONS) {
      reportRegion(diagnostics, start, end, count);
      return;
    }
    restStart = restStart < 0 ? start : restStart;
    restEnd = end;
    restCount += count;
    restRegions++;
    diagnostics.report(DiagnosticCode.DAMAGED_TEXT,
        restRegions + " more damaged regions with " + restCount + " replacement characters (U+FFFD)"
            + " up to here: the text was decoded in a wrong charset or is damaged",
        restStart, restEnd);
  }

  private static void reportRegion(DiagnosticCollector diagnostics, int start, int end, int count) {
    diagnostics.report(DiagnosticCode.DAMAGED_TEXT,
        count + " replacement character" + (count == 1 ? "" : "s") + " (U+FFFD) here: the text was"
            + " decoded in a wrong charset or is damaged, and what stood here is lost",
        start, end);
  }
}
