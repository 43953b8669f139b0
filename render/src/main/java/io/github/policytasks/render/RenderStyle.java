package io.github.policytasks.render;

import java.util.Objects;

/**
 * How a {@link PlanRenderer} writes a plan as text: punctuation width, task numbering, the keys,
 * script and layout of responsibility notes, whether subsection headings, the portal header
 * table, the covering notice and web-copy page furniture are written, and the line ending.
 * Every option is one of the format variants the annotation guide names, so a plan rendered in
 * any style reads back as the same plan.
 *
 * <p>{@link #defaults()} writes like the portal copies of the genre: half-width punctuation,
 * {@code 1. } numbering, {@code (牵头单位:…;责任单位:…)} notes at the end of the task, no header
 * table, no notice, no page furniture, LF line endings. Build others with {@link #builder()} or
 * derive them with {@link #toBuilder()}. Immutable and thread-safe.
 */
public final class RenderStyle {

  /** The width of the punctuation around text: {@code ( ) : , ;} or {@code （ ）： ， ；}. */
  public enum Punctuation {
    /** {@code ( ) : , ;}: as most web copies. */
    HALF_WIDTH,
    /** {@code （ ）： ， ；}: as typeset originals. Commas between digits stay half-width. */
    FULL_WIDTH
  }

  /** How a task's number is written. */
  public enum TaskNumbering {
    /** {@code 12.} */
    DOT,
    /** {@code 12．} (full-width full stop). */
    FULL_WIDTH_DOT,
    /** {@code 12、} */
    IDEOGRAPHIC_COMMA,
    /** {@code (十二)} or {@code （十二）}: the Chinese numeral in brackets as the task number. */
    PARENTHESISED_CHINESE
  }

  /** Which keys name the responsible units in a note. */
  public enum NoteKeys {
    /** {@code 牵头单位:…;责任单位:…}: leads under 牵头单位, the rest under 责任单位. */
    LEAD_UNIT,
    /** {@code 牵头部门:…;配合部门:…}. */
    LEAD_DEPARTMENT,
    /**
     * {@code 责任单位:…} only, with the first listed as the lead, which the document states once
     * ({@code 责任单位中列第一位的为牵头单位}). A task with several leads also gets a {@code 牵头单位}
     * key, and one with supporting units only a {@code 配合单位} key, so nothing is lost.
     */
    RESPONSIBLE_FIRST_LEADS,
    /**
     * The verb form: {@code (县商务局牵头,县财政局、县税务局配合)}; leaders and deadline keep their
     * keys. Needs a bracketed {@link NoteLayout}.
     */
    VERB
  }

  /** Where and in which brackets the note stands. */
  public enum NoteLayout {
    /** In round brackets at the end of the task: {@code (牵头单位:…)}. */
    IN_BRACKETS,
    /** In tortoise-shell brackets at the end of the task: {@code 〔牵头单位:…〕}. */
    TORTOISE_SHELL_BRACKETS,
    /** Each key on a line of its own after the task, without brackets. */
    OWN_LINES
  }

  /** What separates the keyed parts of a note: {@code 牵头单位:…;责任单位:…}. */
  public enum NoteSeparator {
    /** {@code ;} or {@code ；}. */
    SEMICOLON,
    /** {@code ,} or {@code ，}. */
    COMMA,
    /** A space only: {@code 牵头单位:县科技局 责任单位:县财政局}. */
    SPACE
  }

  /** What separates the units named under one key. */
  public enum UnitSeparator {
    /** {@code 、} */
    IDEOGRAPHIC_COMMA,
    /** {@code ,} or {@code ，}. */
    COMMA
  }

  /** How the tasks of a section are laid out. */
  public enum TaskLayout {
    /** One numbered paragraph per task, its note at its end or on lines of its own. */
    LINES,
    /**
     * A pipe table per section or subsection, one row per task: {@code 序号 | 主要工作任务 |
     * 牵头单位 | 责任单位 | 责任领导 | 完成时限 |}, the keys in the style's words and script. The
     * number column holds the bare number, whatever the task numbering; a {@code |} in a task's
     * text is written {@code ｜}. Needs keyed notes.
     */
    PIPE_TABLE
  }

