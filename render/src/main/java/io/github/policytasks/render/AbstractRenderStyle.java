package io.github.policytasks.render;

import org.immutables.value.Value;

/**
 * How a {@link PlanRenderer} writes a plan as text: punctuation width, task numbering, the keys,
 * script and layout of responsibility notes, whether subsection headings, the portal header
 * table, the covering notice and web-copy page furniture are written, and the line ending.
 * Every option is one of the format variants the annotation guide names, so a plan rendered in
 * any style reads back as the same plan.
 *
 * <p>{@link #defaults()} writes like the portal copies of the genre: half-width punctuation,
 * {@code 1. } numbering, {@code (牵头单位:…;责任单位:…)} notes at the end of the task, no header
 * table, no notice, no page furniture, LF line endings. Build others with {@code
 * RenderStyle.builder()} (which starts from the defaults) or derive them with {@link
 * #toBuilder()} or the {@code with…} methods:
 *
 * <pre>{@code
 * RenderStyle typeset = RenderStyle.defaults()
 *     .withPunctuation(Punctuation.FULL_WIDTH)
 *     .withNoteLayout(NoteLayout.TORTOISE_SHELL_BRACKETS);
 * }</pre>
 *
 * <p>Options that no reader could tell apart are refused when the style is built (see {@link
 * #check()}). Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractRenderStyle {

  /** {@return the portal-copy style described in the class documentation} */
  public static RenderStyle defaults() {
    return Defaults.STYLE;
  }

  /** {@return a builder starting from this style} */
  public RenderStyle.Builder toBuilder() {
    return RenderStyle.builder().from(this);
  }

  /** {@return the punctuation width; {@link Punctuation#HALF_WIDTH} by default} */
  @Value.Default
  public Punctuation punctuation() {
    return Punctuation.HALF_WIDTH;
  }

  /** {@return how task numbers are written; {@link TaskNumbering#DOT} by default} */
  @Value.Default
  public TaskNumbering taskNumbering() {
    return TaskNumbering.DOT;
  }

  /**
   * {@return whether a space follows the task number ({@code 1. 搭建…} rather than {@code 1.搭建…});
   * true by default} A text that starts with a digit always gets the space after {@code 1.} or
   * {@code 1．}, since {@code 1.6月底前…} would read as the figure 1.6.
   */
  @Value.Default
  public boolean spaceAfterTaskNumber() {
    return true;
  }

  /** {@return the keys of the responsibility notes; {@link NoteKeys#LEAD_UNIT} by default} */
  @Value.Default
  public NoteKeys noteKeys() {
    return NoteKeys.LEAD_UNIT;
  }

  /** {@return where the responsibility notes stand; {@link NoteLayout#IN_BRACKETS} by default} */
  @Value.Default
  public NoteLayout noteLayout() {
    return NoteLayout.IN_BRACKETS;
  }

  /**
   * {@return whether note keys are written in Traditional characters ({@code 牽頭單位}); false by
   * default}
   */
  @Value.Default
  public boolean traditionalNoteKeys() {
    return false;
  }

  /**
   * {@return what separates the keyed parts of a note; {@link NoteSeparator#SEMICOLON} by default}
   */
  @Value.Default
  public NoteSeparator noteSeparator() {
    return NoteSeparator.SEMICOLON;
  }

  /**
   * {@return what separates the units under one key; {@link UnitSeparator#IDEOGRAPHIC_COMMA} by
   * default}
   */
  @Value.Default
  public UnitSeparator unitSeparator() {
    return UnitSeparator.IDEOGRAPHIC_COMMA;
  }

  /** {@return how tasks are laid out; {@link TaskLayout#LINES} by default} */
  @Value.Default
  public TaskLayout taskLayout() {
    return TaskLayout.LINES;
  }

  /**
   * {@return whether subsection headings ({@code (一)…}) are written; without them the tasks of each
   * section are written in one run, as if the plan had no subsections} True by default.
   */
  @Value.Default
  public boolean subsectionHeadings() {
    return true;
  }

  /**
   * {@return whether and how the portal header table is written; {@link HeaderTable#NONE} by
   * default}
   */
  @Value.Default
  public HeaderTable headerTable() {
    return HeaderTable.NONE;
  }

  /** {@return whether the covering notice is written (when the plan has one); false by default} */
  @Value.Default
  public boolean notice() {
    return false;
  }

  /**
   * {@return whether web-copy page furniture ({@code 扫一扫在手机打开当前页}) surrounds the document; false by
   * default}
   */
  @Value.Default
  public boolean webNoise() {
    return false;
  }

  /** {@return the line ending; {@link LineEnding#LF} by default} */
  @Value.Default
  public LineEnding lineEnding() {
    return LineEnding.LF;
  }

  /**
   * Refuses the options that would write a plan no reader reads back.
   *
   * @throws IllegalArgumentException if subsection headings are asked for together with {@link
   *     TaskNumbering#PARENTHESISED_CHINESE} (both would be written {@code (一)}, and no reader
   *     could tell a subsection from a task), or the verb form of notes together with {@link
   *     NoteLayout#OWN_LINES} or {@link TaskLayout#PIPE_TABLE}, which need keys
   */
  @Value.Check
  protected void check() {
    if (noteKeys() == NoteKeys.VERB && taskLayout() == TaskLayout.PIPE_TABLE) {
      throw new IllegalArgumentException(
          "A PIPE_TABLE names its columns by keys: choose keyed notes, not VERB");
    }
    if (noteKeys() == NoteKeys.VERB && noteLayout() == NoteLayout.OWN_LINES) {
      throw new IllegalArgumentException(
          "Notes in the VERB form stand in brackets at the end of the task: choose IN_BRACKETS or"
              + " TORTOISE_SHELL_BRACKETS, or keyed notes for OWN_LINES");
    }
    if (subsectionHeadings() && taskNumbering() == TaskNumbering.PARENTHESISED_CHINESE) {
      throw new IllegalArgumentException(
          "Task numbering PARENTHESISED_CHINESE writes tasks as (一), like subsection headings:"
              + " build the style with subsectionHeadings(false)");
    }
  }

  /** Holds the defaults, built once when first asked for. */
  private static final class Defaults {
    static final RenderStyle STYLE = RenderStyle.builder().build();
  }
}
