package io.github.policytasks.parser;

import io.github.policytasks.core.Diagnostic;
import io.github.policytasks.core.Target;
import io.github.policytasks.metrics.UnitCatalogue;
import java.util.List;
import java.util.Objects;

/**
 * Reads the targets (annotation guide §3) out of one sentence or passage, the way {@link
 * PlanParser} reads them out of a task's text: {@code "年内新增市级绿色工厂3家以上"} gives one target
 * {@code AT_LEAST 3家}. Spans are offsets into the given text; ids are {@code owner.g1}, {@code
 * owner.g2}… for the owner id given ({@code t1} by default, {@code s2} for a section's goals).
 * Figures read only in part and units the catalogue lacks are reported as diagnostics beside the
 * targets, never thrown.
 *
 * <pre>{@code
 * TargetExtraction found = TargetExtractor.standard().extract("粮食播种面积不低于154万亩");
 * found.targets().get(0).normalized();   // 3080000000/3 平方米
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class TargetExtractor {
  private static final TargetExtractor STANDARD = new TargetExtractor(new TargetReader());

  private final TargetReader reader;

  private TargetExtractor(TargetReader reader) {
    this.reader = reader;
  }

  /** {@return an extractor over the standard unit catalogue} */
  public static TargetExtractor standard() {
    return STANDARD;
  }

  /**
   * {@return an extractor that knows the units of {@code catalogue}}
   *
   * @param catalogue the unit catalogue to read and convert units with
   */
  public static TargetExtractor of(UnitCatalogue catalogue) {
    return new TargetExtractor(new TargetReader(catalogue));
  }

  /**
   * {@return the targets of {@code text}, ids {@code t1.g1}…, without a plan year for deadlines}
   * @param text the text to read
   */
  public TargetExtraction extract(CharSequence text) {
    return read(text, "t1", null);
  }

  /**
   * {@return the targets of {@code text}, ids {@code ownerId.g1}… ({@code ownerId} a task id {@code
   * t12} or a section id {@code s2}), deadline words dated in {@code year}}
   *
   * @param text the text to read
   * @param ownerId the id of the task or section the targets belong to
   * @param year the plan year that dates such as 年底 refer to
   * @throws IllegalArgumentException when {@code ownerId} is neither a task nor a section id
   */
  public TargetExtraction extract(CharSequence text, String ownerId, int year) {
    return read(text, ownerId, year);
  }

  private TargetExtraction read(CharSequence text, String ownerId, Integer year) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(ownerId, "ownerId");
    if (!isOwnerId(ownerId)) {
      throw new IllegalArgumentException(
          "Owner id \"" + ownerId + "\" is neither a task id (t12) nor a section id (s2)");
    }
    SourceText source = new SourceText(text.toString());
    DiagnosticCollector diagnostics = new DiagnosticCollector(source, false);
    List<Target> targets =
        reader.read(source, 0, source.text().length(), ownerId, year, diagnostics);
    return new TargetExtraction(targets, diagnostics.diagnostics());
  }

  private static boolean isOwnerId(String id) {
    if (id.length() < 2 || (id.charAt(0) != 't' && id.charAt(0) != 's')) {
      return false;
    }
    for (int i = 1; i < id.length(); i++) {
      if (id.charAt(i) < '0' || id.charAt(i) > '9') {
        return false;
      }
    }
    return id.charAt(1) != '0' || id.charAt(0) == 's';
  }

  /**
   * What {@link TargetExtractor} found in a text: the targets, in document order, and the
   * diagnostics of whatever it could read only in part.
   *
   * @param targets the targets found, in document order
   * @param diagnostics what was read only in part
   */
  public record TargetExtraction(List<Target> targets, List<Diagnostic> diagnostics) {
    /**
     * Copies both lists.
     *
     * @param diagnostics the problems met while reading
     * @param targets the targets read
     */
    public TargetExtraction {
      targets = List.copyOf(targets);
      diagnostics = List.copyOf(diagnostics);
    }
  }
}