  /** Whether and how the portal header table is written before the document. */
  public enum HeaderTable {
    /** No header table. */
    NONE,
    /** The four-column table ({@code 索 引 号: | … | 主题分类: | … |}). */
    FOUR_COLUMNS,
    /** The two-column table, one key per row. */
    TWO_COLUMNS,
    /** Both tables, four columns first, as some portal copies have. */
    BOTH
  }

  /** The line ending written between lines. */
  public enum LineEnding {
    /** {@code \n} */
    LF("\n"),
    /** {@code \r\n} */
    CRLF("\r\n"),
    /** {@code \r} */
    CR("\r");

    private final String separator;

    LineEnding(String separator) {
      this.separator = separator;
    }

    /** The characters that end a line. */
    public String separator() {
      return separator;
    }
  }

  private static final RenderStyle DEFAULTS = builder().build();

  private final Punctuation punctuation;
  private final TaskNumbering taskNumbering;
  private final boolean spaceAfterTaskNumber;
  private final NoteKeys noteKeys;
  private final NoteLayout noteLayout;
  private final boolean traditionalNoteKeys;
  private final NoteSeparator noteSeparator;
  private final UnitSeparator unitSeparator;
  private final TaskLayout taskLayout;
  private final boolean subsectionHeadings;
  private final HeaderTable headerTable;
  private final boolean notice;
  private final boolean webNoise;
  private final LineEnding lineEnding;

  private RenderStyle(Builder b) {
    this.punctuation = b.punctuation;
    this.taskNumbering = b.taskNumbering;
    this.spaceAfterTaskNumber = b.spaceAfterTaskNumber;
    this.noteKeys = b.noteKeys;
    this.noteLayout = b.noteLayout;
    this.traditionalNoteKeys = b.traditionalNoteKeys;
    this.noteSeparator = b.noteSeparator;
    this.unitSeparator = b.unitSeparator;
    this.taskLayout = b.taskLayout;
    this.subsectionHeadings = b.subsectionHeadings;
    this.headerTable = b.headerTable;
    this.notice = b.notice;
    this.webNoise = b.webNoise;
    this.lineEnding = b.lineEnding;
  }

  /** The portal-copy style described in the class documentation. */
  public static RenderStyle defaults() {
    return DEFAULTS;
  }

  /** A builder starting from {@link #defaults()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this style. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.punctuation = punctuation;
    b.taskNumbering = taskNumbering;
    b.spaceAfterTaskNumber = spaceAfterTaskNumber;
    b.noteKeys = noteKeys;
    b.noteLayout = noteLayout;
    b.traditionalNoteKeys = traditionalNoteKeys;
    b.noteSeparator = noteSeparator;
    b.unitSeparator = unitSeparator;
    b.taskLayout = taskLayout;
    b.subsectionHeadings = subsectionHeadings;
    b.headerTable = headerTable;
    b.notice = notice;
    b.webNoise = webNoise;
    b.lineEnding = lineEnding;
    return b;
  }

  /** The punctuation width. */
  public Punctuation punctuation() {
    return punctuation;
  }

  /** How task numbers are written. */
  public TaskNumbering taskNumbering() {
    return taskNumbering;
  }

  /** Whether a space follows the task number ({@code 1. 搭建…} rather than {@code 1.搭建…}). */
  public boolean spaceAfterTaskNumber() {
    return spaceAfterTaskNumber;
  }

  /** The keys of the responsibility notes. */
  public NoteKeys noteKeys() {
    return noteKeys;
  }

  /** Where the responsibility notes stand. */
  public NoteLayout noteLayout() {
    return noteLayout;
  }

