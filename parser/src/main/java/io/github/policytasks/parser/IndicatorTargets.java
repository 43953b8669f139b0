package io.github.policytasks.parser;

import io.github.policytasks.core.Diagnostic;
import io.github.policytasks.core.DiagnosticCode;
import io.github.policytasks.core.SourceSpan;
import io.github.policytasks.core.Target;
import io.github.policytasks.metrics.NumberReader;
import io.github.policytasks.metrics.NumberReading;
import io.github.policytasks.metrics.UnitCatalogue;
import io.github.policytasks.metrics.lexicon.Folding;
import io.github.policytasks.metrics.lexicon.Magnitudes;
import io.github.policytasks.metrics.lexicon.WordTable;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads the target of one row of an indicator table ({@code 序号 | 指标名称 | 单位 | 2023年目标值 |
 * 权重 | 责任单位}; annotation guide §3 and §6 Tables, the lexicon's {@code table-headers.txt}): the
 * value cell read with the unit cell, as if the row said {@code 地区生产总值增速6.5%左右}, so that
 * bound words, ranges, kind and direction are read by the one grammar of {@link TargetReader}; its
 * subject is the indicator cell. The base value, weight and attribute cells are no targets. The
 * target's text and span are the value cell's. Where the table has no unit column, its indicator
 * cells name their unit in brackets ({@code 指标名称（单位）} over {@code 城镇化率（%）}), which are then
 * read as the unit cell and left out of the subject. A unit that names no unit ({@code —}, {@code
 * 无}, empty: an index level) gives no target, and a figure in its value cell is reported (guide §3:
 * a target is a number with a unit). Thread-safe.
 */
final class IndicatorTargets {
  /** Cells that name no unit: empty after these are removed. */
  private static final String NO_UNIT_MARKS = "—–-－/／\\、 　";
  /** The word of a unit cell that says the indicator has none. */
  private static final String NONE = "无";

  private final TargetReader reader;
  private final NumberReader numbers;
  private final UnitCatalogue catalogue;

  IndicatorTargets(TargetReader reader, UnitCatalogue catalogue) {
    this.reader = reader;
    this.catalogue = catalogue;
    this.numbers = NumberReader.of(catalogue);
  }

  /**
   * The cells of one row ({@code [start, end)} offsets into the input; -1 for a cell the row
   * lacks). A row lacks its unit cell only where its table has no unit column, and such a table is
   * an indicator table only when its header says that each indicator names its unit in brackets
   * ({@code 指标名称（单位）}, {@link TaskTable}); a row of a table with a unit column always has that
   * cell, empty where the row leaves it out, and an empty unit cell names no unit.
   */
  record Row(int indicatorStart, int indicatorEnd, int valueStart, int valueEnd, int unitStart, int unitEnd) {}

  /** The targets of {@code row}, numbered {@code taskId.g1}…; spans are the value cell's. */
  List<Target> read(SourceText source, Row row, String taskId, @Nullable Integer year,
      DiagnosticCollector diagnostics) {
    String text = source.text();
    int valueStart = TextChars.skipSpaces(text, row.valueStart(), row.valueEnd());
    int valueEnd = TextChars.skipSpacesBack(text, row.valueEnd(), valueStart);
    if (valueStart >= valueEnd) {
      return List.of();
    }
    String value = text.substring(valueStart, valueEnd);
    String subject = row.indicatorStart() < 0 ? "" : text.substring(row.indicatorStart(), row.indicatorEnd()).strip();
    String unit;
    if (row.unitStart() >= 0) {
      unit = text.substring(row.unitStart(), row.unitEnd()).strip();
    } else {
      int open = TextChars.closingBracketOpen(subject);
      unit = open < 0 ? "" : subject.substring(open + 1, subject.length() - 1).strip();
      subject = open < 0 ? subject : subject.substring(0, open).strip();
    }
    if (!namesUnit(unit)) {
      if (hasDigit(value)) {
        diagnostics.report(DiagnosticCode.TARGET_PARTIAL, "indicator value \"" + value
            + "\" has no unit in its unit column; not read as a target (annotation guide §3: a target"
            + " is a number with a unit)", valueStart, valueEnd);
      }
      return List.of();
    }
    StringBuilder composed = new StringBuilder(subject);
    if (!subject.isEmpty() && !TextChars.isIdeograph(subject.charAt(subject.length() - 1))) {
      composed.append(' ');
    }
    int valueAt = composed.length();
    appendWithUnit(composed, value, unit);
    composed.append('。');
    String sentence = composed.toString();
    SourceText read = new SourceText(sentence);
    DiagnosticCollector local = new DiagnosticCollector(read, false);
    List<Target> found = reader.read(read, 0, sentence.length(), taskId, year, local);
    for (Diagnostic diagnostic : local.diagnostics()) {
      if (diagnostic.span().end() > valueAt) {
        diagnostics.report(diagnostic.code(), diagnostic.message(), valueStart, valueEnd);
      }
    }
    List<Target> targets = new ArrayList<>();
    for (Target target : found) {
      if (target.span().end() > valueAt) {
        targets.add(Target.builder().from(target)
            .id(taskId + ".g" + (targets.size() + 1))
            .text(value)
            .span(SourceSpan.of(valueStart, valueEnd))
            .build());
      }
    }
    return List.copyOf(targets);
  }

  /** Whether a unit cell names a unit: anything but blanks, dashes, slashes and {@code 无}. */
  private static boolean namesUnit(String unit) {
    for (int i = 0; i < unit.length(); i++) {
      if (NO_UNIT_MARKS.indexOf(unit.charAt(i)) < 0) {
        return !unit.equals(NONE);
      }
    }
    return false;
  }

  /**
   * Appends {@code value} with {@code unit} written after each of its figures that carries no
   * unit of its own ({@code 6.5左右} → {@code 6.5%左右}, {@code 7-8} → {@code 7%-8%}, {@code 1.2万}
   * with {@code 吨} → {@code 1.2万吨}).
   */
  private void appendWithUnit(StringBuilder out, String value, String unit) {
    String folded = Folding.fold(value, 0, value.length());
    int i = 0;
    while (i < value.length()) {
      char c = folded.charAt(i);
      boolean startsFigure = (TextChars.isDigit(c) || ChineseNumerals.isNumeral(c))
          && (i == 0 || !TextChars.isDigit(folded.charAt(i - 1)) && folded.charAt(i - 1) != '.');
      NumberReading number = startsFigure ? numbers.read(value, i, value.length()) : null;
      if (number == null || number.end() <= i) {
        out.append(value.charAt(i));
        i++;
        continue;
      }
      int end = magnitudeEnd(folded, number.end());
      out.append(value, i, end);
      if (catalogue.unitLengthAt(value, end, value.length()) == 0) {
        out.append(unit);
      }
      i = end;
    }
  }

  /** The end of a magnitude word right after a figure ({@code 1.2万} with its unit in another cell). */
  private static int magnitudeEnd(String folded, int at) {
    WordTable.Match<?> group = Magnitudes.group().matchAt(folded, at, folded.length());
    if (group != null) {
      return group.end();
    }
    WordTable.Match<?> multiply = Magnitudes.multiply().matchAt(folded, at, folded.length());
    return multiply != null ? multiply.end() : at;
  }

  private static boolean hasDigit(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (TextChars.isDigit(Folding.fold(value.charAt(i))) || ChineseNumerals.isNumeral(value.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
