package io.github.policytasks.parser;

import io.github.policytasks.core.DiagnosticCode;
import io.github.policytasks.core.Plan;
import io.github.policytasks.metrics.UnitCatalogue;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Turns the text of a key-work-task plan (重点工作任务, 任务分解方案, 工作要点) into the annotated
 * {@link Plan} of the annotation guide: portal header, covering notice, title and year, cited
 * documents, sections, subsections, tasks with their responsibility notes, deadlines and targets,
 * each with its source span, plus a diagnostic for whatever could be read only in part. No
 * numbered task is ever dropped.
 *
 * <p>{@link #create()} is lenient: problems become {@link Plan#diagnostics() diagnostics} and
 * reading goes on. A parser built with {@code builder().strict(true)} throws a {@link
 * PlanParseException} at the first WARNING or ERROR instead.
 *
 * <p>Every diagnostic carries a {@link DiagnosticCode}, whose {@link DiagnosticCode#severity()
 * severity} and {@link DiagnosticCode#meaning() meaning} the enum states. Warnings (a strict parser
 * throws at the first): {@link DiagnosticCode#INPUT_MALFORMED}, {@link
 * DiagnosticCode#DAMAGED_TEXT}, {@link DiagnosticCode#NO_TASKS}, {@link
 * DiagnosticCode#TEXT_NOT_READ}, {@link DiagnosticCode#METADATA_DATE_UNREAD}, {@link
 * DiagnosticCode#SECTION_NUMBER_GAP}, {@link DiagnosticCode#SUBSECTION_NUMBER_GAP}, {@link
 * DiagnosticCode#TASK_NUMBER_GAP}, {@link DiagnosticCode#TASK_LABEL_UNREAD}, {@link
 * DiagnosticCode#TASK_TEXT_EMPTY}, {@link DiagnosticCode#TABLE_ROW_PARTLY_READ}, {@link
 * DiagnosticCode#TABLE_ROW_UNNUMBERED}, {@link DiagnosticCode#TABLE_COLUMN_UNREAD}, {@link
 * DiagnosticCode#NOTE_WITHOUT_TASK}, {@link DiagnosticCode#NOTE_PARTLY_READ}, {@link
 * DiagnosticCode#NOTE_NOT_UNDERSTOOD}, {@link DiagnosticCode#TARGET_PARTIAL}, {@link
 * DiagnosticCode#TARGET_UNIT_UNKNOWN}, {@link DiagnosticCode#UNKNOWN_UNIT}. Remarks (INFO, never
 * thrown): {@link DiagnosticCode#METADATA_CONFLICT}, {@link DiagnosticCode#PLAN_YEAR_UNKNOWN},
 * {@link DiagnosticCode#TEXT_OUTSIDE_TASK}, {@link DiagnosticCode#TASK_WITHOUT_NOTE}, {@link
 * DiagnosticCode#DEADLINE_UNDATED}, {@link DiagnosticCode#TARGET_DIRECTION_ASSUMED}, {@link
 * DiagnosticCode#TEXT_REPEATED}, {@link DiagnosticCode#GLOSS_SET_ASIDE}.
 * A numbering that restarts at 1 is no gap. A plain line after a task's closing note continues
 * that task.
 *
 * <p>Spans are half-open UTF-16 offsets into the text the parser read: the {@code CharSequence}
 * as given, or the decoded bytes with any byte-order mark dropped (see {@link
 * CharsetDetection}). Line breaks may be LF, CRLF or CR. A copy whose characters carry
 * pronunciation glosses ({@code 印發(fā)}), or a copy crawled to Markdown, is read without the glosses
 * and marks, its spans still in the text as given.
 *
 * <pre>{@code
 * Plan plan = PlanParser.create().parse(Path.of("plan.txt"));
 * plan.tasksLedBy("县科技局").forEach(task -> System.out.println(task.title()));
 * }</pre>
 *
 * <p>Immutable and thread-safe: one instance serves any number of threads at once. Time and
 * memory are linear in the input's length.
 */
public final class PlanParser {
  private final boolean strict;
  private final UnitFactory units;
  private final TargetReader targetReader;

  private PlanParser(Builder builder) {
    this.strict = builder.strict;
    this.targetReader = new TargetReader(builder.catalogue);
    this.units = new UnitFactory(UnitAliases.defaults().with(builder.aliases));
  }

  /**
   * {@return a lenient parser with the standard unit catalogue and the built-in unit alias table}
   */
  public static PlanParser create() {
    return builder().build();
  }

  /**
   * {@return a builder to configure strictness, the unit catalogue and extra unit aliases:
   * {@code PlanParser.builder().units(catalogue).strict(true).build()}}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return whether this parser throws at the first problem instead of reporting it} */
  public boolean isStrict() {
    return strict;
  }

  /**
   * Parses {@code text}; spans are offsets into it.
   *
   * @param text the text to read
   * @return the plan read
   * @throws PlanParseException in strict mode, at the first problem
   */
  public Plan parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return read(text.toString(), false);
  }

  /**
   * Reads {@code text}, reporting malformed input when {@code decoded}: from the text without its
   * pronunciation glosses and Markdown marks where it holds some ({@link ReadingText}), the spans
   * then taken back to {@code text}.
   */
  private Plan read(String text, boolean decoded) {
    ReadingText reading = ReadingText.of(text);
    if (reading == null) {
      return reader(text, decoded).read();
    }
    try {
      return reading.toText(reader(reading.reading(), decoded).read());
    } catch (PlanParseException e) {
      throw reading.toText(e);
    }
  }

  private PlanReader reader(String text, boolean decoded) {
    PlanReader reader = new PlanReader(text, strict, units, targetReader);
    if (decoded) {
      reader.reportMalformedInput();
    }
    return reader;
  }

  /**
   * Parses everything {@code reader} yields; spans are offsets into that text. The reader is
   * not closed.
   *
   * @param reader the text to read (not closed)
   * @return the plan read
   * @throws IOException when reading fails
   */
  public Plan parse(Reader reader) throws IOException {
    Objects.requireNonNull(reader, "reader");
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    int n;
    while ((n = reader.read(buffer)) >= 0) {
      text.append(buffer, 0, n);
    }
    return parse(text);
  }

  /**
   * Parses the file {@code file}, its charset {@link CharsetDetection detected}.
   *
   * @param file the file to read
   * @return the plan read
   * @throws IOException when the file cannot be read
   */
  public Plan parse(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    return parse(Files.readAllBytes(file));
  }

  /**
   * Parses the file {@code file} in {@code charset} (a BOM of that charset is dropped).
   *
   * @param file the file to read
   * @param charset the charset of the bytes
   * @return the plan read
   * @throws IOException when the file cannot be read
   */
  public Plan parse(Path file, Charset charset) throws IOException {
    Objects.requireNonNull(file, "file");
    return parse(Files.readAllBytes(file), charset);
  }

  /**
   * Parses {@code bytes}, their charset {@link CharsetDetection detected}.
   *
   * @param bytes the bytes of the input
   * @return the plan read
   */
  public Plan parse(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    return parse(bytes, CharsetDetection.detect(bytes));
  }

  /**
   * Parses {@code bytes} in {@code charset} (a BOM of that charset is dropped).
   *
   * @param bytes the bytes of the input
   * @param charset the charset of the bytes
   * @return the plan read
   */
  public Plan parse(byte[] bytes, Charset charset) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(charset, "charset");
    return parseDecoded(CharsetDetection.decode(bytes, charset));
  }

  /**
   * Parses {@code text} that the caller decoded from bytes with {@link
   * CharsetDetection#decode(byte[], Charset)}, exactly as {@link #parse(byte[], Charset)} parses
   * those bytes: the first U+FFFD (a byte sequence the charset could not decode) is reported. For
   * a caller that needs the text anyway (to check it) and should not decode the bytes twice.
   *
   * @param text the decoded text of the input
   * @return the plan read
   * @throws PlanParseException in strict mode, at the first problem
   */
  public Plan parseDecoded(String text) {
    Objects.requireNonNull(text, "text");
    return read(text, true);
  }

  /**
   * Parses everything {@code in} yields, its charset {@link CharsetDetection detected}. The
   * stream is not closed.
   *
   * @param in the stream to read (not closed)
   * @return the plan read
   * @throws IOException when reading fails
   */
  public Plan parse(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    return parse(in.readAllBytes());
  }

  /**
   * Parses everything {@code in} yields in {@code charset}. The stream is not closed.
   *
   * @param in the stream to read (not closed)
   * @param charset the charset of the bytes
   * @return the plan read
   * @throws IOException when reading fails
   */
  public Plan parse(InputStream in, Charset charset) throws IOException {
    Objects.requireNonNull(in, "in");
    return parse(in.readAllBytes(), charset);
  }

  /** Configures a {@link PlanParser}. Not thread-safe; the parsers it builds are. */
  public static final class Builder {
    private boolean strict;
    private UnitCatalogue catalogue = UnitCatalogue.standard();
    private final Map<String, String> aliases = new LinkedHashMap<>();

    private Builder() {}

    /**
     * {@return whether the parser throws {@link PlanParseException} at the first problem (default
     * false)}
     *
     * @param strict whether to fail at the first problem instead of reporting diagnostics
     */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /**
     * {@return the units targets are read and normalised with (default {@link
     * UnitCatalogue#standard()}): a catalogue extended with a caller's own units makes their
     * figures targets with exact normalized values}
     *
     * @param catalogue the unit catalogue to read and convert units with
     */
    public Builder units(UnitCatalogue catalogue) {
      this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
      return this;
    }

    /**
     * Adds a unit alias: {@code alias} as written maps to the canonical {@code fullName}. A form
     * without a level prefix applies after any place prefix ({@code 发改局} covers {@code 县发改局}).
     *
     * @param alias the name as written
     * @param fullName the canonical full name it stands for
     * @return this builder
     */
    public Builder unitAlias(String alias, String fullName) {
      Objects.requireNonNull(alias, "alias");
      Objects.requireNonNull(fullName, "fullName");
      if (alias.isBlank() || fullName.isBlank()) {
        throw new IllegalArgumentException(
            "Unit alias \"" + alias + "\" → \"" + fullName + "\" has a blank side");
      }
      aliases.put(alias.strip(), fullName.strip());
      return this;
    }

    /** {@return the parser} */
    public PlanParser build() {
      return new PlanParser(this);
    }
  }
}