  /** Whether note keys are written in Traditional characters ({@code 牽頭單位}). */
  public boolean traditionalNoteKeys() {
    return traditionalNoteKeys;
  }

  /** What separates the keyed parts of a note. */
  public NoteSeparator noteSeparator() {
    return noteSeparator;
  }

  /** What separates the units under one key. */
  public UnitSeparator unitSeparator() {
    return unitSeparator;
  }

  /** How tasks are laid out. */
  public TaskLayout taskLayout() {
    return taskLayout;
  }

  /**
   * Whether subsection headings ({@code (一)…}) are written; without them the tasks of each
   * section are written in one run, as if the plan had no subsections.
   */
  public boolean subsectionHeadings() {
    return subsectionHeadings;
  }

  /** Whether and how the portal header table is written. */
  public HeaderTable headerTable() {
    return headerTable;
  }

  /** Whether the covering notice is written (when the plan has one). */
  public boolean notice() {
    return notice;
  }

  /** Whether web-copy page furniture ({@code 扫一扫在手机打开当前页}) surrounds the document. */
  public boolean webNoise() {
    return webNoise;
  }

  /** The line ending. */
  public LineEnding lineEnding() {
    return lineEnding;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof RenderStyle)) {
      return false;
    }
    RenderStyle that = (RenderStyle) o;
    return punctuation == that.punctuation
        && taskNumbering == that.taskNumbering
        && spaceAfterTaskNumber == that.spaceAfterTaskNumber
        && noteKeys == that.noteKeys
        && noteLayout == that.noteLayout
        && traditionalNoteKeys == that.traditionalNoteKeys
        && noteSeparator == that.noteSeparator
        && unitSeparator == that.unitSeparator
        && taskLayout == that.taskLayout
        && subsectionHeadings == that.subsectionHeadings
        && headerTable == that.headerTable
        && notice == that.notice
        && webNoise == that.webNoise
        && lineEnding == that.lineEnding;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        punctuation, taskNumbering, spaceAfterTaskNumber, noteKeys, noteLayout,
        traditionalNoteKeys, noteSeparator, unitSeparator, taskLayout, subsectionHeadings,
        headerTable, notice, webNoise, lineEnding);
  }

  /** All options, for readable test reports. */
  @Override
  public String toString() {
    return "RenderStyle{" + punctuation + ", " + taskNumbering
        + (spaceAfterTaskNumber ? " + space" : "") + ", " + noteKeys + ", " + noteLayout
        + (traditionalNoteKeys ? ", traditional keys" : "") + ", keys by " + noteSeparator
        + ", units by " + unitSeparator + (taskLayout == TaskLayout.PIPE_TABLE ? ", PIPE_TABLE" : "")
        + (subsectionHeadings ? ", subsection headings" : ", no subsection headings")
        + ", header " + headerTable + (notice ? ", notice" : "") + (webNoise ? ", web noise" : "")
        + ", " + lineEnding + "}";
  }

  /**
   * Builds a {@link RenderStyle}; starts from {@link RenderStyle#defaults()}. Not thread-safe;
   * the styles it builds are.
   */
  public static final class Builder {
    private Punctuation punctuation = Punctuation.HALF_WIDTH;
    private TaskNumbering taskNumbering = TaskNumbering.DOT;
    private boolean spaceAfterTaskNumber = true;
    private NoteKeys noteKeys = NoteKeys.LEAD_UNIT;
    private NoteLayout noteLayout = NoteLayout.IN_BRACKETS;
    private boolean traditionalNoteKeys;
    private NoteSeparator noteSeparator = NoteSeparator.SEMICOLON;
    private UnitSeparator unitSeparator = UnitSeparator.IDEOGRAPHIC_COMMA;
    private TaskLayout taskLayout = TaskLayout.LINES;
    private boolean subsectionHeadings = true;
    private HeaderTable headerTable = HeaderTable.NONE;
    private boolean notice;
    private boolean webNoise;
    private LineEnding lineEnding = LineEnding.LF;

    private Builder() {}

    /** Sets the punctuation width. */
    public Builder punctuation(Punctuation value) {
      this.punctuation = Objects.requireNonNull(value, "punctuation");
      return this;
    }

    /** Sets how task numbers are written. */
    public Builder taskNumbering(TaskNumbering value) {
      this.taskNumbering = Objects.requireNonNull(value, "taskNumbering");
      return this;
    }

    /** Sets whether a space follows the task number. */
    public Builder spaceAfterTaskNumber(boolean value) {
      this.spaceAfterTaskNumber = value;
      return this;
    }

    /** Sets the note keys. */
    public Builder noteKeys(NoteKeys value) {
      this.noteKeys = Objects.requireNonNull(value, "noteKeys");
      return this;
    }

    /** Sets where notes stand. */
    public Builder noteLayout(NoteLayout value) {
      this.noteLayout = Objects.requireNonNull(value, "noteLayout");
      return this;
    }

    /** Sets whether note keys are written in Traditional characters. */
    public Builder traditionalNoteKeys(boolean value) {
      this.traditionalNoteKeys = value;
      return this;
    }

    /** Sets what separates the keyed parts of a note. */
    public Builder noteSeparator(NoteSeparator value) {
      this.noteSeparator = Objects.requireNonNull(value, "noteSeparator");
      return this;
    }

    /** Sets what separates the units under one key. */
    public Builder unitSeparator(UnitSeparator value) {
      this.unitSeparator = Objects.requireNonNull(value, "unitSeparator");
      return this;
    }

    /** Sets how tasks are laid out. */
    public Builder taskLayout(TaskLayout value) {
      this.taskLayout = Objects.requireNonNull(value, "taskLayout");
      return this;
    }

    /** Sets whether subsection headings are written. */
    public Builder subsectionHeadings(boolean value) {
      this.subsectionHeadings = value;
      return this;
    }

    /** Sets whether and how the header table is written. */
    public Builder headerTable(HeaderTable value) {
      this.headerTable = Objects.requireNonNull(value, "headerTable");
      return this;
    }

    /** Sets whether the covering notice is written. */
    public Builder notice(boolean value) {
      this.notice = value;
      return this;
    }

    /** Sets whether web-copy page furniture is written. */
    public Builder webNoise(boolean value) {
      this.webNoise = value;
      return this;
    }

    /** Sets the line ending. */
    public Builder lineEnding(LineEnding value) {
      this.lineEnding = Objects.requireNonNull(value, "lineEnding");
      return this;
    }

    /**
     * The style.
     *
     * @throws IllegalArgumentException if subsection headings are asked for together with
     *     {@link TaskNumbering#PARENTHESISED_CHINESE}: both would be written {@code (一)}, and no
     *     reader could tell a subsection from a task, or the verb form of notes together with
     *     {@link NoteLayout#OWN_LINES} or {@link TaskLayout#PIPE_TABLE}, which need keys
     */
    public RenderStyle build() {
      if (noteKeys == NoteKeys.VERB && taskLayout == TaskLayout.PIPE_TABLE) {
        throw new IllegalArgumentException(
            "A PIPE_TABLE names its columns by keys: choose keyed notes, not VERB");
      }
      if (noteKeys == NoteKeys.VERB && noteLayout == NoteLayout.OWN_LINES) {
        throw new IllegalArgumentException(
            "Notes in the VERB form stand in brackets at the end of the task: choose IN_BRACKETS or"
                + " TORTOISE_SHELL_BRACKETS, or keyed notes for OWN_LINES");
      }
      if (subsectionHeadings && taskNumbering == TaskNumbering.PARENTHESISED_CHINESE) {
        throw new IllegalArgumentException(
            "Task numbering PARENTHESISED_CHINESE writes tasks as (一), like subsection headings:"
                + " build the style with subsectionHeadings(false)");
      }
      return new RenderStyle(this);
    }
  }
}
