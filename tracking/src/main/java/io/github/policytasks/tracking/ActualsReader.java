package io.github.policytasks.tracking;

import io.github.policytasks.core.Amount;
import io.github.policytasks.core.Unit;
import io.github.policytasks.metrics.QuantityReader;
import io.github.policytasks.metrics.QuantityReading;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads actual figures from the sheets people keep: CSV or TSV text (UTF-8 with or without a
 * byte-order mark, UTF-16 with one, or GBK/GB18030 as Excel saves it on a Chinese Windows machine;
 * detected, or the charset given by {@link #withCharset}) and {@code .xlsx} workbooks (through
 * Apache POI, which must then be on the class path).
 *
 * <p>Columns are found by their header ({@code targetId}/指标编号, {@code actual}/实际完成, and
 * optionally {@code date}/截至日期; see {@code actuals-headers.txt}); every other column is ignored,
 * so the ledger's own export with an added 实际完成 column reads back as it is. A sheet without a
 * header whose rows are {@code t47.g1,1550000亩} is read as id and figure. Figures carry their unit
 * ({@code 52万千瓦}, {@code 8.4%}, {@code 1.6个百分点}, {@code 1,200家}); a bare number counts in the
 * target's unit; a sign is kept ({@code -5.3%}); a leading apostrophe that protected a cell from
 * Excel formulas is dropped.
 *
 * <p>A row with an empty actual cell is a target not reported yet. A row that cannot be read (no
 * or a malformed target id, a figure that is not one, a bad date) is skipped and reported as an
 * {@link ActualsProblem} with its row and column; the other rows are still read. Only a sheet that
 * cannot be used at all throws {@link ActualsFormatException}. Immutable and thread-safe.
 */
public final class ActualsReader {
  private static final ActualsReader STANDARD = new ActualsReader(null, QuantityReader.standard());
  private static final Pattern CHINESE_DATE =
      Pattern.compile("(\\d{4})\\s*[年./-]\\s*(\\d{1,2})\\s*[月./-]\\s*(\\d{1,2})\\s*日?");
  private static final String FORMULA_GUARD = "'";
  private static final Pattern TARGET_ID = Pattern.compile("t[1-9][0-9]*\\.g[1-9][0-9]*");

  private final @Nullable Charset charset;
  private final QuantityReader quantities;

  private ActualsReader(@Nullable Charset charset, QuantityReader quantities) {
    this.charset = charset;
    this.quantities = quantities;
  }

  /** {@return a reader that detects the charset of text sheets and knows the standard units} */
  public static ActualsReader standard() {
    return STANDARD;
  }

  /**
   * {@return a copy that reads text sheets in {@code charset} instead of detecting it}
   *
   * @param charset the charset of the bytes
   */
  public ActualsReader withCharset(Charset charset) {
    return new ActualsReader(Objects.requireNonNull(charset, "charset"), quantities);
  }

  /**
   * {@return a copy that reads figures with {@code quantities} (a catalogue with units of your
   * own)}
   *
   * @param quantities the reader of written figures to use
   */
  public ActualsReader withQuantityReader(QuantityReader quantities) {
    return new ActualsReader(charset, Objects.requireNonNull(quantities, "quantities"));
  }

  /**
   * {@return the actuals in the file at {@code path}: an .xlsx workbook (by name or content) or
   * text}
   *
   * @param path the file to read
   * @throws IOException if the file cannot be read
   * @throws ActualsFormatException if the sheet cannot be used at all
   */
  public Actuals read(Path path) throws IOException {
    return read(Files.readAllBytes(path), path.toString());
  }

  /**
   * {@return the actuals in {@code in} (read to its end, not closed), named {@code source} in
   * messages}
   *
   * @param in the stream to read (not closed)
   * @param source the name of the input, for messages
   * @throws IOException if the stream fails
   * @throws ActualsFormatException if the sheet cannot be used at all
   */
  public Actuals read(InputStream in, String source) throws IOException {
    return read(in.readAllBytes(), source);
  }

  /**
   * {@return the actuals in {@code bytes}: an .xlsx workbook when they start as a zip file does,
   * else text}
   *
   * @param bytes the bytes of the input
   * @param source the name of the input, for messages
   * @throws ActualsFormatException if the sheet cannot be used at all
   */
  public Actuals read(byte[] bytes, String source) {
    if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
      return readRows(XlsxSheets.rows(bytes, source), source);
    }
    return readText(TextDecoding.decode(bytes, charset, source), source);
  }

  /**
   * {@return the actuals in CSV or TSV {@code text}}
   *
   * @param text the text to read
   * @param source the name of the input, for messages
   * @throws ActualsFormatException if the sheet cannot be used at all
   */
  public Actuals readText(String text, String source) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return readRows(DelimitedText.rows(body, DelimitedText.delimiterOf(body), source), source);
  }

  /**
   * {@return the actuals in {@code rows} of a sheet named {@code source}: the header is the first
   * row that names both a target-id and an actual column}
   *
   * @param rows the rows of the sheet, header first
   * @param source the name of the input, for messages
   * @throws ActualsFormatException if no row is such a header and the first is not {@code
   *     id,figure}
   */
  public Actuals readRows(List<SheetRow> rows, String source) {
    int headerIndex = -1;
    Map<ActualsColumn, Integer> columns = Map.of();
    for (int i = 0; i < rows.size(); i++) {
      Map<ActualsColumn, Integer> found = ActualsColumn.find(rows.get(i).cells());
      if (found.containsKey(ActualsColumn.TARGET) && found.containsKey(ActualsColumn.ACTUAL)) {
        headerIndex = i;
        columns = found;
        break;
      }
    }
    List<String> header;
    if (headerIndex < 0) {
      SheetRow first = rows.stream().filter(r -> !r.isBlank()).findFirst()
          .orElseThrow(() -> new ActualsFormatException(source, "no rows"));
      if (!isTargetId(unguarded(first.cell(0))) || first.cells().size() < 2) {
        throw new ActualsFormatException(source, "no header naming a target-id column (targetId, "
            + "指标编号…) and an actual column (actual, 实际完成…), and row " + first.row()
            + " is not a target id and a figure");
      }
      columns = Map.of(ActualsColumn.TARGET, 0, ActualsColumn.ACTUAL, 1);
      header = List.of("target", "actual");
    } else {
      header = rows.get(headerIndex).cells();
    }
    List<Actual> actuals = new ArrayList<>();
    List<ActualsProblem> problems = new ArrayList<>();
    for (SheetRow row : rows.subList(headerIndex + 1, rows.size())) {
      if (row.isBlank() || row.cell(0).startsWith("#")) {
        continue;
      }
      readRow(row, columns, header, source, actuals, problems);
    }
    return Actuals.of(actuals, problems);
  }

  private void readRow(SheetRow row, Map<ActualsColumn, Integer> columns, List<String> header,
      String source, List<Actual> actuals, List<ActualsProblem> problems) {
    int idColumn = columns.get(ActualsColumn.TARGET);
    int actualColumn = columns.get(ActualsColumn.ACTUAL);
    String figure = unguarded(row.cell(actualColumn));
    if (figure.isEmpty()) {
      return;
    }
    String id = unguarded(row.cell(idColumn));
    if (!isTargetId(id)) {
      problems.add(problem(source, row, idColumn, header, id.isEmpty()
          ? "a figure (" + figure + ") without a target id"
          : "\"" + id + "\" is not a target id such as t47.g1"));
      return;
    }
    Optional<Figure> read = figure(figure);
    if (read.isEmpty()) {
      problems.add(problem(source, row, actualColumn, header,
          "cannot read \"" + figure + "\" as a figure with its unit (52万千瓦, 8.4%, 86)"));
      return;
    }
    LocalDate date = null;
    Integer dateColumn = columns.get(ActualsColumn.DATE);
    if (dateColumn != null && !row.cell(dateColumn).isEmpty()) {
      date = date(row.cell(dateColumn));
      if (date == null) {
        problems.add(problem(source, row, dateColumn, header,
            "cannot read \"" + row.cell(dateColumn) + "\" as a date (2023-06-30, 2023年6月30日)"));
        return;
      }
    }
    actuals.add(new Actual(id, figure, read.get().amount, read.get().unit, date,
        source + ", row " + row.row()));
  }

  /** The amount and unit of {@code text}, the whole of it, if it is one figure. */
  private Optional<Figure> figure(String text) {
    int from = 0;
    boolean negative = false;
    if (text.startsWith("-") || text.startsWith("−") || text.startsWith("－")) {
      negative = true;
      from = 1;
    } else if (text.startsWith("+") || text.startsWith("＋")) {
      from = 1;
    }
    while (from < text.length() && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    if (from >= text.length()) {
      return Optional.empty();
    }
    Optional<QuantityReading> reading = quantities.readAt(text, from);
    if (reading.isEmpty() || reading.get().isOpen()
        || !text.substring(reading.get().end()).isBlank()) {
      return Optional.empty();
    }
    Amount amount = reading.get().amount();
    Unit unit = reading.get().unit().map(m -> m.definition().symbol()).orElse(null);
    return Optional.of(new Figure(negative ? amount.negate() : amount, unit));
  }

  private static @Nullable LocalDate date(String text) {
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      Matcher m = CHINESE_DATE.matcher(text);
      if (m.matches()) {
        try {
          return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException bad) {
          return null;
        }
      }
      return null;
    }
  }

  private static boolean isTargetId(String id) {
    return TARGET_ID.matcher(id).matches();
  }

  private static String unguarded(String cell) {
    return cell.startsWith(FORMULA_GUARD) ? cell.substring(1).strip() : cell;
  }

  private static ActualsProblem problem(
      String source, SheetRow row, int column, List<String> header, String message) {
    String name = column < header.size() ? header.get(column).strip() : null;
    return new ActualsProblem(source, row.row(), column + 1,
        name == null || name.isEmpty() ? null : name, message);
  }

  private record Figure(Amount amount, @Nullable Unit unit) {}
}
